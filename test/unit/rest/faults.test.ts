/**
 * The faulty servers of issue 5 at the core level (the hostile tier runs the same faults in real browsers,
 * test/hostile/faults.test.ts): the cases test/unit/rest/failures.test.ts does not already cover.
 */
import { describe, expect, it } from 'vitest';
import { capJsonDepth, fetchPost, MAX_JSON_DEPTH, REST_DISABLED_CODES } from '../../../src/core/rest';
import { ReaderError } from '../../../src/core/errors';
import { fakeFetch, seedPost, type Reply, POST_5 } from './fake-fetch';

const { postUrl, det } = POST_5;
const notFound: Reply = { status: 404, json: { code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } } };

function seed(): Record<string, unknown> {
  return { ...seedPost(), id: 5, link: 'https://ex.com/?p=5' };
}

/**
 * A fetch whose post route answers with raw bytes (what a broken server really sends), at `/wp-json/` and at
 * `?rest_route=` alike (an HTML answer makes the client retry there).
 */
function rawFetch(body: Uint8Array | string, init: ResponseInit = { status: 200, headers: { 'content-type': 'application/json; charset=UTF-8' } }) {
  const f = fakeFetch({}, notFound);
  const impl = (input: RequestInfo | URL, i?: RequestInit): Promise<Response> =>
    /posts\/5\b/.test(String(input)) ? Promise.resolve(new Response(body as BodyInit, init)) : f.fetch(input, i);
  return impl as typeof fetch;
}

async function failure(fetchImpl: typeof fetch, timeoutMs?: number): Promise<ReaderError> {
  try {
    await fetchPost(det, { fetch: fetchImpl, ...(timeoutMs !== undefined ? { timeoutMs } : {}) });
  } catch (error) {
    expect(error).toBeInstanceOf(ReaderError);
    return error as ReaderError;
  }
  throw new Error('fetchPost did not fail');
}

/** Nesting depth of a JSON value, without recursion (the values under test are deeper than any stack). */
function depthOf(value: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    max = Math.max(max, d);
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

const DEEP = 10_000;

describe('REST-disabled codes: 401 and 403 alike', () => {
  it.each([...REST_DISABLED_CODES].flatMap((code) => [401, 403].map((status) => [code, status] as const)))(
    '%s with %i → rest-disabled',
    async (code, status) => {
      const err = await failure(fakeFetch({ [postUrl]: { status, json: { code, message: 'No.', data: { status } } } }, notFound).fetch);
      expect(err.data).toMatchObject({ kind: 'rest-disabled', status, code });
    },
  );
});

describe('nesting', () => {
  it('capJsonDepth bounds a 10 000-deep value and says so; a real post is left untouched', () => {
    const deep = JSON.parse('{"a":'.repeat(DEEP) + '1' + '}'.repeat(DEEP)) as unknown;
    expect(capJsonDepth(deep)).toBe(true);
    expect(depthOf(deep)).toBe(MAX_JSON_DEPTH);
    const post = seed();
    const copy = structuredClone(post);
    expect(capJsonDepth(post)).toBe(false);
    expect(post).toEqual(copy);
  });

  it('a valid post carrying a 10 000-deep plugin field is read, with the field cut to the bound', async () => {
    const body = JSON.stringify(seed()).replace(/^\{/, `{"acf":${'{"a":'.repeat(DEEP)}1${'}'.repeat(DEEP)},`);
    const fetched = await fetchPost(det, { fetch: rawFetch(body) });
    expect(fetched.post.title?.rendered).toBe((seedPost().title as { rendered: string }).rendered);
    expect(depthOf(fetched.post)).toBeLessThanOrEqual(MAX_JSON_DEPTH);
    // What extension messaging does with it must work: a JSON round trip keeps the post.
    expect(JSON.parse(JSON.stringify(fetched.post))).toEqual(fetched.post);
  });

  it('a 10 000-deep array as the answer → bad-response (a list, not a post)', async () => {
    const err = await failure(rawFetch('['.repeat(DEEP) + ']'.repeat(DEEP)));
    expect(err.data).toMatchObject({ kind: 'bad-response', status: 200 });
  });
});

describe('bodies', () => {
  it('invalid UTF-8 bytes inside a string are replaced (U+FFFD), the post is still read', async () => {
    const text = JSON.stringify(seed());
    const at = text.indexOf('<p>') + 3;
    const bytes = Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(text.slice(at))]);
    const fetched = await fetchPost(det, { fetch: rawFetch(new Uint8Array(bytes)) });
    expect(fetched.post.content?.rendered).toContain('\uFFFD\uFFFD\uFFFD(');
  });

  it('a 10 MB post (under the cap) is read whole', async () => {
    const post = seed() as { content: { rendered: string } };
    const chunk = post.content.rendered;
    post.content.rendered = chunk.repeat(Math.ceil((10 * 1024 * 1024) / chunk.length));
    const fetched = await fetchPost(det, { fetch: rawFetch(JSON.stringify(post)) });
    expect(fetched.post.content?.rendered?.length).toBe(post.content.rendered.length);
  });

  it.each([
    ['an empty body', ''],
    ['JSON null', 'null'],
    ['a JSON string', '"hello"'],
    ['an empty array', '[]'],
    ['a PHP notice before the JSON', `<br />\n<b>Notice</b>:  Undefined index: x in <b>/var/www/x.php</b><br />\n${JSON.stringify({ id: 5 })}`],
  ])('%s with 200 → bad-response', async (_name, body) => {
    const err = await failure(rawFetch(body));
    expect(err.data).toMatchObject({ kind: 'bad-response', status: 200 });
  });

  it('a body cut short by a dropped connection → network', async () => {
    const text = JSON.stringify(seed());
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text.slice(0, 500)));
        controller.error(new TypeError('network error'));
      },
    });
    const err = await failure(rawFetch(stream as unknown as Uint8Array));
    expect(err.data.kind).toBe('network');
  });
});

