/**
 * Chrome mimicry (issue 13, security 3): a post in the reader's own classes and ids must come out of the
 * cleaner without them, so it cannot pin a fake status toast or toolbar over the article. The same payloads
 * run in the real reader in the hostile XSS suite (test/hostile/support/xss-vectors.ts CHROME_MIMICRY).
 */
import { describe, expect, it } from 'vitest';
import { cleanContent, sanitizeHtml } from '../../../src/core/clean';
import { CLEANER_CLASSES } from '../../../src/core/clean/policy';
import { CHROME_MIMICRY } from '../../hostile/support/xss-vectors';

const BASE = 'https://blog.example.org/2024/01/post/';

function readerNames(root: Element): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    for (const c of el.classList) if (/^cp-/i.test(c) && !CLEANER_CLASSES.has(c)) found.push(`class ${c}`);
    if (/^cp-/i.test(el.id)) found.push(`id ${el.id}`);
  }
  return found;
}

describe('chrome mimicry', () => {
  for (const [name, payload] of Object.entries(CHROME_MIMICRY)) {
    it(`${name}: no reader class or id survives cleanContent or sanitizeHtml`, () => {
      const cleaned = cleanContent(payload, BASE).root;
      expect(readerNames(cleaned)).toEqual([]);
      // The cleaner's own classes come only from the cleaner: site input cannot wear them either.
      expect(cleaned.querySelectorAll('[class]')).toHaveLength(0);
      expect(readerNames(sanitizeHtml(payload, BASE))).toEqual([]);
    });
  }

  it('a fake click-to-load placeholder loses its class and its frame URL', () => {
    const out = cleanContent(CHROME_MIMICRY['embed-placeholder']!, BASE).root.innerHTML;
    expect(out).toBe('<figure><a href="https://evil.example/video" rel="noopener noreferrer" target="_blank">Load video from YouTube</a></figure>');
  });

  it('the cleaner still sets its own classes (real embeds and footnotes)', () => {
    const html =
      '<figure class="wp-block-embed"><iframe src="https://www.youtube.com/embed/abcdefghijk"></iframe></figure>' +
      '<p>x<sup class="fn cp-status"><a href="#f1" id="f1-link">1</a></sup></p><ol class="wp-block-footnotes cp-toolbar"><li id="f1">note <a href="#f1-link">↩</a></li></ol>';
    const root = cleanContent(html, BASE).root;
    expect([...root.querySelectorAll('[class]')].map((el) => el.getAttribute('class'))).toEqual([
      'cp-embed',
      'cp-embed-load',
      'cp-fn',
      'cp-footnotes',
    ]);
  });
});
