/**
 * Media in the exports (issue 10 §1): a copy cannot play anything, and the reader's own labels ("Load video
 * from YouTube") are not the article. Click-to-load embeds, <audio>, <video> and File-block links each become
 * one line, `Video: <title or provider> — <url>`. The word ("Video") is the caller's, from _locales
 * (`export_video`…, src/shared/export-words.ts): core returns the kind; a blank
 * translation leaves `<title> — <url>`.
 */
import { videoEmbed } from '../clean';
import type { ExportWords } from './meta';

export type MediaKind = 'video' | 'audio' | 'file';

export interface MediaItem {
  kind: MediaKind;
  title: string;
  url: string;
}

const HTTP = /^https?:\/\//i;

/** The file name at the end of a URL's path ("episode-3.mp3"), or the URL's host. */
function fileName(url: string): string {
  try {
    const parsed = new URL(url);
    const last = parsed.pathname.split('/').filter(Boolean).at(-1);
    if (!last) return parsed.hostname;
    try {
      return decodeURIComponent(last);
    } catch {
      return last;
    }
  } catch {
    return url;
  }
}

const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The media line an element stands for, if it is one: a.cp-embed-load, a.cp-file, <audio>, <video>. */
export function mediaItem(el: Element): MediaItem | undefined {
  const tag = el.tagName.toUpperCase();
  if (tag === 'A') {
    const href = el.getAttribute('href') ?? '';
    if (!HTTP.test(href)) return undefined;
    if (el.classList.contains('cp-embed-load')) {
      const embed = videoEmbed(el.getAttribute('data-embed-src'));
      const title = squash(el.getAttribute('title')) || embed?.provider || squash(el.getAttribute('data-embed-provider')) || fileName(href);
      return { kind: embed?.kind === 'audio' ? 'audio' : 'video', title, url: href };
    }
    if (el.classList.contains('cp-file')) return { kind: 'file', title: squash(el.textContent) || fileName(href), url: href };
    return undefined;
  }
  if (tag === 'AUDIO' || tag === 'VIDEO') {
    const src = [el.getAttribute('src'), ...[...el.querySelectorAll('source')].map((s) => s.getAttribute('src'))].find((u) => u && HTTP.test(u));
    if (!src) return undefined;
    return { kind: tag === 'AUDIO' ? 'audio' : 'video', title: squash(el.getAttribute('title')) || fileName(src), url: src };
  }
  return undefined;
}

/** "Video: title — url" (or "title — url" without a word); `title`/`url` already in the target format. */
export function mediaLine(kind: MediaKind, title: string, url: string, words: Pick<ExportWords, MediaKind>): string {
  const word = squash(words[kind]);
  return `${word ? `${word}: ` : ''}${title} — ${url}`;
}
