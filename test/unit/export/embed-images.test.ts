/**
 * "Web page with images" (issue 10 §4): what a fetch may put into the saved file. Every answer here is the site's:
 * only an image type from the list, within the size caps, becomes a data: URI; anything else stays a link.
 */
import { describe, expect, it, vi } from 'vitest';
import { type FetchedImage, embedImages, imageDataUri } from '../../../src/core/export/embed-images';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const png = (bytes = PNG): FetchedImage => ({ type: 'image/png', bytes });
const PNG_URI = `data:image/png;base64,${Buffer.from(PNG).toString('base64')}`;

describe('embedImages', () => {
  it('puts each readable image in as a data: URI, once per URL, and drops srcset, sizes and <picture> sources', async () => {
    const html =
      '<figure><picture><source srcset="https://cdn.example/a.webp" type="image/webp"><img src="https://site.example/a.png" srcset="https://site.example/a-2x.png 2x" sizes="100vw" alt="A"></picture></figure>' +
      '<p><img src="https://site.example/a.png" alt="again"> <img src="https://other.example/b.png" alt="B"></p>';
    const fetchImage = vi.fn(async (url: string) => (url.includes('site.example') ? png() : undefined));
    const out = await embedImages(html, fetchImage);
    expect(fetchImage.mock.calls.map(([url]) => url)).toEqual(['https://site.example/a.png', 'https://other.example/b.png']);
    expect(out).toMatchObject({ embedded: 1, total: 2 });
    expect(out.html).toBe(
      `<figure><picture><img src="${PNG_URI}" alt="A"></picture></figure>` +
        `<p><img src="${PNG_URI}" alt="again"> <img src="https://other.example/b.png" alt="B"></p>`,
    );
  });

  it('only image types from the list, never the site’s own media-type text', () => {
    expect(imageDataUri({ type: 'image/png; charset=binary', bytes: PNG })).toBe(PNG_URI);
    expect(imageDataUri({ type: 'IMAGE/SVG+XML', bytes: PNG })).toMatch(/^data:image\/svg\+xml;base64,/);
    for (const type of ['text/html', 'image/png" onerror="x', 'application/octet-stream', 'image/x-icon', '']) {
      expect(imageDataUri({ type, bytes: PNG }), type).toBeUndefined();
    }
    expect(imageDataUri({ type: 'image/png', bytes: new Uint8Array() })).toBeUndefined();
  });

  it('respects the caps: a too-big image stays a link, and once the total is used the rest are not fetched', async () => {
    const html = ['a', 'b', 'c', 'd'].map((n) => `<img src="https://site.example/${n}.png">`).join('');
    const sizes: Record<string, number> = { a: 40, b: 200, c: 50, d: 30 };
    const fetchImage = vi.fn(async (url: string, maxBytes: number) => {
      const bytes = new Uint8Array(sizes[/\/(\w)\.png$/.exec(url)?.[1] ?? 'a'] ?? 0);
      return bytes.length > maxBytes ? undefined : png(bytes);
    });
    const out = await embedImages(html, fetchImage, { perImage: 100, total: 95 });
    expect(out).toMatchObject({ embedded: 2, total: 4 }); // a (40) and c (50): b is over 100, d would pass 95
    expect(fetchImage.mock.calls).toEqual([
      ['https://site.example/a.png', 95],
      ['https://site.example/b.png', 55],
      ['https://site.example/c.png', 55],
      ['https://site.example/d.png', 5],
    ]);
    expect(out.html.match(/data:image\/png/g)).toHaveLength(2);
  });

  it('leaves data:, relative and non-http(s) images alone, and survives a fetcher that throws', async () => {
    const html = '<img src="data:image/gif;base64,R0lGOD"><img src="/rel.png"><img src="ftp://x.example/a.png"><img src="https://x.example/t.png">';
    const out = await embedImages(html, async () => {
      throw new Error('network');
    });
    expect(out).toEqual({ html, embedded: 0, total: 1 });
  });
});
