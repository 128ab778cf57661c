/**
 * Detection of the page the content script runs in. The document is only read (the core's detect()
 * never writes to it).
 *
 * Raw JSON tabs: Chromium shows the JSON in a <pre> that detect() reads. Firefox shows its JSON viewer
 * instead, whose DOM is the viewer's UI, not the JSON; then the JSON is read again from the tab's URL
 * (same origin as the page, so no CORS; the browser cache usually answers) and detected from a detached
 * document holding it the way Chromium does.
 */
import { inertDocument } from '../core/clean/dom';
import { detect } from '../core/detect';
import type { Detection } from '../core/types';
import { isJsonDocument } from '../shared/page-snapshot';

export { isJsonDocument };

/** A REST post is a few hundred KB at most; a huge JSON document is not ours to read. */
const MAX_JSON_BYTES = 8 * 1024 * 1024;

export async function detectPage(doc: Document, pageUrl: string, fetchText: (url: string) => Promise<string> = fetchJsonText): Promise<Detection> {
  const detection = detect(doc, pageUrl);
  if (detection.rawJson !== undefined || !isJsonDocument(doc)) return detection;
  let text: string;
  try {
    text = await fetchText(pageUrl);
  } catch {
    return detection;
  }
  const copy = inertDocument(doc);
  const pre = copy.createElement('pre');
  pre.textContent = text;
  copy.body.append(pre);
  return detect(copy, pageUrl);
}

async function fetchJsonText(url: string): Promise<string> {
  const response = await fetch(url, { credentials: 'include', cache: 'force-cache', redirect: 'error' });
  const length = Number(response.headers.get('content-length') ?? '0');
  if (!response.ok || length > MAX_JSON_BYTES) throw new Error(`JSON not readable (${response.status})`);
  const text = await response.text();
  if (text.length > MAX_JSON_BYTES) throw new Error('JSON too large');
  return text;
}
