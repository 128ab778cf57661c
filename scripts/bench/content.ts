/**
 * Deterministic post content for the bench: prose from a seeded PRNG (same bytes on every run and every
 * machine), with the mix a real long post has — paragraphs with links and emphasis, h2/h3 headings, lists,
 * block quotes and images (wp-image figures with srcset, as WordPress prints them).
 */

/** mulberry32: tiny, fast, good enough for filler text, and identical everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the port said on tuesday that trade volumes rose for a third month as shipping lines added capacity ' +
  'analysts expect demand to ease later in the year while freight rates remain above their long term ' +
  'average container terminals reported record throughput and new cranes arrived from the manufacturer ' +
  'officials declined to comment on the negotiations but confirmed that talks would continue next week ' +
  'exporters welcomed the decision although several industry groups warned about rising costs energy ' +
  'prices inflation customs backlog harbour authority minister government council report figures data'
).split(' ');

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function sentence(rand: () => number): string {
  const n = 8 + Math.floor(rand() * 18);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(pick(rand, WORDS));
  const s = words.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

function paragraph(rand: () => number, origin: string): string {
  const parts: string[] = [];
  const n = 3 + Math.floor(rand() * 4);
  for (let i = 0; i < n; i++) {
    let s = sentence(rand);
    const r = rand();
    if (r < 0.15) s = s.replace(/^(\S+ \S+)/, `<a href="${origin}/2025/01/${Math.floor(rand() * 28) + 1}/related-story/">$1</a>`);
    else if (r < 0.25) s = s.replace(/(\S+ \S+)\.$/, '<strong>$1</strong>.');
    else if (r < 0.32) s = s.replace(/^(\S+)/, '<em>$1</em>');
    parts.push(s);
  }
  return `<p>${parts.join(' ')}</p>`;
}

export function imageUrl(origin: string, n: number, width = 1024): string {
  return `${origin}/wp-content/uploads/bench/img-${n}-${width}x576.png`;
}

/** A WordPress image block as `the_content` prints it (wp-image-N class, srcset, sizes, lazy loading). */
export function figure(origin: string, n: number): string {
  return (
    `<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="576" ` +
    `src="${imageUrl(origin, n)}" alt="Container cranes at berth ${n}" class="wp-image-${20000 + n}" ` +
    `srcset="${imageUrl(origin, n)} 1024w, ${imageUrl(origin, n, 300)} 300w, ${imageUrl(origin, n, 768)} 768w" ` +
    `sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">Berth ${n} at dawn. ` +
    `Photo: Harbour Authority</figcaption></figure>`
  );
}

export interface GenerateOptions {
  /** Target size of `content.rendered` in bytes (reached to within one block). */
  bytes: number;
  seed: number;
  origin: string;
  /** One image every this many blocks (0: none). */
  imageEvery?: number;
  /** Start numbering images here (distinct URLs per post). */
  imageBase?: number;
}

/** `content.rendered` of about `bytes` bytes. */
export function generateContent(options: GenerateOptions): string {
  const rand = prng(options.seed);
  const imageEvery = options.imageEvery ?? 14;
  const blocks: string[] = [];
  let size = 0;
  let images = 0;
  for (let i = 0; size < options.bytes; i++) {
    let block: string;
    if (i > 0 && i % 9 === 0) block = `<h2 class="wp-block-heading">${sentence(rand).slice(0, 60).replace(/\.$/, '')}</h2>`;
    else if (i > 0 && i % 23 === 0) block = `<h3 class="wp-block-heading">${sentence(rand).slice(0, 40).replace(/\.$/, '')}</h3>`;
    else if (i % 17 === 5) block = `<ul class="wp-block-list">${[0, 1, 2, 3].map(() => `<li>${sentence(rand)}</li>`).join('')}</ul>`;
    else if (i % 31 === 12) block = `<blockquote class="wp-block-quote"><p>${sentence(rand)}</p><cite>Port spokesperson</cite></blockquote>`;
    else if (imageEvery > 0 && i % imageEvery === 7 % imageEvery) block = figure(options.origin, (options.imageBase ?? 0) + images++);
    else block = paragraph(rand, options.origin);
    blocks.push(block);
    size += block.length + 2;
  }
  return blocks.join('\n\n');
}

/** Plain words in the generated text (for a title or an excerpt). */
export function words(seed: number, count: number): string {
  const rand = prng(seed);
  return Array.from({ length: count }, () => pick(rand, WORDS)).join(' ');
}
