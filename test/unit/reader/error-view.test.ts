import { describe, expect, it, vi } from 'vitest';
import { ReaderError } from '../../../src/core/errors';
import type { ReaderErrorData, ReaderErrorKind } from '../../../src/core/types';

import { messages } from './support/browser-mock';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { renderErrorView } = await import('../../../src/reader/error-view');

const KINDS: ReaderErrorKind[] = [
  'not-wordpress',
  'rest-disabled',
  'not-found',
  'password-protected',
  'private',
  'not-an-article',
  'server-error',
  'bad-response',
  'timeout',
  'network',
  'cancelled',
  'internal',
];

describe('error view', () => {
  it.each(KINDS)('%s: message, next step, Open original, and Try again only when a retry can help', (kind) => {
    const data = new ReaderError(kind).data;
    const view = renderErrorView(data, { pageUrl: 'https://blog.example/post/', onRetry: vi.fn(), onOpenOriginal: vi.fn() });
    expect(view.classList.contains('cp-error')).toBe(true);
    expect(view.dataset.kind).toBe(kind);
    const key = kind.replace(/-/g, '_');
    expect(view.querySelector('.cp-error-message')?.textContent).toBe(messages[`reader_error_${key}_message`]?.message);
    expect(view.querySelector('.cp-error-next')?.textContent).toBe(messages[`reader_error_${key}_next`]?.message);
    const open = view.querySelector<HTMLAnchorElement>('a.cp-open-original');
    expect(open?.getAttribute('href')).toBe('https://blog.example/post/');
    expect(open?.textContent).toBe('Open original');
    const retryable = ['timeout', 'network', 'server-error', 'cancelled'].includes(kind);
    expect(view.querySelector('button.cp-retry')?.textContent).toBe(retryable ? 'Try again' : undefined);
  });

  it('has an empty extract slot and no other buttons (no dead "Extract" button)', () => {
    const view = renderErrorView(new ReaderError('rest-disabled').data, { pageUrl: 'https://b.example/', onRetry: vi.fn(), onOpenOriginal: vi.fn() });
    expect(view.querySelector('[data-slot="extract"]')?.childNodes).toHaveLength(0);
    expect(view.querySelectorAll('button')).toHaveLength(0);
    expect(view.querySelectorAll('a')).toHaveLength(1);
  });

  it('fills the extract slot with one working "Extract from page anyway" button when the caller can act on it', () => {
    const onExtract = vi.fn();
    const view = renderErrorView(new ReaderError('not-an-article').data, {
      pageUrl: 'https://b.example/',
      onRetry: vi.fn(),
      onOpenOriginal: vi.fn(),
      onExtract,
    });
    const buttons = view.querySelectorAll<HTMLButtonElement>('[data-slot="extract"] button');
    expect(buttons).toHaveLength(1);
    expect(buttons[0]?.textContent).toBe('Extract from page anyway');
    expect(buttons[0]?.type).toBe('button');
    buttons[0]?.click();
    expect(onExtract).toHaveBeenCalledOnce();
    expect(view.querySelectorAll('button')).toHaveLength(1); // not-an-article: no retry
  });

  it('closes the reader on a plain click of Open original, retries on Try again', () => {
    const onRetry = vi.fn();
    const onOpenOriginal = vi.fn();
    const view = renderErrorView(new ReaderError('timeout').data, { pageUrl: 'https://b.example/', onRetry, onOpenOriginal });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    view.querySelector('a.cp-open-original')?.dispatchEvent(click);
    expect(onOpenOriginal).toHaveBeenCalledOnce();
    expect(click.defaultPrevented).toBe(true);
    view.querySelector<HTMLButtonElement>('button.cp-retry')?.click();
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('never links a non-http page URL, and shows technical details as text', () => {
    const data = new ReaderError('rest-disabled', { status: 401, code: '<b>rest_login_required</b>', url: 'javascript:alert(1)' }).data;
    const view = renderErrorView(data, { pageUrl: 'javascript:alert(1)', onRetry: vi.fn(), onOpenOriginal: vi.fn() });
    expect(view.querySelector('a.cp-open-original')).toBeNull();
    expect(view.querySelector('.cp-error-details')?.textContent).toContain('<b>rest_login_required</b>');
    expect(view.querySelector('.cp-error-details b')).toBeNull();
    expect(view.querySelector('.cp-error-details')?.textContent).toContain('401');
  });

  it("words a detail from _locales, with the kind's next step unless the detail has its own", () => {
    const view = renderErrorView({ kind: 'bad-response', detail: 'too-large' }, { onRetry: vi.fn(), onOpenOriginal: vi.fn() });
    expect(view.querySelector('.cp-error-message')?.textContent).toBe('The site sent far more data than a post.');
    expect(view.querySelector('.cp-error-next')?.textContent).toBe('Open the original page to read it there.');
    const gone = renderErrorView({ kind: 'cancelled', detail: 'reader-gone' }, { onRetry: vi.fn(), onOpenOriginal: vi.fn() });
    expect(gone.querySelector('.cp-error-next')?.textContent).toBe('Click the Clearpost button again.');
  });

  it('never shows a sentence that came with the error data (a forged content-script reply): its own wording only', () => {
    const forged = {
      kind: 'rest-disabled',
      message: 'Your account is locked. Call 555-0100.',
      nextStep: 'Visit https://evil.example/',
    } as ReaderErrorData;
    const view = renderErrorView(forged, { onRetry: vi.fn(), onOpenOriginal: vi.fn() });
    expect(view.querySelector('.cp-error-message')?.textContent).toBe(messages['reader_error_rest_disabled_message']?.message);
    expect(view.querySelector('.cp-error-next')?.textContent).toBe(messages['reader_error_rest_disabled_next']?.message);
    expect(view.textContent).not.toMatch(/555|evil/);
  });

  it('an internal failure says so instead of blaming the site', () => {
    const view = renderErrorView({ kind: 'internal' }, { onRetry: vi.fn(), onOpenOriginal: vi.fn() });
    expect(view.querySelector('.cp-error-message')?.textContent).toBe('Something went wrong inside Clearpost while reading this page.');
    expect(view.querySelector('button.cp-retry')).toBeNull();
  });

  it('falls back to the failed URL for Open original when the page URL is unknown', () => {
    const data = new ReaderError('server-error', { url: 'https://b.example/wp-json/wp/v2/posts/1' }).data;
    const view = renderErrorView(data, { onRetry: vi.fn(), onOpenOriginal: vi.fn() });
    expect(view.querySelector('a.cp-open-original')?.getAttribute('href')).toBe('https://b.example/wp-json/wp/v2/posts/1');
  });
});
