/**
 * "Web page with images" (issue 10 §4): the saved page carries its images as data: URIs, so it reads offline and
 * outlives the site. Pure: the fetching is the caller's (src/reader/image-fetch.ts), and what a fetch may return
 * is decided here, so a site cannot put anything but an image, of bounded size, into the file.
 *
 * No permission is asked for: an image is embedded when the reader may read it, that is when its server allows it
 * (CORS) or the user has allowed Clearpost on that site (the options page's per-site opt-in). The others stay
 * links, and the caller says how many were embedded.
 */
import { parseHtmlBody } from '../clean/dom';

/** Raster formats and SVG. An SVG in <img> runs no script and loads nothing (https://www.w3.org/TR/SVG2/conform.html#secure-static-mode). */
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/svg+xml']);

export interface EmbedLimits {
  /** Bytes of one image; a bigger one stays a link. */
  perImage: number;
  /** Bytes of all embedded images together; once reached, the rest stay links. */
  total: number;
}

/** 5 MB an image, 20 MB a page: a long photo essay still saves, an endless gallery does not make a 1 GB file. */
export const EMBED_LIMITS: EmbedLimits = { perImage: 5_000_000, total: 20_000_000 };

export interface FetchedImage {
  type: string;
  bytes: Uint8Array;
}

/** `undefined` when the image cannot be read (CORS, network, HTTP error, over `maxBytes`). */
export type ImageFetcher = (url: string, maxBytes: number) => Promise<FetchedImage | undefined>;

export interface Embedded {
  html: string;
  /** Distinct image URLs embedded / found. */
  embedded: number;
  total: number;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The data: URI of an acceptable image, or undefined. The media type is ours (from the list), never the site's text. */
export function imageDataUri(image: FetchedImage, limits: EmbedLimits = EMBED_LIMITS): string | undefined {
  const type = image.type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!IMAGE_TYPES.has(type) || image.bytes.length === 0 || image.bytes.length > limits.perImage) return undefined;
  return `data:${type};base64,${base64(image.bytes)}`;
}

/**
 * `html`: the export's sanitised HTML (toHtml). Every <img> with an http(s) src that can be read becomes a data:
 * URI; its srcset/sizes and its <picture>'s <source>s go, so the browser shows the embedded one. One fetch per URL,
 * in document order, until the total is reached.
 */
export async function embedImages(html: string, fetchImage: ImageFetcher, limits: EmbedLimits = EMBED_LIMITS): Promise<Embedded> {
  const body = parseHtmlBody(html);
  const images = Array.from(body.querySelectorAll('img')).filter((img) => /^https?:\/\//i.test(img.getAttribute('src') ?? ''));
  const urls = [...new Set(images.map((img) => img.getAttribute('src') as string))];
  const uris = new Map<string, string>();
  let used = 0;
  for (const url of urls) {
    const room = Math.min(limits.perImage, limits.total - used);
    if (room <= 0) break;
    const image = await fetchImage(url, room).catch(() => undefined);
    const uri = image && image.bytes.length <= room ? imageDataUri(image, limits) : undefined;
    if (!uri || !image) continue;
    uris.set(url, uri);
    used += image.bytes.length;
  }
  for (const img of images) {
    const uri = uris.get(img.getAttribute('src') as string);
    if (!uri) continue;
    img.setAttribute('src', uri);
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    if (img.parentElement?.localName === 'picture') for (const source of img.parentElement.querySelectorAll('source')) source.remove();
  }
  return { html: body.innerHTML, embedded: uris.size, total: urls.length };
}