describe('statuses and redirects', () => {
  it('429 → server-error (a retry can help)', async () => {
    const err = await failure(fakeFetch({ [postUrl]: { status: 429, body: 'Too Many Requests', contentType: 'text/plain' } }, notFound).fetch);
    expect(err.data).toMatchObject({ kind: 'server-error', status: 429 });
  });

  it('a redirect to another website → bad-response, its body is not used', async () => {
    const f = fakeFetch({ [postUrl]: { json: seed(), redirectedTo: 'https://evil.example/wp-json/wp/v2/posts/5' } }, notFound);
    const err = await failure(f.fetch);
    expect(err.data.kind).toBe('bad-response');
    expect(err.data.detail).toBe('redirect-other-site');
  });
});

describe('slow bodies: the timeout is a silence timeout, under a ceiling', () => {
  /** A body sent in `chunks` pieces, one every `everyMs`. */
  function trickle(text: string, chunks: number, everyMs: number, forever = false): ReadableStream<Uint8Array> {
    const bytes = new TextEncoder().encode(text);
    const size = Math.ceil(bytes.length / chunks);
    let i = 0;
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((r) => setTimeout(r, everyMs));
        if (forever) return void controller.enqueue(new Uint8Array([0x20]));
        if (i * size >= bytes.length) return controller.close();
        controller.enqueue(bytes.subarray(i * size, ++i * size));
      },
    });
  }

  it('a body still arriving after the timeout is read (each chunk within the timeout)', async () => {
    const started = Date.now();
    const body = trickle(JSON.stringify(seed()), 6, 60);
    const fetched = await fetchPost(det, { fetch: rawFetch(body as unknown as Uint8Array), timeoutMs: 150 });
    expect(Date.now() - started).toBeGreaterThan(300);
    expect(fetched.post.id).toBe(5);
  });

  it('a body that keeps trickling forever stops at the ceiling → timeout', async () => {
    const started = Date.now();
    const err = await failure(rawFetch(trickle('', 1, 20, true) as unknown as Uint8Array), 100);
    expect(err.data.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
