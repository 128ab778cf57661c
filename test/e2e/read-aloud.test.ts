/**
 * Read aloud (issue 12) in both browsers. Headless browsers here usually have no voice at all, so the main case
 * installs a recording speechSynthesis stand-in in the reader frame (the test build reads
 * `window.__clearpostTestSpeech`, src/reader/main.ts; store builds never do) and checks that the control drives
 * it: the article's sentences in order with a local voice, the sentence highlighted with the CSS Custom Highlight
 * API, pause, next paragraph, stop. The second case runs on the browser's real engine and checks the control
 * tells the truth about it: controls when a local voice exists, the explanation when none does.
 */
import { expect, test } from 'vitest';
import type { Frame } from 'puppeteer-core';
import { clickInFrame, waitInFrame } from './support/frame-actions';
import { openReader } from './support/reader';
import { describeInBrowsers } from './support/suite';

interface Recorded {
  calls: string[];
  current: { text: string; lang: string; rate: number; voice: string | null } | null;
  highlighted: string | null;
}

/** Installs the recording engine in the reader frame: one local and one network voice; `finish()` ends the current utterance. */
async function installFakeSpeech(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    type U = {
      text: string;
      lang: string;
      rate: number;
      voice: { name: string } | null;
      onend: (() => void) | null;
      onerror: ((e: unknown) => void) | null;
    };
    const calls: string[] = [];
    const queue: U[] = [];
    const voices = [
      { voiceURI: 'urn:test:network', name: 'Network voice', lang: 'en-US', localService: false, default: true },
      { voiceURI: 'urn:test:local', name: 'Local voice', lang: 'en-US', localService: true, default: false },
    ];
    const w = window as unknown as Record<string, unknown>;
    w.__clearpostTestSpeech = {
      synth: {
        speak: (u: U) => {
          calls.push(`speak:${u.text}`);
          queue.push(u);
        },
        cancel: () => {
          calls.push('cancel');
          queue.splice(0)[0]?.onerror?.({ error: 'interrupted' });
        },
        pause: () => calls.push('pause'),
        resume: () => calls.push('resume'),
        getVoices: () => voices,
      },
      createUtterance: (text: string) => ({ text, lang: '', rate: 1, voice: null, onstart: null, onend: null, onerror: null }),
    };
    w.__speechRecord = () => {
      const u = queue[0];
      const highlight = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('cp-aloud');
      const range = highlight ? [...highlight][0] : undefined;
      return {
        calls: [...calls],
        current: u ? { text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.name ?? null } : null,
        highlighted: range ? range.toString() : null,
      };
    };
    w.__speechFinish = () => queue.shift()?.onend?.();
  });
}

const record = (frame: Frame): Promise<Recorded> => frame.evaluate(() => (window as unknown as { __speechRecord: () => Recorded }).__speechRecord());

describeInBrowsers('read aloud', (env) => {
  test('the Listen control drives speechSynthesis: local voice only, sentence highlighted, pause, next, stop', async () => {
    const { h, sites } = env();
    const page = await h.open(sites.site('pretty').url('seed'));
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    await installFakeSpeech(frame);
    await clickInFrame(frame, '#cp-aloud');
    await waitInFrame(frame, () => document.querySelector('#cp-aloud-bar:not([hidden])') !== null);
    // Only the local voice is offered.
    expect(await frame.evaluate(() => [...document.querySelectorAll('#cp-aloud-voice option')].map((o) => o.textContent))).toEqual([
      'Local voice — English (United States)',
    ]);

    await clickInFrame(frame, '#cp-aloud-play');
    const title = await frame.evaluate(() => document.querySelector('main#reader article h1')?.textContent?.trim() ?? '');
    let now = await record(frame);
    expect(now.current).toMatchObject({ text: title, voice: 'Local voice', rate: 1 });
    expect(now.highlighted).toBe(title);
    expect(await frame.evaluate(() => document.querySelector('#cp-aloud-play')?.textContent?.trim())).toBe('Pause');

    // The engine finishes the title: the first sentence of the post follows, highlighted.
    await frame.evaluate(() => (window as unknown as { __speechFinish: () => void }).__speechFinish());
    now = await record(frame);
    // The next block in document order: the featured image's caption (the seed has one), else the post's first paragraph.
    const nextBlock = await frame.evaluate(
      () => document.querySelector('main#reader article :is(figcaption, .cp-content p)')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    );
    expect(now.current?.text).toBeTruthy();
    expect(nextBlock.startsWith(now.current?.text ?? '\u0000'), `${now.current?.text} / ${nextBlock}`).toBe(true);
    expect(now.highlighted?.replace(/\s+/g, ' ')).toBe(now.current?.text);

    await clickInFrame(frame, '#cp-aloud-play'); // Pause
    expect((await record(frame)).calls.at(-1)).toBe('pause');
    await clickInFrame(frame, '#cp-aloud-next');
    now = await record(frame);
    expect(now.calls.slice(-3, -1)).toEqual(['cancel', 'resume']);
    expect(nextBlock.startsWith(now.current?.text ?? '')).toBe(false); // the next paragraph, not this one again

    await clickInFrame(frame, '#cp-aloud-stop');
    now = await record(frame);
    expect(now.calls.at(-1)).toBe('cancel');
    expect(now.current).toBeNull();
    expect(now.highlighted).toBeNull();
    // Nothing of the code blocks was read, and every utterance was a sentence of the article.
    const spoken = now.calls.filter((c) => c.startsWith('speak:')).map((c) => c.slice(6));
    const articleText = await frame.evaluate(() => document.querySelector('main#reader article')?.textContent?.replace(/\s+/g, ' ') ?? '');
    for (const sentence of spoken) expect(articleText).toContain(sentence);
  });

  test('on the browser’s own engine the control shows voices or explains that there is no local voice', async () => {
    const { h, sites } = env();
    const page = await h.open(sites.site('pretty').url('seed'));
    const { frame } = await openReader(h, page);
    await clickInFrame(frame, '#cp-aloud');
    await waitInFrame(frame, () => document.querySelector('#cp-aloud-bar:not([hidden])') !== null);
    // Chromium fills the voice list after `voiceschanged`: give it a moment, then compare with what the API says.
    await new Promise((r) => setTimeout(r, 1_000));
    const shown = await frame.evaluate(() => ({
      local: (window.speechSynthesis?.getVoices() ?? []).filter((v) => v.localService).map((v) => v.voiceURI),
      options: [...document.querySelectorAll<HTMLOptionElement>('#cp-aloud-voice option')].map((o) => o.value),
      message: document.querySelector<HTMLElement>('#cp-aloud-message')?.hidden
        ? ''
        : (document.querySelector('#cp-aloud-message')?.textContent ?? ''),
      controlsHidden: document.querySelector<HTMLElement>('.cp-aloud-controls')?.hidden,
    }));
    if (shown.local.length === 0) {
      expect(shown.message).toMatch(/No voice on this device|no speech engine/);
      expect(shown.controlsHidden).toBe(true);
    } else {
      expect(shown.options).toEqual(shown.local);
      expect(shown.controlsHidden).toBe(false);
    }
  });
});
