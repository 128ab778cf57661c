/**
 * The reader's image fetch for "Web page with images" (src/core/export/embed-images.ts decides what is kept).
 * No cookies and no referrer, as the reader's own image requests; at most `maxBytes` read, 15 s per image. A site
 * that neither allows CORS nor was allowed by the user answers with an opaque failure: the image stays a link.
 */
import { readBodyCapped } from '../core/capped-body';
import type { FetchedImage } from '../core/export/embed-images';

const TIMEOUT_MS = 15_000;

export async function fetchImage(url: string, maxBytes: number): Promise<FetchedImage | undefined> {
  try {
    const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) return undefined;
    const chunks: Uint8Array[] = [];
    if (!(await readBodyCapped(response, maxBytes, (chunk) => chunks.push(chunk)))) return undefined;
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    return { type: response.headers.get('content-type') ?? '', bytes };
  } catch {
    return undefined;
  }
}
