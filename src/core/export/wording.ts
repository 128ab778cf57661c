/**
 * The words an export adds around the article (its attribution sentences), given by the caller so the
 * core builds no sentence: the reader words them from _locales, and the background does it for the
 * Chromium offscreen document, which has no i18n API (src/shared/export-wording.ts).
 * Each template holds `{slot}` markers where the site's values go; the values are inserted as text or
 * links, never parsed, and a template is split on its markers before any value is placed.
 */
export interface ExportWording {
  /** E.g. "Originally published by {source}." ({source}: the original publisher). */
  originallyPublishedBy: string;
  /** E.g. "Published on {site}: {url}" ({site}: the site's name, {url}: the post's address). */
  publishedOn: string;
  /** The title of a post that has none (the core leaves it empty). */
  untitled: string;
}

export const WORDING_SLOTS = { source: '{source}', site: '{site}', url: '{url}' } as const;

type Slot = keyof typeof WORDING_SLOTS;

/** The template in order: literal text, then the value for each slot (a slot missing from it is added at the end). */
export function fillWording<T>(template: string, values: Partial<Record<Slot, T>>, text: (s: string) => T): T[] {
  const out: T[] = [];
  const pattern = /\{(source|site|url)\}/g;
  const used = new Set<Slot>();
  let last = 0;
  for (const match of template.matchAll(pattern)) {
    const slot = match[1] as Slot;
    const value = values[slot];
    if (match.index > last) out.push(text(template.slice(last, match.index)));
    if (value !== undefined) out.push(value);
    used.add(slot);
    last = match.index + match[0].length;
  }
  if (last < template.length) out.push(text(template.slice(last)));
  // A broken translation (no marker) still credits the publisher: the value is never dropped.
  for (const [slot, value] of Object.entries(values) as Array<[Slot, T]>) {
    if (!used.has(slot)) out.push(text(' '), value);
  }
  return out;
}
