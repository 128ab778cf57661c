// @vitest-environment node
/** The one capped body reader of the REST client and the saved page's image fetch (src/core/capped-body.ts). */
import { describe, expect, it } from 'vitest';
import { readBodyCapped } from '../../src/core/capped-body';

function streamed(chunks: number[], headers: Record<string, string> = {}): { response: Response; cancelled: () => boolean } {
  let cancelled = false;
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const n = chunks[i++];
      if (n === undefined) controller.close();
      else controller.enqueue(new Uint8Array(n));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { response: new Response(body, { headers }), cancelled: () => cancelled };
}

describe('readBodyCapped', () => {
  it('hands over every chunk of a body within the cap', async () => {
    const { response } = streamed([3, 4]);
    const seen: number[] = [];
    expect(await readBodyCapped(response, 7, (c) => seen.push(c.byteLength))).toBe(true);
    expect(seen).toEqual([3, 4]);
  });

  it('stops at the cap when the site sends more than it declared (or declared nothing), and cancels the stream', async () => {
    const { response, cancelled } = streamed([4, 4, 4], { 'content-length': '5' });
    const seen: number[] = [];
    expect(await readBodyCapped(response, 6, (c) => seen.push(c.byteLength))).toBe(false);
    expect(seen).toEqual([4]);
    expect(cancelled()).toBe(true);
  });

  it('refuses a declared Content-Length over the cap before reading anything', async () => {
    const { response } = streamed([1], { 'content-length': '100' });
    const seen: number[] = [];
    expect(await readBodyCapped(response, 10, (c) => seen.push(c.byteLength))).toBe(false);
    expect(seen).toEqual([]);
  });
});
