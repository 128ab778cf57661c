/**
 * Click-to-load embeds. The core turns YouTube/Vimeo/... iframes into
 * `<figure class="cp-embed"><a class="cp-embed-load" href data-embed-src data-embed-provider>`, so opening
 * the reader sends no request to the embed host. Only a click (a user decision) swaps in the frame.
 */
import { t } from '../shared/i18n';
import { el } from './dom';
import { httpsUrl } from '../core/url';
import { videoEmbed } from '../core/clean/embeds';

const LOAD_KEYS = { video: 'reader_embedLoadVideo', audio: 'reader_embedLoadAudio', other: 'reader_embedLoad' } as const;

/** Same set Firefox/Readability allow for video frames, minus anything that would reach our extension. */
const SANDBOX = 'allow-scripts allow-same-origin allow-presentation';

export function enableClickToLoad(container: HTMLElement): void {
  for (const link of container.querySelectorAll<HTMLAnchorElement>('a.cp-embed-load')) {
    const src = httpsUrl(link.dataset.embedSrc);
    const provider = link.dataset.embedProvider?.trim() || t('reader_embedGeneric');
    // The core writes only the provider's name; the words say what a click does, in the UI language.
    // (No aria-label over visible text: the accessible name must contain the visible label, WCAG 2.5.3.)
    link.textContent = t(LOAD_KEYS[(src && videoEmbed(src)?.kind) || 'other'], provider);
    if (!src) link.dataset.embedInvalid = 'true'; // stays a plain link to the original
  }
  container.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('a.cp-embed-load') : null;
    if (!(target instanceof HTMLAnchorElement) || !container.contains(target)) return;
    // Modified clicks keep their meaning (open the original in a new tab).
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const src = httpsUrl(target.dataset.embedSrc);
    if (!src) return;
    event.preventDefault();
    loadEmbed(target, src, target.dataset.embedProvider?.trim() || t('reader_embedGeneric'));
  });
}

export function loadEmbed(link: HTMLAnchorElement, src: string, provider: string): HTMLIFrameElement {
  const frame = el('iframe', {
    class: 'cp-embed-frame',
    src,
    title: t('reader_embedTitle', provider),
    sandbox: SANDBOX,
    referrerpolicy: 'no-referrer',
    allow: 'fullscreen; picture-in-picture; encrypted-media',
    allowfullscreen: '',
    loading: 'eager',
  });
  link.replaceWith(frame);
  frame.focus(); // keep the keyboard where the user acted
  return frame;
}
