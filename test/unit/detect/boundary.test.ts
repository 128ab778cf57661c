/**
 * The Detection at the background's door (issue 13, security 1): every detection detect() makes passes
 * unchanged; anything a compromised renderer could send instead (wrong types, huge strings, other schemes,
 * extra fields, another origin) is refused with a DetectionRefused naming the field, never a crash.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bindDetection, DetectionRefused, MAX_DETECTION_URL, MAX_SIGNALS, parseDetection } from '../../../src/core/detect/boundary';
import { detect } from '../../../src/core/detect';
import type { Detection } from '../../../src/core/types';
import { fixtureText, htmlDoc } from './fixture';

const PAGE = 'https://blog.example/2025/01/28/post/';
const valid: Detection = {
  isWordPress: true,
  pageUrl: PAGE,
  restRoot: 'https://blog.example/wp-json/',
  postJsonUrl: 'https://blog.example/wp-json/wp/v2/posts/12',
  postId: 12,
  postType: 'post',
  pageKind: 'singular',
  wpcomSite: 'blog.example',
  rawJson: { kind: 'post', data: { id: 12 } },
  canonicalUrl: 'https://elsewhere.example/original/',
  signals: [{ kind: 'api-link', value: 'https://blog.example/wp-json/' }],
};

function refusal(run: () => unknown): { problem: string; field: string; detail?: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DetectionRefused);
    const e = error as DetectionRefused;
    return { problem: e.problem, field: e.field, detail: e.data.detail };
  }
  throw new Error('not refused');
}

describe('parseDetection', () => {
  it('passes every detection detect() makes from the fixtures, unchanged (as it crosses the message boundary)', () => {
    const dir = resolve(import.meta.dirname, '../../fixtures/detect');
    const names = readdirSync(dir);
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) {
      const text = fixtureText(name);
      const doc = name.endsWith('.json') ? htmlDoc(`<pre>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>`) : htmlDoc(text);
      const detection = JSON.parse(JSON.stringify(detect(doc, 'https://example.com/wp-json/wp/v2/posts/42'))) as unknown;
      expect(parseDetection(detection), name).toEqual(detection);
    }
    expect(parseDetection(valid)).toEqual(valid);
  });

  it('returns a copy with only the known fields', () => {
    const copy = parseDetection({ ...valid, restRoot: undefined });
    expect(copy).not.toBe(valid);
    expect('restRoot' in copy).toBe(false);
  });

  it('refuses wrong types, with the field named', () => {
    const cases: Array<[string, unknown]> = [
      ['isWordPress', { ...valid, isWordPress: 'yes' }],
      ['pageUrl', { ...valid, pageUrl: 42 }],
      ['pageUrl', { ...valid, pageUrl: undefined }],
      ['postId', { ...valid, postId: -1 }],
      ['postId', { ...valid, postId: 1.5 }],
      ['postId', { ...valid, postId: '12' }],
      ['postType', { ...valid, postType: 'product' }],
      ['pageKind', { ...valid, pageKind: 'anything' }],
      ['rawJson', { ...valid, rawJson: { kind: 'post', data: {}, more: 1 } }],
      ['rawJson', { ...valid, rawJson: 'post' }],
      ['signals', { ...valid, signals: 'none' }],
      ['signals', { ...valid, signals: [{ kind: 'made-up', value: 'x' }] }],
      ['signals', { ...valid, signals: [{ kind: 'api-link', value: 7 }] }],
      ['signals', { ...valid, signals: [{ kind: 'api-link', value: 'x', extra: 'y' }] }],
      ['detection', null],
      ['detection', 'https://blog.example/'],
      ['detection', [valid]],
    ];
    for (const [field, value] of cases)
      expect(
        refusal(() => parseDetection(value)),
        field,
      ).toMatchObject({ problem: 'shape', field });
  });

  it('refuses URLs that are not plain http(s) and strings beyond any real page', () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'chrome://settings/',
      'https://user:pw@blog.example/',
      '/relative/path',
      'data:text/html,x',
    ]) {
      for (const field of ['pageUrl', 'restRoot', 'postJsonUrl', 'canonicalUrl'] as const) {
        expect(
          refusal(() => parseDetection({ ...valid, [field]: url })),
          `${field}: ${url}`,
        ).toMatchObject({ problem: 'shape', field });
      }
    }
    const huge = `${PAGE}?q=${'a'.repeat(MAX_DETECTION_URL)}`;
    expect(refusal(() => parseDetection({ ...valid, pageUrl: huge })).field).toBe('pageUrl');
    expect(refusal(() => parseDetection({ ...valid, wpcomSite: 'a'.repeat(254) })).field).toBe('wpcomSite');
    expect(refusal(() => parseDetection({ ...valid, signals: [{ kind: 'generator', value: 'x'.repeat(MAX_DETECTION_URL + 1) }] })).field).toBe(
      'signals',
    );
    const many = Array.from({ length: MAX_SIGNALS + 1 }, () => ({ kind: 'wp-block', value: 'wp-block-paragraph' }));
    expect(refusal(() => parseDetection({ ...valid, signals: many })).field).toBe('signals');
  });

  it('refuses fields our content script never sends (an extra huge string included)', () => {
    const r = refusal(() => parseDetection({ ...valid, ['x'.repeat(100_000)]: 'y'.repeat(1_000_000) }));
    expect(r.problem).toBe('shape');
    expect(r.field).toHaveLength(64);
    expect(refusal(() => parseDetection({ ...valid, __proto__: { polluted: true }, extra: 1 })).field).toBe('extra');
    expect(r.detail).toBe('detection-shape');
  });
});

describe('parseDetection: the list an archive page is (issue 11, item 3)', () => {
  const withList = (list: unknown): unknown => ({ ...valid, pageKind: 'archive', list });
  it('passes each kind of list detect() makes', () => {
    for (const list of [
      { kind: 'category', id: 12, slug: 'news' },
      { kind: 'tag', slug: '%c3%a9t%c3%a9' },
      { kind: 'author', id: 3 },
      { kind: 'search', search: 'tall ships' },
      { kind: 'date', year: 2024, month: 5, day: 1 },
      { kind: 'latest' },
    ]) {
      expect(parseDetection(withList(list)).list).toEqual(list);
    }
  });

  it('refuses forged lists: unknown kinds, fields of another kind, markup in a slug, huge searches, IDs out of range', () => {
    for (const list of [
      { kind: 'posts' },
      { kind: 'latest', search: 'x' },
      { kind: 'tag' },
      { kind: 'tag', slug: '"><img src=x>' },
      { kind: 'category', id: -1 },
      { kind: 'category', id: 1.5 },
      { kind: 'search', search: 'x'.repeat(201) },
      { kind: 'search', search: '  ' },
      { kind: 'date', year: 2024, month: 13 },
      'latest',
    ]) {
      expect(refusal(() => parseDetection(withList(list)))).toMatchObject({ problem: 'shape', field: 'list' });
    }
  });
});

describe('bindDetection', () => {
  it('keeps a detection of the page the browser reports', () => {
    expect(bindDetection(valid, `${PAGE}#comments`)).toEqual(valid);
  });

  it("refuses a page URL on another origin than the sender's (the forged startSession)", () => {
    for (const forged of ['http://192.168.1.1/', 'https://intranet.example/admin', 'http://blog.example/2025/', 'https://blog.example:8443/x']) {
      const r = refusal(() => bindDetection({ ...valid, pageUrl: forged }, PAGE));
      expect(r, forged).toMatchObject({ problem: 'origin', field: 'pageUrl' });
      expect(r.detail).toBe('detection-origin');
    }
  });

  it('refuses when the browser reports no usable page (a sender that is not an http(s) page)', () => {
    for (const sender of ['', 'about:blank', 'chrome-extension://abc/reader.html', 'not a url']) {
      expect(
        refusal(() => bindDetection(valid, sender)),
        sender,
      ).toMatchObject({ problem: 'sender' });
    }
  });

  it("drops the REST URLs the origin guard of the browser's page would not request; keeps the canonical link", () => {
    const bound = bindDetection(
      { ...valid, restRoot: 'http://10.0.0.1/wp-json/', postJsonUrl: 'https://router.example/wp-json/wp/v2/posts/12' },
      PAGE,
    );
    expect(bound.restRoot).toBeUndefined();
    expect(bound.postJsonUrl).toBeUndefined();
    expect(bound.canonicalUrl).toBe(valid.canonicalUrl);
    // An http page whose site links its API over https: the same host, upgraded (core/rest/origin-guard.ts).
    const upgraded = bindDetection({ ...valid, pageUrl: 'http://blog.example/post/' }, 'http://blog.example/post/');
    expect(upgraded.restRoot).toBe(valid.restRoot);
  });
});
