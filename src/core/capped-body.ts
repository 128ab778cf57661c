/**
 * Reading a response body that a site controls without holding more than `maxBytes` of it: the REST client's
 * JSON (./rest/http.ts) and the images a saved page embeds (src/reader/image-fetch.ts). A declared
 * Content-Length over the cap is refused before reading; an undeclared or lying one is cut off at the cap.
 */

/**
 * Hands each chunk to `onChunk`; true when the whole body was read, false when it was over `maxBytes` (the
 * stream is cancelled then). A body without a stream reader (old test doubles) is read whole and measured.
 */
export async function readBodyCapped(response: Response, maxBytes: number, onChunk: (chunk: Uint8Array) => void): Promise<boolean> {
  const declared = Number(response.headers.get('content-length'));
  const body = response.body;
  if (Number.isFinite(declared) && declared > maxBytes) {
    void body?.cancel().catch(() => undefined);
    return false;
  }
  if (!body || typeof body.getReader !== 'function') {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > maxBytes) return false;
    onChunk(bytes);
    return true;
  }
  const reader = body.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return true;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      return false;
    }
    onChunk(value);
  }
}
