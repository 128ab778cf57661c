import { describe, expect, it } from 'vitest';
import { fetchPost, MAX_BODY_BYTES } from '../../../src/core/rest';
import type { Detection } from '../../../src/core/types';
import { ReaderError } from '../../../src/core/errors';
import { fakeFetch, fixture, fixtureJson, stuckFetch, type Reply, POST_5 } from './fake-fetch';

const { postUrl, det } = POST_5;
const errors = fixtureJson<Record<string, { status: number; body: unknown }>>('errors.json');

/** Answer the post request with `reply`; the search/pages rungs say "not found". */
function withPostReply(reply: Reply) {
  return fakeFetch({ [postUrl]: reply }, { status: 404, json: errors.rest_post_invalid_id!.body });
}

async function failure(reply: Reply, d: Detection = det): Promise<ReaderError> {
  const f = withPostReply(reply);
  try {
    await fetchPost(d, { fetch: f.fetch });
  } catch (error) {
    expect(error).toBeInstanceOf(ReaderError);
    return error as ReaderError;
  }
  throw new Error('fetchPost did not fail');
}

describe('typed failures, each with status, code and url', () => {
  it.each([
    'rest_login_required',
    'rest_cannot_access',
    'rest_forbidden',
    'rest_not_logged_in',
    'rest_unauthorized',
    'itsec_rest_api_access_restricted',
    'rest_user_cannot_view',
    'generic_403',
  ])('%s → rest-disabled', async (name) => {
    const e = errors[name]!;
    const err = await failure({ status: e.status, json: e.body });
    const code = (e.body as { code: string }).code;
    expect(err.data).toEqual({ kind: 'rest-disabled', status: e.status, code, url: postUrl });
  });

  // Issue 11, item 7: core's answer for a private / draft post (docs/wordpress.md §2.5) while the site's REST works.
  const LIST_CHECK = 'https://ex.com/wp-json/wp/v2/posts?per_page=1&_fields=id';
  it.each([
    ['rest_forbidden', 401],
    ['rest_forbidden', 403],
    ['rest_cannot_read', 401],
  ])('%s %i for one post while posts?per_page=1 answers → private, after one list request', async (code, status) => {
    const body = { code, message: 'Sorry, you are not allowed to do that.', data: { status } };
    const f = fakeFetch(
      { [postUrl]: { status, json: body }, [LIST_CHECK]: { json: [{ id: 9 }] } },
      { status: 404, json: errors.rest_post_invalid_id!.body },
    );
    const err = await fetchPost(det, { fetch: f.fetch }).catch((e: unknown) => e as ReaderError);
    expect(err).toBeInstanceOf(ReaderError);
    expect((err as ReaderError).data).toEqual({ kind: 'private', status, code, url: postUrl });
    expect(f.urls().filter((u) => u === LIST_CHECK)).toHaveLength(1);
  });

  it('rest_forbidden on every route (a "logged-in only" snippet, §2.7) stays rest-disabled', async () => {
    const e = errors.rest_forbidden!;
    const f = fakeFetch({}, { status: e.status, json: e.body });
    await expect(fetchPost(det, { fetch: f.fetch })).rejects.toMatchObject({ data: { kind: 'rest-disabled', code: 'rest_forbidden', url: postUrl } });
    expect(f.urls()).toContain(LIST_CHECK);
  });

  it('other 401 codes (rest_login_required) are not checked: no list request, rest-disabled', async () => {
    const e = errors.rest_login_required!;
    const f = fakeFetch({ [postUrl]: { status: e.status, json: e.body }, [LIST_CHECK]: { json: [{ id: 9 }] } });
    await expect(fetchPost(det, { fetch: f.fetch })).rejects.toMatchObject({ data: { kind: 'rest-disabled' } });
    expect(f.urls()).not.toContain(LIST_CHECK);
  });

  it("a WAF's HTML 403 → rest-disabled without a code", async () => {
    const err = await failure({ status: 403, body: '<html><body>Access denied</body></html>' });
    expect(err.data).toMatchObject({ kind: 'rest-disabled', status: 403, url: postUrl });
    expect(err.data.code).toBeUndefined();
  });

  it.each(['rest_post_invalid_id', 'rest_no_route'])('%s everywhere → not-found', async (name) => {
    const e = errors[name]!;
    const f = fakeFetch({}, { status: e.status, json: e.body });
    await expect(fetchPost(det, { fetch: f.fetch })).rejects.toMatchObject({
      data: { kind: 'not-found', status: 404, code: (e.body as { code: string }).code, url: postUrl },
    });
  });

  it('content.protected with empty rendered → password-protected', async () => {
    const err = await failure({ json: fixtureJson('protected-post.json') });
    expect(err.data).toMatchObject({ kind: 'password-protected', status: 200, url: postUrl });
  });

  it('a protected post whose content is present (password given on the site) is returned', async () => {
    const p = { ...fixtureJson<Record<string, unknown>>('protected-post.json'), content: { rendered: '<p>Secret</p>', protected: true } };
    const f = withPostReply({ json: p });
    await expect(fetchPost(det, { fetch: f.fetch })).resolves.toMatchObject({ post: { id: 31 } });
  });

  it('403 rest_post_incorrect_password → password-protected', async () => {
    const e = errors.rest_post_incorrect_password!;
    const err = await failure({ status: 403, json: e.body });
    expect(err.data).toMatchObject({ kind: 'password-protected', status: 403, code: 'rest_post_incorrect_password' });
  });

  it.each([500, 502, 503])('HTTP %i → server-error', async (status) => {
    const reply: Reply = status === 500 ? { status, json: errors.internal_server_error!.body } : { status, body: '<h1>Bad gateway</h1>' };
    const err = await failure(reply);
    expect(err.data).toMatchObject({ kind: 'server-error', status, url: postUrl });
    if (status === 500) expect(err.data.code).toBe('internal_server_error');
  });

  it('HTML with 200 (a theme catch-all), also after the ?rest_route= retry → bad-response', async () => {
    const html = { status: 200, body: fixture('html-404.html').replace('error404', 'home') };
    const f = fakeFetch({}, html);
    await expect(fetchPost(det, { fetch: f.fetch })).rejects.toMatchObject({ data: { kind: 'bad-response', status: 200 } });
    expect(f.urls()).toContain('https://ex.com/?rest_route=/wp/v2/posts/5&_embed=author,wp:featuredmedia,wp:term');
  });

  it('HTML served as application/json on a ?rest_route= root → bad-response (content type alone is not trusted)', async () => {
    const q = 'https://ex.com/?rest_route=/wp/v2/posts/5&_embed=author,wp:featuredmedia,wp:term';
    const f = fakeFetch(
      { [q]: { status: 200, body: '<!DOCTYPE html><html></html>', contentType: 'application/json' } },
      { status: 404, json: errors.rest_post_invalid_id!.body },
    );
    await expect(fetchPost({ ...det, restRoot: 'https://ex.com/?rest_route=/' }, { fetch: f.fetch })).rejects.toMatchObject({
      data: { kind: 'bad-response', status: 200, url: q },
    });
  });

  it('JSON served as text/html (caching plugins) is still read', async () => {
    const f = withPostReply({
      body: JSON.stringify({ id: 5, title: { rendered: 'T' }, content: { rendered: '<p>x</p>' } }),
      contentType: 'text/html',
    });
    await expect(fetchPost(det, { fetch: f.fetch })).resolves.toMatchObject({ post: { id: 5 } });
  });

  it('invalid JSON → bad-response saying so', async () => {
    const err = await failure({ body: '{"id":5,"title":', contentType: 'application/json; charset=UTF-8' });
    expect(err.data).toMatchObject({ kind: 'bad-response', status: 200, url: postUrl });
    expect(err.data.detail).toBe('invalid-json');
  });

  it.each([
    ['an array', [{ id: 5 }]],
    ['no content', { id: 5, title: { rendered: 'x' } }],
    ['content.rendered not a string', { id: 5, title: { rendered: 'x' }, content: { rendered: 42 } }],
    ['no title', { id: 5, content: { rendered: '<p>x</p>' } }],
    ['a string', 'hello'],
    ['null', null],
    ['an error object with 200 and an unknown code', { code: 'weird', message: 'x', data: { status: 200 } }],
  ])('wrong shape: %s → bad-response', async (_name, json) => {
    const err = await failure({ json });
    expect(err.data).toMatchObject({ kind: 'bad-response', url: postUrl });
  });

  it('200 after a redirect to wp-login.php → bad-response (a login wall)', async () => {
    const err = await failure({ body: '<html>Log In</html>', redirectedTo: 'https://ex.com/wp-login.php?redirect_to=x' });
    expect(err.data).toMatchObject({ kind: 'bad-response', status: 200, url: postUrl });
    expect(err.data.detail).toBe('login-page');
  });

  it('bodies over the cap are refused, by content-length and by actual size', async () => {
    const declared = await failure({ json: {}, headers: { 'content-length': String(MAX_BODY_BYTES + 1) } });
    expect(declared.data).toMatchObject({ kind: 'bad-response', url: postUrl });
    expect(declared.data.detail).toBe('too-large');
    const big = `{"id":5,"title":{"rendered":"x"},"content":{"rendered":"${'a'.repeat(MAX_BODY_BYTES)}"}}`;
    const actual = await failure({ body: big, contentType: 'application/json' });
    expect(actual.data.detail).toBe('too-large');
  });

  it('a fetch TypeError → network', async () => {
    const impl = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(fetchPost(det, { fetch: impl })).rejects.toMatchObject({ data: { kind: 'network', url: postUrl } });
  });
});

