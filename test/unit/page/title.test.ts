import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { withoutSiteSuffix } from '../../../src/core/page/title';

const doc = (body = ''): Document => new JSDOM(`<!doctype html><body>${body}</body>`).window.document;
const site = { name: 'Coastal Notes', host: 'coastal.example' };

describe('withoutSiteSuffix', () => {
  it("drops the site's name or host after a separator", () => {
    expect(withoutSiteSuffix('Tide tables explained | Coastal Notes', doc(), site)).toBe('Tide tables explained');
    expect(withoutSiteSuffix('Tide tables — coastal notes', doc(), site)).toBe('Tide tables');
    expect(withoutSiteSuffix('Tide tables :: www.coastal.example', doc(), site)).toBe('Tide tables');
    expect(withoutSiteSuffix('Self-driving boats - Coastal Notes', doc(), site)).toBe('Self-driving boats');
  });

  it('drops only the last part', () => {
    expect(withoutSiteSuffix('Tides | Part 2 | Coastal Notes', doc(), site)).toBe('Tides | Part 2');
  });

  it("drops an unknown last part when an <h1> of the page reads exactly the title's first part", () => {
    expect(withoutSiteSuffix('Short post – Some Blog', doc('<h1>Menu</h1><h1> Short\n post </h1>'), site)).toBe('Short post');
  });

  it('keeps the title when nothing on the page confirms the last part is not part of it', () => {
    expect(withoutSiteSuffix('Left – Right', doc('<h1>Left – Right</h1>'), site)).toBe('Left – Right');
    expect(withoutSiteSuffix('War and Peace - a review', doc(), site)).toBe('War and Peace - a review');
    // No spaces around the separator: part of a word or a range, not a site suffix.
    expect(withoutSiteSuffix('Coastal-Notes', doc(), { name: 'Notes', host: 'notes.example' })).toBe('Coastal-Notes');
    expect(withoutSiteSuffix('| Coastal Notes', doc(), site)).toBe('| Coastal Notes');
    expect(withoutSiteSuffix('', doc(), site)).toBe('');
  });
});
