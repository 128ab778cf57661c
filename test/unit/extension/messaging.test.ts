import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';

vi.mock('webextension-polyfill', () => import('./support/fake-browser'));

import browser from 'webextension-polyfill';
import { ReaderError } from '../../../src/core/errors';
import type { ToBackground } from '../../../src/shared/messages';
import { handleMessages, makeListener, senderAllowed, sendToBackground, sendToTab, unwrapReply } from '../../../src/shared/messaging';
import { EXTENSION_ID, ORIGIN, resetFakeBrowser, state } from './support/fake-browser';

const own = { id: EXTENSION_ID, origins: [ORIGIN, 'chrome-extension://0f1e2d3c-dynamic/'] };
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } as Runtime.MessageSender['tab'];
const contentSender: Runtime.MessageSender = { id: EXTENSION_ID, tab, url: 'https://example.com/post/', frameId: 0 };
const readerSender: Runtime.MessageSender = { id: EXTENSION_ID, tab, url: `${ORIGIN}reader.html#session=s1`, frameId: 3 };

describe('senderAllowed', () => {
  it('refuses other extensions whatever the kind', () => {
    for (const kind of ['content', 'extension', 'background', 'any'] as const) {
      expect(senderAllowed({ ...contentSender, id: 'someone-else' }, kind, own)).toBe(false);
      expect(senderAllowed({ url: 'https://evil.example/' }, kind, own)).toBe(false);
    }
  });

  it('takes content-script messages only from tabs, and not from our own pages', () => {
    expect(senderAllowed(contentSender, 'content', own)).toBe(true);
    expect(senderAllowed({ id: EXTENSION_ID, url: 'https://example.com/' }, 'content', own)).toBe(false);
    expect(senderAllowed(readerSender, 'content', own)).toBe(false);
  });

  it('takes extension-page messages only from our origin (the reader frame inside a tab counts)', () => {
    expect(senderAllowed(readerSender, 'extension', own)).toBe(true);
    expect(senderAllowed(contentSender, 'extension', own)).toBe(false);
    expect(senderAllowed({ id: EXTENSION_ID, url: 'chrome-extension://other/reader.html' }, 'extension', own)).toBe(false);
    // use_dynamic_url: the reader frame runs under the per-session origin.
    expect(senderAllowed({ ...readerSender, url: 'chrome-extension://0f1e2d3c-dynamic/src/reader/reader.html' }, 'extension', own)).toBe(true);
    expect(senderAllowed({ ...readerSender, url: 'chrome-extension://0f1e2d3c-dynamic.evil/x' }, 'extension', own)).toBe(false);
  });

  it('takes background messages only from outside any tab', () => {
    expect(senderAllowed({ id: EXTENSION_ID }, 'background', own)).toBe(true);
    expect(senderAllowed(contentSender, 'background', own)).toBe(false);
  });
});

describe('makeListener', () => {
  it('ignores messages that are not ours or have no handler (so another context can answer)', () => {
    const listener = makeListener<ToBackground>({ cancelSession: () => undefined }, own);
    expect(listener({ type: 'cancelSession', payload: {} }, readerSender)).toBeUndefined();
    expect(listener('hello', readerSender)).toBeUndefined();
    expect(listener({ cp: 1, type: 'getArticle', payload: {} }, readerSender)).toBeUndefined();
    expect(listener({ cp: 1, type: 'toString', payload: {} }, readerSender)).toBeUndefined();
  });

  it('answers a refused sender with an error instead of running the handler', async () => {
    const handler = vi.fn();
    const listener = makeListener<ToBackground>({ startSession: handler }, own, { startSession: 'content' });
    const reply = await listener({ cp: 1, type: 'startSession', payload: {} }, readerSender);
    expect(handler).not.toHaveBeenCalled();
    expect(reply).toEqual({ cp: 1, ok: false, error: { kind: 'internal', detail: 'message-refused' } });
  });

  it('serialises a thrown ReaderError as its data and any other exception as generic error data', async () => {
    const listener = makeListener<ToBackground>(
      {
        cancelSession: () => {
          throw new ReaderError('password-protected', { url: 'https://ex.com/p' });
        },
        closeReader: async () => {
          throw new TypeError('secret internal detail');
        },
      },
      own,
    );
    const a = await listener({ cp: 1, type: 'cancelSession', payload: { session: 'x' } }, readerSender);
    expect(a).toEqual({
      cp: 1,
      ok: false,
      error: { kind: 'password-protected', url: 'https://ex.com/p' },
    });
    const b = await listener({ cp: 1, type: 'closeReader', payload: { session: 'x' } }, readerSender);
    expect(b).toEqual({ cp: 1, ok: false, error: { kind: 'internal' } });
    expect(JSON.stringify(b)).not.toContain('secret internal detail');
  });

  it('passes payload and sender to the handler and wraps its value', async () => {
    const handler = vi.fn((payload: { session: string }, sender: Runtime.MessageSender) => ({
      ok: true as const,
      value: { got: payload.session, tab: sender.tab?.id },
    }));
    const listener = makeListener<{ getArticle: { payload: { session: string }; response: unknown } }>({ getArticle: handler }, own);
    const reply = await listener({ cp: 1, type: 'getArticle', payload: { session: 's9' } }, readerSender);
    expect(reply).toEqual({ cp: 1, ok: true, value: { ok: true, value: { got: 's9', tab: 7 } } });
  });
});