describe('timeout and cancellation', () => {
  it('a fetch that never answers → timeout after timeoutMs', async () => {
    const f = stuckFetch();
    const started = Date.now();
    await expect(fetchPost(det, { fetch: f.fetch, timeoutMs: 30 })).rejects.toMatchObject({ data: { kind: 'timeout', url: postUrl } });
    expect(Date.now() - started).toBeLessThan(2000);
    // Every request carried a signal that is now aborted.
    for (const c of f.calls) expect(c.init?.signal?.aborted).toBe(true);
  });

  it('cancel via AbortController while waiting → cancelled', async () => {
    const f = stuckFetch();
    const controller = new AbortController();
    const pending = fetchPost(det, { fetch: f.fetch, signal: controller.signal, timeoutMs: 5000 });
    await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ data: { kind: 'cancelled' } });
    expect(f.calls.length).toBeGreaterThan(0);
    for (const c of f.calls) expect(c.init?.signal?.aborted).toBe(true);
  });

  it('an already-aborted signal → cancelled without any request', async () => {
    const f = stuckFetch();
    const controller = new AbortController();
    controller.abort();
    await expect(fetchPost(det, { fetch: f.fetch, signal: controller.signal })).rejects.toMatchObject({ data: { kind: 'cancelled' } });
    expect(f.calls).toHaveLength(0);
  });

  it('a fetch that honours the signal (rejects with AbortError) still reports timeout, not network', async () => {
    const impl = ((_u: string, init?: RequestInit) =>
      new Promise<Response>((_r, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })) as typeof fetch;
    await expect(fetchPost(det, { fetch: impl, timeoutMs: 20 })).rejects.toMatchObject({ data: { kind: 'timeout' } });
  });

  it('a body that never ends → timeout', async () => {
    const impl = (async () =>
      new Response(
        new ReadableStream({
          start(c) {
            c.enqueue(new TextEncoder().encode('{"id":'));
          },
        }),
        {
          headers: { 'content-type': 'application/json' },
        },
      )) as typeof fetch;
    await expect(fetchPost(det, { fetch: impl, timeoutMs: 30 })).rejects.toMatchObject({ data: { kind: 'timeout' } });
  });
});

describe('cancel while only the site info is pending', () => {
  it('still rejects as cancelled', async () => {
    const controller = new AbortController();
    const f = fakeFetch({
      [postUrl]: () => {
        setTimeout(() => controller.abort(), 5);
        return { json: { id: 5, title: { rendered: 'T' }, content: { rendered: '<p>x</p>' } } };
      },
      'https://ex.com/wp-json/?_fields=name,description,url,home,site_icon_url': () => new Promise<Reply>(() => undefined),
    });
    await expect(fetchPost(det, { fetch: f.fetch, signal: controller.signal })).rejects.toMatchObject({ data: { kind: 'cancelled' } });
  });
});
