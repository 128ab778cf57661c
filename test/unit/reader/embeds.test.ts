import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { renderContent } = await import('../../../src/reader/render-body');
const { enableClickToLoad } = await import('../../../src/reader/embeds');
const { makeArticle } = await import('./support/article');

const EMBED =
  '<figure class="cp-embed"><a class="cp-embed-load" href="https://www.youtube.com/watch?v=abc" ' +
  'data-embed-src="https://www.youtube-nocookie.com/embed/abc" data-embed-provider="YouTube">Watch on YouTube</a>' +
  '<figcaption>Launch video</figcaption></figure>';

function mount(html: string): HTMLElement {
  const content = renderContent(makeArticle({ contentHtml: html }));
  enableClickToLoad(content);
  document.body.replaceChildren(content);
  return content;
}

describe('click-to-load embeds', () => {
  it('has no iframe before the click, and a sandboxed no-referrer iframe after', () => {
    const content = mount(EMBED);
    expect(content.querySelector('iframe')).toBeNull();
    const link = content.querySelector<HTMLAnchorElement>('a.cp-embed-load');
    expect(link).not.toBeNull();
    // The core writes only the provider's name: the reader words the link in the UI language, by kind.
    expect(link?.textContent).toBe('Load video from YouTube');
    const empty = mount(EMBED.replace('Watch on YouTube', ''));
    expect(empty.querySelector('a.cp-embed-load')?.textContent).toBe('Load video from YouTube');
    const audio = mount(
      '<figure class="cp-embed"><a class="cp-embed-load" href="https://soundcloud.com/x" data-embed-src="https://w.soundcloud.com/player/?url=https%3A%2F%2Fapi.soundcloud.com%2Ftracks%2F123" data-embed-provider="SoundCloud">SoundCloud</a></figure>',
    );
    expect(audio.querySelector('a.cp-embed-load')?.textContent).toBe('Load audio from SoundCloud');
    mount(EMBED);
    const live = document.querySelector<HTMLAnchorElement>('a.cp-embed-load');

    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    live?.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);

    const frame = document.querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/abc');
    expect(frame?.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin allow-presentation');
    expect(frame?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(frame?.getAttribute('title')).toBe('YouTube embed');
    expect(document.querySelector('a.cp-embed-load')).toBeNull();
    expect(document.querySelector('figure.cp-embed figcaption')?.textContent).toBe('Launch video');
  });

  it('never frames a non-https embed source', () => {
    for (const src of ['http://player.example/1', 'javascript:alert(1)', 'data:text/html,<script>x</script>']) {
      const content = mount(EMBED.replace('https://www.youtube-nocookie.com/embed/abc', src));
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
      content.querySelector('a.cp-embed-load')?.dispatchEvent(click);
      expect(content.querySelector('iframe')).toBeNull();
      expect(click.defaultPrevented).toBe(false);
    }
  });

  it('leaves modified clicks to the browser (open the original in a new tab)', () => {
    const content = mount(EMBED);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true });
    content.querySelector('a.cp-embed-load')?.dispatchEvent(click);
    expect(content.querySelector('iframe')).toBeNull();
    expect(click.defaultPrevented).toBe(false);
  });
});
