/**
 * The fixture WordPress site's content: the seed post (a real REST object, read from the shared corpus), plus posts, a page, users, media
 * and terms written for these tests. Everything is read from test/fixtures/site and made absolute for the
 * origin that serves it, the way WordPress prints its own URLs.
 */
import { readFileSync } from 'node:fs';
import type http from 'node:http';
import { Resvg } from '@resvg/resvg-js';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { corpusAvailable, readSeedPost } from '../../support/corpus';

// From the file path, not `new URL(…, import.meta.url)`: under a jsdom test environment `URL` is jsdom's,
// which fileURLToPath refuses (unit tests render these fixture pages too).
export const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
export const siteDir = path.join(fixturesDir, 'site');

type Json = Record<string, unknown>;

function readJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(path.join(...parts), 'utf8')) as T;
}

/** Which URL shape the site uses: pretty permalinks + /wp-json/, or plain `?p=N` + `?rest_route=`. */
export type Permalinks = 'pretty' | 'plain';

export interface PostEntry {
  id: number;
  type: 'post' | 'page';
  /** Path of the pretty permalink (the plain one is derived from the id). */
  prettyPath: string;
  raw: Json;
}

const SEED_HOST = 'https://digitaltradecenter.com/index.php';

function seedPost(): Json {
  const seed = readSeedPost<Json>();
  // The seed has no embeds of its own; the site supplies them (author 1, media 12484, category 23).
  const { _links: _ignored, ...rest } = seed;
  return { ...rest, link: '{link}', guid: { rendered: '{origin}/?p=12483' } };
}

export const posts: PostEntry[] = [
  // The seed comes from the shared corpus: without it the site serves the posts written here only.
  ...(corpusAvailable
    ? [
        {
          id: 12483,
          type: 'post' as const,
          prettyPath: '/2025/01/28/china-celebrates-deepseeks-breakout-ai-success-as-tech-race-heats-up/',
          raw: seedPost(),
        },
      ]
    : []),
  {
    id: 12490,
    type: 'post',
    prettyPath: '/2025/02/03/copying-structured-articles/',
    raw: readJson<Json>(siteDir, 'posts', 'rich-12490.json'),
  },
  {
    id: 12500,
    type: 'post',
    prettyPath: '/2025/02/10/members-only-briefing/',
    raw: readJson<Json>(siteDir, 'posts', 'protected-12500.json'),
  },
  { id: 42, type: 'page', prettyPath: '/about/', raw: readJson<Json>(siteDir, 'posts', 'page-42.json') },
  // Split with <!--nextpage--> into three pages (issue 11, item 6): the theme shows one at a time with wp_link_pages().
  { id: 77, type: 'page', prettyPath: '/harbour-pilot-field-guide/', raw: readJson<Json>(siteDir, 'posts', 'multipage-77.json') },
];

export const users = readJson<Json[]>(siteDir, 'data', 'users.json');
export const media = readJson<Json[]>(siteDir, 'data', 'media.json');
export const terms = readJson<Json[]>(siteDir, 'data', 'terms.json');
/** Comments (issue 11, item 4): a thread on the rich post, one hostile comment, a pingback. */
export const comments = readJson<Json[]>(siteDir, 'data', 'comments.json');
export const siteInfo = readJson<{ name: string; description: string; generator: string }>(siteDir, 'data', 'site.json');

export function findPost(id: number): PostEntry | undefined {
  return posts.find((p) => p.id === id);
}

/**
 * Replace the `{origin}` / `{link}` placeholders (and the seed's own host) everywhere in a JSON value.
 * `{otherOrigin}` is the same server reached as `localhost`: another site for the reader (registrable domain) and
 * never proxied, so an image "hosted elsewhere" is served and logged here (its Host header says localhost).
 */
export function localise<T>(value: T, origin: string, link = ''): T {
  const text = JSON.stringify(value)
    .split('{otherOrigin}')
    .join(otherOrigin(origin))
    .split(SEED_HOST)
    .join(origin)
    .split('{origin}')
    .join(origin)
    .split('{link}')
    .join(link);
  return JSON.parse(text) as T;
}

export function otherOrigin(origin: string): string {
  return origin.replace('//127.0.0.1:', '//localhost:');
}

export function permalink(entry: PostEntry, origin: string, permalinks: Permalinks): string {
  if (permalinks === 'pretty') return origin + entry.prettyPath;
  return entry.type === 'page' ? `${origin}/?page_id=${entry.id}` : `${origin}/?p=${entry.id}`;
}

/** The theme's stylesheet and script, served by every fixture site. */
export const THEME_CSS = readFileSync(path.join(siteDir, 'assets', 'style.css'), 'utf8');
export const THEME_JS = readFileSync(path.join(siteDir, 'assets', 'theme.js'), 'utf8');

const pngCache = new Map<string, Buffer>();

/** A theme asset (SVG in test/fixtures/site/assets) rendered as PNG at `width`, cached. */
export function assetPng(file: string, width: number): Buffer {
  const key = `${file}@${width}`;
  let buf = pngCache.get(key);
  if (!buf) {
    const svg = readFileSync(path.join(siteDir, 'assets', file), 'utf8');
    buf = new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render().asPng();
    pngCache.set(key, buf);
  }
  return buf;
}

/** Closes fixture servers at once, keep-alive connections included. */
export function closeServers(servers: http.Server[]): Promise<void> {
  return Promise.all(
    servers.map(
      (s) =>
        new Promise<void>((resolve) => {
          s.closeAllConnections();
          s.close(() => resolve());
        }),
    ),
  ).then(() => undefined);
}
