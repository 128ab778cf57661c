/**
 * The "big news site" version of a themed single page: the same post and <head> (so the same REST links),
 * wrapped in what those sites serve around an article — a mega menu, a trending rail with hundreds of
 * teasers, a link-farm footer, an inline state blob, and thousands of threaded comments. Deterministic
 * (seeded PRNG), about 1.7 MB of HTML and ~25 000 elements.
 */
import { prng } from './content';

const TOPICS = ['World', 'Business', 'Markets', 'Tech', 'Science', 'Health', 'Sport', 'Culture', 'Travel', 'Opinion', 'Climate', 'Video'];
const NAMES = ['reader_one', 'tradewatcher', 'harbourfan', 'j.smith', 'portlander', 'econ_nerd', 'maria k', 'old salt', 'quayside', 'freightguy'];
const LINES = [
  'Interesting piece, but the numbers for last quarter look different from what the ministry published.',
  'This is exactly what we have been seeing at the terminal for months now.',
  'Does anyone know whether the new cranes are already in service or still being tested?',
  'The article misses the point about energy costs, which are the real driver here.',
  'Great reporting as always. Would love a follow-up on the workers’ side of the story.',
  'I remember when this harbour handled a tenth of that volume. Times change.',
  'Source for the freight rate claim? The index I follow says otherwise.',
];

function megaMenu(origin: string, rand: () => number): string {
  const items = TOPICS.map((topic, t) => {
    const columns = Array.from({ length: 6 }, (_, c) => {
      const links = Array.from(
        { length: 14 },
        (_, l) =>
          `<li class="menu-item menu-item-${t}-${c}-${l}"><a href="${origin}/${topic.toLowerCase()}/section-${c}/topic-${l}/">${topic} ${c}.${l} ${NAMES[Math.floor(rand() * NAMES.length)]}</a></li>`,
      ).join('');
      return `<div class="mega-col"><h4 class="mega-heading">${topic} section ${c}</h4><ul class="sub-menu">${links}</ul></div>`;
    }).join('');
    const promo = `<div class="mega-promo"><a href="${origin}/${topic.toLowerCase()}/"><img src="${origin}/wp-content/uploads/bench/img-${t}-300x576.png" width="300" height="169" alt="" loading="lazy" /><span>Top ${topic} story</span></a></div>`;
    return `<li class="menu-item menu-item-has-children"><a href="${origin}/${topic.toLowerCase()}/">${topic}</a><div class="mega-panel" hidden>${columns}${promo}</div></li>`;
  }).join('');
  return `<ul id="primary-menu" class="menu mega-menu">${items}</ul>`;
}

function trendingRail(origin: string, rand: () => number): string {
  const cards = Array.from({ length: 240 }, (_, i) => {
    const topic = TOPICS[i % TOPICS.length] as string;
    const n = Math.floor(rand() * 9000);
    return (
      `<li class="teaser teaser--${topic.toLowerCase()}"><a class="teaser__link" href="${origin}/${topic.toLowerCase()}/story-${n}/">` +
      `<img class="teaser__img" src="${origin}/wp-content/uploads/bench/img-${i % 40}-300x576.png" width="120" height="68" alt="" loading="lazy" />` +
      `<span class="teaser__kicker">${topic}</span><span class="teaser__title">${LINES[i % LINES.length]}</span></a>` +
      `<span class="teaser__meta"><time datetime="2025-01-28T0${i % 10}:00:00Z">${i % 59} min ago</time> · <a href="${origin}/${topic.toLowerCase()}/story-${n}/#comments">${n % 300} comments</a></span></li>`
    );
  }).join('');
  return `<section class="widget trending" aria-label="Trending"><h2 class="widget-title">Trending now</h2><ol class="teasers">${cards}</ol></section>`;
}

function comment(origin: string, id: number, depth: number, rand: () => number): string {
  const name = NAMES[Math.floor(rand() * NAMES.length)] as string;
  const paras = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => `<p>${LINES[Math.floor(rand() * LINES.length)]}</p>`).join('');
  return (
    `<li id="comment-${id}" class="comment ${id % 2 ? 'odd alt' : 'even'} depth-${depth}"><article id="div-comment-${id}" class="comment-body">` +
    `<footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="${origin}/wp-content/uploads/avatar-48.png" class="avatar avatar-48 photo" height="48" width="48" loading="lazy" decoding="async" />` +
    `<b class="fn">${name}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${id}"><time datetime="2025-01-28T12:${String(id % 60).padStart(2, '0')}:00+00:00">January 28, 2025 at ${id % 12}:${String(id % 60).padStart(2, '0')} pm</time></a></div></footer>` +
    `<div class="comment-content">${paras}</div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${id}" data-commentid="${id}" aria-label="Reply to ${name}">Reply</a> <button class="vote" data-id="${id}">▲ ${id % 97}</button></div></article>`
  );
}

function comments(origin: string, count: number, rand: () => number): string {
  const out: string[] = [];
  let id = 5000;
  while (id < 5000 + count) {
    // Threads: a top-level comment and up to three levels of replies.
    out.push(comment(origin, id++, 1, rand));
    const replies = Math.floor(rand() * 4);
    if (replies) {
      out.push('<ol class="children">');
      for (let r = 0; r < replies; r++) out.push(`${comment(origin, id++, 2, rand)}</li>`);
      out.push('</ol>');
    }
    out.push('</li>');
  }
  return `<ol class="comment-list">${out.join('')}</ol>`;
}

function footerFarm(origin: string): string {
  const cols = TOPICS.map(
    (topic) =>
      `<ul class="footer-col"><li><b>${topic}</b></li>${Array.from({ length: 40 }, (_, i) => `<li><a href="${origin}/${topic.toLowerCase()}/archive/${i}/">${topic} archive ${2025 - (i % 20)}</a></li>`).join('')}</ul>`,
  );
  return `<nav class="footer-links" aria-label="Sitemap">${cols.join('')}</nav>`;
}

function stateBlob(rand: () => number): string {
  const items = Array.from({ length: 1500 }, (_, i) => ({
    id: i,
    headline: LINES[i % LINES.length],
    score: Math.round(rand() * 1e6),
    tags: TOPICS.slice(0, 1 + (i % 5)),
  }));
  return `<script type="application/json" id="__APP_STATE__">${JSON.stringify({ items })}</script>`;
}

/** The heavy page for a rendered themed single page (`html` from wp-pages.ts singlePage). */
export function heavyPage(html: string, origin: string, commentCount = 1400): string {
  const rand = prng(2025);
  const out = html
    .replace(/<ul id="primary-menu" class="menu">[\s\S]*?<\/ul>/, () => megaMenu(origin, rand))
    .replace(/<ol class="comment-list">[\s\S]*?<\/ol>/, () => comments(origin, commentCount, rand))
    .replace(/(<h2 class="comments-title">)\d+/, `$1${commentCount}`)
    .replace('<aside id="secondary" class="widget-area" aria-label="Sidebar">', (m) => `${m}${trendingRail(origin, rand)}`)
    .replace('<footer id="colophon" class="site-footer">', (m) => `${m}${footerFarm(origin)}`)
    .replace('</body>', () => `${stateBlob(rand)}</body>`);
  if (out.length < html.length * 10) throw new Error('heavy page: the theme markup changed, nothing was added');
  return out;
}
