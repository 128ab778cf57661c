/**
 * The bench's posts, added to the e2e fixture site's post list (test/e2e/support/wp-data.ts `posts`), so the
 * e2e building blocks — themed single pages (wp-pages.ts) and the REST routes with embeds (wp-rest.ts) — serve
 * them exactly like the seed. Nothing of the e2e server is copied; the bench only adds entries.
 */
import { posts, findPost, type PostEntry } from '../../test/e2e/support/wp-data';
import { corpusAvailable, readCorpus, readCorpusJson } from '../../test/support/corpus';
import { generateContent, words } from './content';

export const SEED_ID = 12483;
export const CORPUS_ID = 13001;
export const IMAGES_ID = 13002;

/** Content sizes of the scaling posts (bytes of content.rendered). */
export const SCALING_SIZES = [10_000, 100_000, 1_000_000, 5_000_000] as const;
export const scalingId = (bytes: number): number => 13100 + SCALING_SIZES.indexOf(bytes as (typeof SCALING_SIZES)[number]);

/**
 * The long real post: Mozilla Hacks' "This API is so Fetching!" (a WordPress post, 30 KB of article HTML,
 * from the corpus' mozilla-readability set: wp-html-pages/mozilla-readability/002). Its images point to
 * other hosts; they are moved to this site so nothing is requested elsewhere.
 */
const CORPUS_POST = ['wp-html-pages', 'mozilla-readability', '002'] as const;

type Json = Record<string, unknown>;

function seedRaw(): Json {
  const seed = findPost(SEED_ID);
  if (!seed) throw new Error('the e2e fixture site has no seed post: it comes from the shared corpus (set CLEARPOST_CORPUS)');
  return seed.raw;
}

function entry(id: number, slug: string, title: string, content: string): PostEntry {
  const raw: Json = {
    ...structuredClone(seedRaw()),
    id,
    slug,
    guid: { rendered: `{origin}/?p=${id}` },
    title: { rendered: title },
    content: { rendered: content, protected: false },
    excerpt: { rendered: `<p>${words(id, 40)}</p>`, protected: false },
  };
  return { id, type: 'post', prettyPath: `/2025/03/01/${slug}/`, raw };
}

function corpusContent(origin: string): { title: string; content: string } {
  const html = readCorpus(...CORPUS_POST, 'expected.html');
  const meta = readCorpusJson<{ title: string }>(...CORPUS_POST, 'expected-metadata.json');
  // Readability's wrapper <div id="readability-page-1"> is not part of the post.
  const inner = html.replace(/^\s*<div id="readability-page-1" class="page">/, '').replace(/<\/div>\s*$/, '');
  let n = 0;
  const content = inner.replace(
    /(<img\b[^>]*?\bsrc=")[^"]*(")/g,
    (_, a: string, b: string) => `${a}${origin}/wp-content/uploads/bench/img-${900 + n++}-1024x576.png${b}`,
  );
  return { title: meta.title, content: content.replace(/\s(srcset|data-src)="[^"]*"/g, '') };
}

export interface BenchPosts {
  /** The page path of each bench page (pretty permalinks). */
  seedPath: string;
  corpusPath?: string;
  imagesPath: string;
  scalingPaths: Map<number, string>;
  imageCount: number;
}

/** Adds the bench posts (idempotent). Content is absolute for `origin` like WordPress prints it. */
export function registerBenchPosts(origin: string): BenchPosts {
  const add = (e: PostEntry): string => {
    const i = posts.findIndex((p) => p.id === e.id);
    if (i >= 0) posts.splice(i, 1, e);
    else posts.push(e);
    return e.prettyPath;
  };
  const seed = findPost(SEED_ID) as PostEntry;
  let corpusPath: string | undefined;
  if (corpusAvailable) {
    const { title, content } = corpusContent(origin);
    corpusPath = add(entry(CORPUS_ID, 'this-api-is-so-fetching', title, content));
  }
  const images = generateContent({ bytes: 60_000, seed: 7, origin, imageEvery: 2, imageBase: 100 });
  const imagesPath = add(entry(IMAGES_ID, 'harbour-in-pictures', 'The harbour in pictures: a year at the container terminal', images));
  const scalingPaths = new Map<number, string>();
  for (const bytes of SCALING_SIZES) {
    const content = generateContent({ bytes, seed: bytes, origin, imageEvery: 14, imageBase: 1000 });
    scalingPaths.set(bytes, add(entry(scalingId(bytes), `scaling-${bytes}`, `Scaling post: ${bytes / 1000} KB of content`, content)));
  }
  return { seedPath: seed.prettyPath, corpusPath, imagesPath, scalingPaths, imageCount: (images.match(/<img\b/g) ?? []).length };
}
