/**
 * Iframes. Known video/audio hosts become click-to-load placeholders (no request until the reader
 * clicks); every other iframe is dropped, leaving a plain link to its http(s) source.
 *
 * Placeholder markup (the ONLY data-* attributes Clearpost keeps anywhere):
 *   <figure class="cp-embed"><a class="cp-embed-load" href="{page URL of the video}"
 *     data-embed-src="{https embed URL}" data-embed-provider="{provider name}" title="{the frame's title}">{provider name}</a></figure>
 * - data-embed-src: https URL of a KNOWN host (re-checked by the sanitizer on every pass, so hostile
 *   content cannot smuggle its own frame URL); the reader turns it into a sandboxed iframe on click.
 * - data-embed-provider: display name, always rewritten from the host table below.
 * - The link text is the provider's name (data, no sentence): exports show it as a link to the media's page,
 *   and the reader words it ("Load video from YouTube", src/reader/embeds.ts, _locales).
 */
import { httpUrl, httpsUrl, parseUrl } from '../url';

export interface VideoEmbed {
  provider: string;
  kind: 'video' | 'audio';
  /** https URL of the player (what the iframe will load on click). */
  embedSrc: string;
  /** The provider's own page for the media (what the link opens without the frame). */
  pageUrl: string;
}

type Mapper = (url: URL) => string | undefined;

interface Provider {
  name: string;
  kind: 'video' | 'audio';
  hosts: RegExp;
  page: Mapper;
}

const segment = (url: URL, index: number): string | undefined => url.pathname.split('/').filter(Boolean)[index];
const safeId = (id: string | undefined | null): string | undefined => (id && /^[\w-]+$/.test(id) ? id : undefined);

const PROVIDERS: Provider[] = [
  {
    name: 'YouTube',
    kind: 'video',
    hosts: /^(www\.|m\.)?youtube(-nocookie)?\.com$/,
    page: (u) => {
      const list = safeId(u.searchParams.get('list'));
      const id = segment(u, 0) === 'embed' ? safeId(segment(u, 1)) : undefined;
      if (id && id !== 'videoseries') return `https://www.youtube.com/watch?v=${id}`;
      return list ? `https://www.youtube.com/playlist?list=${list}` : undefined;
    },
  },
  { name: 'Vimeo', kind: 'video', hosts: /^player\.vimeo\.com$/, page: (u) => idPage(u, 'video', 'https://vimeo.com/') },
  {
    name: 'Dailymotion',
    kind: 'video',
    hosts: /^(www\.|geo\.)?dailymotion\.com$/,
    page: (u) => {
      const id = segment(u, 0) === 'embed' ? safeId(segment(u, 2)) : safeId(u.searchParams.get('video'));
      return id ? `https://www.dailymotion.com/video/${id}` : undefined;
    },
  },
  { name: 'TED', kind: 'video', hosts: /^embed(-ssl)?\.ted\.com$/, page: (u) => idPage(u, 'talks', 'https://www.ted.com/talks/') },
  {
    name: 'Wistia',
    kind: 'video',
    hosts: /^fast\.wistia\.(net|com)$/,
    page: (u) => (segment(u, 0) === 'embed' ? u.href : undefined),
  },
  {
    name: 'SoundCloud',
    kind: 'audio',
    hosts: /^w\.soundcloud\.com$/,
    page: (u) => {
      const inner = httpUrl(u.searchParams.get('url'));
      return inner && /(^|\.)soundcloud\.com$/.test(new URL(inner).hostname) ? inner : 'https://soundcloud.com/';
    },
  },
  {
    name: 'Spotify',
    kind: 'audio',
    hosts: /^open\.spotify\.com$/,
    page: (u) => {
      const parts = u.pathname.split('/').filter(Boolean);
      if (parts[0] !== 'embed' || parts.length < 3 || !parts.slice(1).every((p) => /^[\w-]+$/.test(p))) return undefined;
      return `https://open.spotify.com/${parts.slice(1).join('/')}`;
    },
  },
  {
    name: 'Twitch',
    kind: 'video',
    hosts: /^(player|clips)\.twitch\.tv$/,
    page: (u) => {
      const video = safeId(u.searchParams.get('video')?.replace(/^v/, ''));
      const channel = safeId(u.searchParams.get('channel'));
      const clip = safeId(u.searchParams.get('clip'));
      if (video) return `https://www.twitch.tv/videos/${video}`;
      if (clip) return `https://clips.twitch.tv/${clip}`;
      return channel ? `https://www.twitch.tv/${channel}` : undefined;
    },
  },
  {
    name: 'VideoPress',
    kind: 'video',
    hosts: /^(video\.wordpress\.com|(www\.)?videopress\.com)$/,
    page: (u) => idPage(u, 'embed', 'https://videopress.com/v/'),
  },
];

function idPage(u: URL, first: string, prefix: string): string | undefined {
  if (segment(u, 0) !== first) return undefined;
  const id = safeId(segment(u, 1));
  return id ? prefix + id : undefined;
}

/** The embed for an iframe src of a known host, or undefined. */
export function videoEmbed(src: string | null | undefined, base?: string): VideoEmbed | undefined {
  const parsed = parseUrl(src, base);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return undefined;
  parsed.protocol = 'https:'; // a frame is only ever loaded over https
  const embedSrc = httpsUrl(parsed.href);
  if (!embedSrc) return undefined;
  const url = new URL(embedSrc);
  const provider = PROVIDERS.find((p) => p.hosts.test(url.hostname));
  if (!provider || url.username || url.password || url.port) return undefined;
  const pageUrl = provider.page(url);
  return pageUrl ? { provider: provider.name, kind: provider.kind, embedSrc, pageUrl } : undefined;
}

/** Builds the click-to-load placeholder in `doc` (see the file comment for its markup). */
export function embedPlaceholder(doc: Document, embed: VideoEmbed, title = ''): HTMLElement {
  const figure = doc.createElement('figure');
  figure.className = 'cp-embed';
  const link = doc.createElement('a');
  link.className = 'cp-embed-load';
  link.setAttribute('href', embed.pageUrl);
  link.setAttribute('data-embed-src', embed.embedSrc);
  link.setAttribute('data-embed-provider', embed.provider);
  link.textContent = embed.provider;
  // The frame's own title ("How the rover lands") names the media in exports (../export/media.ts).
  const name = title.replace(/\s+/g, ' ').trim().slice(0, 300);
  if (name) link.setAttribute('title', name);
  figure.append(link);
  return figure;
}

/**
 * Runs on the raw, inert parse before DOMPurify (which would otherwise drop every iframe). The
 * placeholders it inserts are sanitised like any other markup afterwards.
 */
export function replaceIframes(root: Element, base: string): void {
  const doc = root.ownerDocument;
  for (const frame of [...root.querySelectorAll('iframe')]) {
    const src = frame.getAttribute('src') ?? frame.getAttribute('data-src') ?? frame.getAttribute('data-lazy-src');
    const embed = videoEmbed(src, base);
    if (embed) {
      frame.replaceWith(embedPlaceholder(doc, embed, frame.getAttribute('title') ?? ''));
      continue;
    }
    // WordPress-to-WordPress embeds: the hidden iframe duplicates the blockquote link kept next to it.
    const href = frame.classList.contains('wp-embedded-content') ? undefined : httpUrl(src, base);
    if (!href) {
      frame.remove();
      continue;
    }
    const p = doc.createElement('p');
    const a = doc.createElement('a');
    a.setAttribute('href', href);
    a.textContent = (frame.getAttribute('title') ?? '').trim() || href;
    p.append(a);
    frame.replaceWith(p);
  }
}
