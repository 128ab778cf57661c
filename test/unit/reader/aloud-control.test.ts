/**
 * The read-aloud control in the real reader markup (jsdom): it opens, drives the engine, highlights, remembers
 * speed and voice per language, explains a missing voice, and goes quiet when the reader closes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticlePayload } from '../../../src/shared/messages';
import type { Settings } from '../../../src/shared/settings';
import { fakeSpeech, voice, type FakeSpeech } from './support/fake-speech';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { startReader } = await import('../../../src/reader/reader-app');
const { DEFAULT_SETTINGS } = await import('../../../src/shared/settings');
const { makeArticle } = await import('./support/article');
const { fakeSettings } = await import('./support/fake-settings');

const html = readFileSync(resolve(import.meta.dirname, '../../../src/reader/reader.html'), 'utf8');
const payload = {
  detection: { isWordPress: true, pageUrl: 'https://news.example/p/', pageKind: 'singular', signals: [] },
  fetched: {},
} as unknown as ArticlePayload;

const CONTENT = '<p>First sentence. Second sentence.</p><pre><code>skip();</code></pre><figure><figcaption>A caption.</figcaption></figure>';

async function open(speech: FakeSpeech | undefined, stored: Settings = DEFAULT_SETTINGS, lang = 'en-US') {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
  const settings = fakeSettings(stored);
  const closeReader = vi.fn(async () => undefined);
  await startReader(document, {
    getArticle: async () => ({ ok: true, value: payload }),
    closeReader,
    normalize: () => makeArticle({ contentHtml: CONTENT, lang }),
    exporters: { toPlainText: () => '', toMarkdown: () => '', toHtml: () => '' },
    settings,
    locale: 'en-US',
    print: () => undefined,
    speech: () => speech,
  });
  return { settings, closeReader };
}

const $ = <T extends HTMLElement = HTMLElement>(selector: string): T => {
  const node = document.querySelector<T>(selector);
  if (!node) throw new Error(`missing ${selector}`);
  return node;
};

describe('read aloud control', () => {
  beforeEach(() => vi.useRealTimers());

  it('opens from the toolbar and reads the article: title, text and caption, not code', async () => {
    const speech = fakeSpeech();
    await open(speech);
    expect($('#cp-aloud-bar').hidden).toBe(true);
    $('#cp-aloud').click();
    expect($('#cp-aloud').getAttribute('aria-expanded')).toBe('true');
    expect($('#cp-aloud-bar').hidden).toBe(false);
    expect(document.activeElement?.id).toBe('cp-aloud-play');
    $('#cp-aloud-play').click();
    expect($('#cp-aloud-play').textContent).toBe('Pause');
    for (let i = 0; i < 10 && speech.current(); i++) speech.finish();
    const texts = speech.spoken.map((u) => u.text);
    expect(texts[0]).toBe(makeArticle().title);
    expect(texts).toContain('Second sentence.');
    expect(texts).toContain('A caption.');
    expect(texts.join(' ')).not.toContain('skip()');
    expect($('#cp-aloud-play').textContent).toBe('Play');
  });

  it('highlights the sentence being read and removes the highlight on stop', async () => {
    const speech = fakeSpeech();
    await open(speech);
    $('#cp-aloud').click();
    $('#cp-aloud-play').click();
    $('#cp-aloud-next').click(); // byline paragraph or first content paragraph: whatever is next, it is marked
    expect(document.querySelectorAll('.cp-aloud-sentence').length).toBeGreaterThan(0);
    expect(document.querySelector('.cp-aloud-sentence')?.textContent).toBe(speech.current()?.text);
    $('#cp-aloud-stop').click();
    expect(document.querySelectorAll('.cp-aloud-sentence')).toHaveLength(0);
    expect(speech.current()).toBeUndefined();
  });

  it('lists only local voices, picks the article’s language, and stores speed and voice', async () => {
    const speech = fakeSpeech([voice('Net FR', 'fr-FR', false), voice('Local EN', 'en-US', true, true), voice('Local FR', 'fr-FR')]);
    const { settings } = await open(speech, DEFAULT_SETTINGS, 'fr');
    $('#cp-aloud').click();
    const select = $<HTMLSelectElement>('#cp-aloud-voice');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Local EN — English (United States)', 'Local FR — French (France)']);
    expect(select.value).toBe('urn:voice:Local FR');
    select.value = 'urn:voice:Local EN';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(settings.save).toHaveBeenCalledWith({ aloudVoices: { fr: 'urn:voice:Local EN' } });
    const rate = $<HTMLSelectElement>('#cp-aloud-rate');
    expect(rate.value).toBe('1');
    expect([...rate.options].map((o) => o.textContent)).toEqual(['0.5×', '0.75×', '1×', '1.25×', '1.5×', '1.75×', '2×']);
    rate.value = '1.5';
    rate.dispatchEvent(new Event('change', { bubbles: true }));
    expect(settings.save).toHaveBeenCalledWith({ aloudRate: 1.5 });
    $('#cp-aloud-play').click();
    expect(speech.current()).toMatchObject({ rate: 1.5, voice: { name: 'Local EN' }, lang: 'fr' });
  });

  it('follows a change made elsewhere (Reset in the settings panel) while the bar is open', async () => {
    const speech = fakeSpeech([voice('A', 'en-US', true, true), voice('B', 'en-GB')]);
    await open(speech, { ...DEFAULT_SETTINGS, aloudRate: 1.5, aloudVoices: { en: 'urn:voice:B' } });
    $('#cp-aloud').click();
    $('#cp-aloud-play').click();
    expect(speech.current()).toMatchObject({ rate: 1.5, voice: { name: 'B' } });
    $('#cp-settings').click();
    $('.cp-settings-reset').click();
    expect($<HTMLSelectElement>('#cp-aloud-rate').value).toBe('1');
    expect($<HTMLSelectElement>('#cp-aloud-voice').value).toBe('urn:voice:A');
    expect(speech.current()).toMatchObject({ rate: 1, voice: { name: 'A' } });
  });

  it('uses the stored voice for the article’s language', async () => {
    const speech = fakeSpeech([voice('A', 'en-US', true, true), voice('B', 'en-GB')]);
    await open(speech, { ...DEFAULT_SETTINGS, aloudRate: 0.75, aloudVoices: { en: 'urn:voice:B' } });
    $('#cp-aloud').click();
    expect($<HTMLSelectElement>('#cp-aloud-voice').value).toBe('urn:voice:B');
    expect($<HTMLSelectElement>('#cp-aloud-rate').value).toBe('0.75');
  });

  it('explains when there is no local voice, and shows the controls once one is installed', async () => {
    const speech = fakeSpeech([voice('Google US English', 'en-US', false, true)]);
    await open(speech);
    $('#cp-aloud').click();
    expect($('#cp-aloud-message').hidden).toBe(false);
    expect($('#cp-aloud-message').textContent).toContain('No voice on this device can read aloud');
    expect(document.activeElement?.id).toBe('cp-aloud-message');
    expect(document.querySelector<HTMLElement>('.cp-aloud-controls')?.hidden).toBe(true);
    speech.setVoices([voice('Local', 'en-US')]); // voiceschanged
    expect($('#cp-aloud-message').hidden).toBe(true);
    expect(document.querySelector<HTMLElement>('.cp-aloud-controls')?.hidden).toBe(false);
    expect(document.activeElement?.id).toBe('cp-aloud-play');
  });

  it('explains when the browser has no speech engine at all', async () => {
    await open(undefined);
    $('#cp-aloud').click();
    expect($('#cp-aloud-message').textContent).toContain('no speech engine');
  });

  it('stops speaking when the reader closes', async () => {
    const speech = fakeSpeech();
    const { closeReader } = await open(speech);
    $('#cp-aloud').click();
    $('#cp-aloud-play').click();
    expect(speech.current()).toBeDefined();
    $('#cp-close').click();
    expect(speech.current()).toBeUndefined();
    expect(speech.calls.at(-1)).toBe('cancel');
    await vi.waitFor(() => expect(closeReader).toHaveBeenCalled());
  });
});
