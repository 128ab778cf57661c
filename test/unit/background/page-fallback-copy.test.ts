/**
 * Page extraction outside the reader (issue 4): sessions hand the detection along with a failure, and the
 * context-menu copy falls back to a page snapshot when REST fails for a reason the page can cure (the
 * snapshot is extracted in the offscreen document / Firefox background page, here in jsdom).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderError } from '../../../src/core/errors';
import type { Detection } from '../../../src/core/types';
import type { CopySource } from '../../../src/shared/messages';
import { findPost } from '../../e2e/support/wp-data';
import { EN_EXPORT } from '../../support/english';
import { singlePage } from '../../e2e/support/wp-pages';

const fetchPost = vi.fn();
const sendToTab = vi.fn();
const copyToClipboard = vi.fn(async (_format: string, _source: CopySource) => 'copied');
vi.mock('webextension-polyfill', () => import('../reader/support/browser-mock'));
vi.mock('../../../src/core/rest', () => ({ fetchPost: (...args: unknown[]) => fetchPost(...args) }));
vi.mock('../../../src/shared/messaging', () => ({ sendToTab: (...args: unknown[]) => sendToTab(...args) }));
vi.mock('../../../src/background/clipboard', () => ({ copyToClipboard: (f: string, s: CopySource) => copyToClipboard(f, s) }));
vi.mock('../../../src/background/badge', () => ({ flashBadge: async () => undefined }));
vi.mock('../../../src/background/open-reader', () => ({ prepareTab: async () => 7 }));

const { tabUrls } = await import('../reader/support/browser-mock');
const { copyFromMenu } = await import('../../../src/background/copy-from-menu');
const { Sessions } = await import('../../../src/background/sessions');
const { exportArticle } = await import('../../../src/offscreen/copy-article');

const ORIGIN = 'http://127.0.0.1:8123';
const seed = findPost(12483)!;
const url = `${ORIGIN}${seed.prettyPath}`;
const html = singlePage({ origin: ORIGIN, permalinks: 'pretty', headLinks: 'none', nonceBait: true }, seed).html;
const detection: Detection = { isWordPress: true, pageUrl: url, pageKind: 'singular', signals: [] };
const denied = new ReaderError('rest-disabled', { status: 401, code: 'rest_login_required' });

beforeEach(() => {
  tabUrls.set(7, url);
  fetchPost.mockReset();
  sendToTab.mockReset();
  copyToClipboard.mockClear();
});

describe('context-menu copy falls back to the page', { timeout: 30_000 }, () => {
  it('REST 401 → a page snapshot from the same tab → copied from the page', async () => {
    fetchPost.mockRejectedValue(denied);
    sendToTab.mockImplementation(async (_tab: number, type: string) => (type === 'detect' ? detection : { html, url }));
    await expect(copyFromMenu({ id: 7 } as never, 'text')).resolves.toEqual({ ok: true, text: 'copied' });
    expect(sendToTab).toHaveBeenCalledWith(7, 'pageSnapshot', {});
    expect(copyToClipboard).toHaveBeenCalledWith('text', { kind: 'page', snapshot: { html, url }, reason: denied.data, detection });
  });

  it('password-protected (or any answer about the page) is not extracted', async () => {
    fetchPost.mockRejectedValue(new ReaderError('password-protected'));
    sendToTab.mockResolvedValue(detection);
    const result = await copyFromMenu({ id: 7 } as never, 'markdown');
    expect(result).toMatchObject({ ok: false, error: { kind: 'password-protected' } });
    expect(sendToTab).not.toHaveBeenCalledWith(7, 'pageSnapshot', expect.anything());
    expect(copyToClipboard).not.toHaveBeenCalled();
  });

  it('the offscreen export of a page source is the extracted article, with the note', () => {
    const text = exportArticle('text', { kind: 'page', snapshot: { html, url }, reason: denied.data, detection }, EN_EXPORT).text;
    expect(text).toMatch(/^China celebrates DeepSeek’s breakout AI success/);
    expect(text).toContain('People across China');
    expect(text).not.toContain('Great summary, thanks.');
    expect(text).not.toContain('Leave a Reply');
    const md = exportArticle('markdown', { kind: 'page', snapshot: { html, url }, reason: denied.data, detection }, EN_EXPORT).text;
    expect(md).toMatch(/^# China celebrates/);
  });
});

describe('sessions', () => {
  it('a failed fetch carries the detection to the reader (page extraction needs it)', async () => {
    const sessions = new Sessions({ fetchPost: async () => Promise.reject(denied) });
    sessions.start('s1', 3, detection);
    await expect(sessions.get('s1')).resolves.toEqual({ ok: false, error: denied.data, detection });
  });
});
