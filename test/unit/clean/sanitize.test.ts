import { describe, expect, it } from 'vitest';
import { cleanContent, htmlToText, sanitizeHtml } from '../../../src/core/clean';
import { violations } from './assert-safe';
import { BASE, cases } from './sanitize.cases';

describe('sanitizeHtml hand table', () => {
  for (const c of cases) {
    it(c.title, () => {
      const out = sanitizeHtml(c.payload, BASE).innerHTML;
      expect(out).toBe(c.expected);
      expect(violations(out)).toEqual([]);
    });
  }

  it('is idempotent on its own output (the exporters re-sanitise cleaned HTML)', () => {
    for (const c of cases) {
      const once = sanitizeHtml(c.payload, BASE).innerHTML;
      expect(sanitizeHtml(once, BASE).innerHTML).toBe(once);
    }
  }, 30_000); // every case twice: slow only on a machine loaded by parallel runs

  it('returns an element of an inert document (no browsing context)', () => {
    const root = sanitizeHtml('<p>x</p>', BASE);
    expect(root.ownerDocument).not.toBe(document);
    expect(root.ownerDocument.defaultView).toBeNull();
    expect(root.isConnected).toBe(false);
  });

  it('refuses relative URLs when the base is not http(s)', () => {
    expect(sanitizeHtml('<a href="/x">x</a>', 'javascript:alert(1)').innerHTML).toBe('x');
  });

  it('cleanContent runs the same sanitiser', () => {
    for (const c of cases) expect(violations(cleanContent(c.payload, BASE).root.innerHTML)).toEqual([]);
  }, 30_000);
});

describe('htmlToText', () => {
  it('decodes entities and never returns markup', () => {
    expect(htmlToText('Tom &amp; Jerry&#8217;s &lt;b&gt;show&lt;/b&gt;')).toBe('Tom & Jerry’s <b>show</b>');
    expect(htmlToText('<img src=x onerror=alert(1)>A <script>alert(1)</script><em>B</em>')).toBe('A B');
  });
});
