/**
 * Reading `_embedded` (docs/wordpress.md §2.3, §3.2). Any embedded item can be an error object
 * `{code, message, data}` when the linked request failed (e.g. a plugin blocks /users/), and every field
 * can be missing or of the wrong type: each reader here checks shapes and returns undefined/[] when unsure.
 */
import type { FeaturedImage, Person, WpEmbedded, WpPost } from '../types';
import { lineText } from './text';
import { httpUrl } from '../url';

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An embedded WP_Error: `{code, message, data?}`. */
export function isErrorObject(value: unknown): boolean {
  return isObj(value) && typeof value.code === 'string' && typeof value.message === 'string';
}

/** The first usable (object, not an error) item of an embedded relation. */
function firstItem(list: unknown): Obj | undefined {
  if (!Array.isArray(list)) return undefined;
  const item: unknown = list[0];
  return isObj(item) && !isErrorObject(item) ? item : undefined;
}

function rendered(field: unknown): unknown {
  return isObj(field) ? field.rendered : undefined;
}

export function readByline(embedded: WpEmbedded | undefined): Person | undefined {
  const author = firstItem(embedded?.author);
  if (!author) return undefined;
  const name = lineText(author.name);
  if (!name) return undefined;
  const url = httpUrl(author.link);
  return url ? { name, url } : { name };
}

export function readFeaturedImage(post: WpPost, baseUrl: string): FeaturedImage | undefined {
  const media = firstItem(post._embedded?.['wp:featuredmedia']);
  if (!media) {
    // Jetpack adds the image URL as a plain field; it is all there is when /media is blocked.
    const src = httpUrl(post.jetpack_featured_media_url, baseUrl);
    return src ? { src, alt: '' } : undefined;
  }
  if (typeof media.media_type === 'string' && media.media_type !== 'image') return undefined;
  const src = httpUrl(media.source_url, baseUrl);
  if (!src) return undefined;
  const image: FeaturedImage = { src, alt: typeof media.alt_text === 'string' ? media.alt_text.trim() : '' };
  const details = isObj(media.media_details) ? media.media_details : {};
  const srcset = buildSrcset(details.sizes, baseUrl);
  if (srcset) image.srcset = srcset;
  const caption = lineText(rendered(media.caption));
  if (caption) image.caption = caption;
  if (isDimension(details.width) && isDimension(details.height)) {
    image.width = details.width;
    image.height = details.height;
  }
  return image;
}

function isDimension(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

/** `media_details.sizes` → "url 300w, url 1024w", widest last, one candidate per width and URL. */
function buildSrcset(sizes: unknown, baseUrl: string): string | undefined {
  if (!isObj(sizes)) return undefined;
  const byWidth = new Map<number, string>();
  const seen = new Set<string>();
  for (const size of Object.values(sizes)) {
    if (!isObj(size) || !isDimension(size.width)) continue;
    const url = httpUrl(size.source_url, baseUrl);
    if (!url || seen.has(url) || byWidth.has(size.width)) continue;
    seen.add(url);
    // Commas and spaces separate srcset candidates, so they must not appear raw inside a URL.
    byWidth.set(size.width, url.replace(/,/g, '%2C').replace(/\s/g, '%20'));
  }
  if (byWidth.size === 0) return undefined;
  return [...byWidth.entries()]
    .sort(([a], [b]) => a - b)
    .map(([width, url]) => `${url} ${width}w`)
    .join(', ');
}

/** Category and tag names from `wp:term` (an array of arrays, one per taxonomy). */
export function readTerms(embedded: WpEmbedded | undefined): { categories: string[]; tags: string[] } {
  const categories = new Set<string>();
  const tags = new Set<string>();
  const groups = embedded?.['wp:term'];
  if (Array.isArray(groups)) {
    for (const group of groups) {
      if (!Array.isArray(group)) continue;
      for (const term of group) {
        if (!isObj(term) || isErrorObject(term)) continue;
        const name = lineText(term.name);
        if (!name) continue;
        if (term.taxonomy === 'category') categories.add(name);
        else if (term.taxonomy === 'post_tag') tags.add(name);
      }
    }
  }
  return { categories: [...categories], tags: [...tags] };
}
