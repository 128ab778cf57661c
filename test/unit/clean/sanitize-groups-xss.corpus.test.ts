/**
 * Long posts are sanitised in groups (src/core/clean/sanitize-groups.ts): for every XSS vector of the
 * corpus (DOMPurify's expect list, H5SC), alone and between paragraphs, the finest split gives the
 * one-call output. Its own file (own worker), like ./sanitize-groups-theme.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { corpusAvailable, readCorpusJson } from '../../support/corpus';
import { differences } from './split-compare';

describe.skipIf(!corpusAvailable)('sanitising in groups: XSS vectors', () => {
  it('every XSS vector (DOMPurify expect list, H5SC), alone and between paragraphs', () => {
    const dp = readCorpusJson<{ title: string; payload: string }[]>('xss-vectors', 'dompurify', 'expect.json');
    const items = readCorpusJson<{ id: number; data: string }[]>('xss-vectors', 'h5sc', 'items.json');
    const payloads = readCorpusJson<Record<string, string>>('xss-vectors', 'h5sc', 'payloads.json');
    const expand = (data: string): string => data.replace(/%([a-z0-9_]+)%/gi, (whole, key: string) => payloads[key] ?? whole);
    const vectors = [...dp.map((v) => ({ name: `dompurify: ${v.title}`, html: v.payload })), ...items.map((v) => ({ name: `h5sc #${v.id}`, html: expand(v.data) }))];
    const framed = vectors.map(({ name, html }) => ({ name: `${name} (framed)`, html: `<p>before</p>\n${html}\n<p id="x">after <a href="#x">x</a></p>` }));
    expect(vectors.length).toBeGreaterThan(300);
    const failures = differences([...vectors, ...framed]);
    console.log(`groups vs one call, XSS vectors: ${vectors.length * 2} inputs, ${failures.length} differences`);
    expect(failures).toEqual([]);
  }, 900_000);
});