describe('unwrapReply', () => {
  it('rethrows error data as a ReaderError of the same kind and wording', () => {
    const data = new ReaderError('rest-disabled', { status: 401, code: 'rest_login_required' }).data;
    let caught: unknown;
    try {
      unwrapReply({ cp: 1, ok: false, error: data });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ReaderError);
    expect((caught as ReaderError).data).toEqual(data);
  });

  it('fails clearly when nobody answered', () => {
    expect(() => unwrapReply(undefined)).toThrow(ReaderError);
    expect(() => unwrapReply({ ok: true })).toThrow(expect.objectContaining({ data: { kind: 'internal', detail: 'no-answer' } }));
  });
});

describe('sendToBackground / sendToTab / handleMessages round trip', () => {
  beforeEach(() => resetFakeBrowser());

  it('delivers the payload and returns the typed response', async () => {
    const remove = handleMessages<ToBackground>(
      { getArticle: ({ session }) => ({ ok: false, error: new ReaderError('timeout', { url: session }).data }) },
      { getArticle: 'extension' },
    );
    state.sender = readerSender;
    const outcome = await sendToBackground('getArticle', { session: 'abc' });
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'timeout', url: 'abc' } });
    remove();
    await expect(sendToBackground('getArticle', { session: 'abc' })).rejects.toBeInstanceOf(ReaderError);
  });

  it('throws the handler failure on the sending side as a ReaderError', async () => {
    handleMessages<ToBackground>(
      {
        startSession: () => {
          throw new ReaderError('not-wordpress');
        },
      },
      { startSession: 'content' },
    );
    state.sender = contentSender;
    await expect(
      sendToBackground('startSession', { session: 's', detection: { isWordPress: false, pageUrl: 'https://a/', pageKind: 'unknown', signals: [] } }),
    ).rejects.toMatchObject({ kind: 'not-wordpress' });
  });

  it('sends to one tab, top frame, and refuses content-only messages from the background', async () => {
    handleMessages({ pageSnapshot: () => ({ html: '<p>x</p>', url: 'https://a.example/' }) }, { pageSnapshot: 'background' });
    await expect(sendToTab(7, 'pageSnapshot', {})).resolves.toEqual({ html: '<p>x</p>', url: 'https://a.example/' });
    expect(state.tabMessages).toEqual([{ tabId: 7, message: { cp: 1, type: 'pageSnapshot', payload: {} } }]);
    handleMessages<ToBackground>({ cancelSession: () => undefined }, { cancelSession: 'content' });
    state.sender = readerSender;
    await expect(sendToBackground('cancelSession', { session: 's' })).rejects.toMatchObject({
      data: { kind: 'internal', detail: 'message-refused' },
    });
  });

  it("keeps only the whitelisted kind and detail of a content script's failure (security review item 5)", async () => {
    // What a compromised renderer could answer in place of our content script: any text, any URL.
    browser.runtime.onMessage.addListener(async () => ({
      cp: 1,
      ok: false,
      error: {
        kind: 'rest-disabled',
        detail: 'page-too-large',
        message: 'Your account is locked. Call 555-0100.',
        nextStep: 'Visit evil.example',
        status: 401,
        url: 'https://evil.example/',
      },
    }));
    const error: unknown = await sendToTab(7, 'pageSnapshot', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReaderError);
    expect((error as ReaderError).data).toEqual({ kind: 'rest-disabled', detail: 'page-too-large' });

    resetFakeBrowser();
    browser.runtime.onMessage.addListener(async () => ({ cp: 1, ok: false, error: { kind: 'made-up', detail: '<img src=x>' } }));
    await expect(sendToTab(7, 'pageSnapshot', {})).rejects.toMatchObject({ data: { kind: 'internal' } });
  });
});
