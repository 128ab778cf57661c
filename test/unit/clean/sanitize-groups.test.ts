/**
 * Long posts are sanitised in groups of top-level nodes (src/core/clean/sanitize-groups.ts, issue 5).
 * The groups must not change anything: every input here is cleaned with the body split as finely as
 * possible (one DOMPurify call per top-level node) and in a few coarser ways, and compared with the
 * one-call path, which is the code every post used before (`wholeBelow: Infinity`). The corpus inputs (REST
 * bodies, theme test data, XSS vectors) are in the corpus tier: sanitize-groups-{rest,theme,xss}.corpus.test.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeedPost } from '../../support/corpus';
import type { GroupOptions } from '../../../src/core/clean';
import { parseInert } from '../../../src/core/clean/dom';
import { prepareInert, sanitizeInert } from '../../../src/core/clean/sanitize';
import { sanitizeInGroups } from '../../../src/core/clean/sanitize-groups';
import { runSync } from '../../../src/core/clean/slices';
import { BASE, cleaned, differences, SPLITS } from './split-compare';

const fixture = (name: string): string => readFileSync(resolve(__dirname, '../../fixtures', name), 'utf8');
const seedHtml = readSeedPost<{ content: { rendered: string } }>().content.rendered;

describe('sanitising in groups gives the one-call result', () => {
  it('the seed post, split three ways', () => {
    expect(differences([{ name: 'seed', html: seedHtml }], SPLITS)).toEqual([]);
  }, 120_000);

  it('handcrafted edges: nesting, ids and links across groups, nextpage, unknown wrappers, embeds', () => {
    const html = fixture('clean/split-edges.html');
    expect(differences([{ name: 'split-edges', html }], SPLITS)).toEqual([]);
    // split-edges.expected.html was written by cleanContent as it was before slicing (commit 1f0f021).
    const before = fixture('clean/split-edges.expected.html');
    expect(`${cleaned(html, {})}\n`).toBe(before);
    expect(`${cleaned(html, SPLITS[0] as GroupOptions)}\n`).toBe(before);
    // The fixture really exercises the cross-group rules: a link in a later group keeps an earlier id...
    const out = cleaned(html, SPLITS[0] as GroupOptions);
    expect(out).toContain('id="intro"');
    expect(out).toContain('id="fn-1"');
    // ...an id nothing links to is dropped, and the page break survives as a rule.
    expect(out).not.toContain('unlinked');
    expect(out).toContain('<hr>');
  }, 120_000);

  it('odd starts and clobbering: leading whitespace, <img name=body>, text-only bodies, empty input', () => {
    const inputs = [
      ' \n\t <p>after whitespace</p><p>second</p>',
      '\n<img name="body" src="https://example.org/a.jpg"><p>x</p><p>y</p>',
      '  <form name="body"><input name="x"></form><p>z</p>',
      'just text, no markup at all',
      'text <b>then</b> text <i>then</i> text',
      '',
      '<plaintext><p>not markup</p>',
      '<p>open <b>formatting <i>never closed<p>next paragraph',
      '<table><p>foster-parented</p><tr><td>cell</td></tr></table><p>after</p>',
      '<a href="https://a.example/"><p>block in link</p><a href="https://b.example/">nested link</a></a><p>tail</p>',
    ].map((html, i) => ({ name: `edge ${i}`, html }));
    expect(differences(inputs, SPLITS)).toEqual([]);
  }, 120_000);

  it('sanitizeInGroups itself equals sanitizeInert and really makes one group per top-level node', () => {
    const prepared = (): HTMLElement => {
      const raw = parseInert(seedHtml);
      prepareInert(raw, BASE);
      return raw;
    };
    const whole = sanitizeInert(prepared(), BASE).innerHTML;
    const steps = sanitizeInGroups(prepared(), BASE, { wholeBelow: 0, groupElements: 1 });
    let groups = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) if (next.value.step === 'sanitize') groups++;
    expect(next.value.innerHTML).toBe(whole);
    // The seed's body has 36 top-level elements (paragraphs; the whitespace after each joins its group).
    expect(groups).toBe(prepared().children.length);
    expect(groups).toBeGreaterThan(30);
    expect(runSync(sanitizeInGroups(prepared(), BASE)).innerHTML).toBe(whole); // short: one call, as before
  }, 120_000);
});
