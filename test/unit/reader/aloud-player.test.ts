/** Read aloud's player over a fake speechSynthesis, its voice choice and its highlighter (the wrapper fallback). */
import { describe, expect, it, vi } from 'vitest';
import { createHighlighter } from '../../../src/reader/aloud/highlighter';
import { planUnits } from '../../../src/reader/aloud/plan';
import { createPlayer, type Position } from '../../../src/reader/aloud/player';
import { pickVoice } from '../../../src/reader/aloud/voices';
import { fakeSpeech, voice } from './support/fake-speech';

function units(html = '<h1>Title</h1><p>One. Two.</p><p>Three.</p>') {
  const node = document.createElement('article');
  node.setAttribute('lang', 'en-GB');
  node.innerHTML = html;
  document.body.replaceChildren(node);
  return { node, units: planUnits(node) };
}

function setup(html?: string) {
  const speech = fakeSpeech();
  const { node, units: list } = units(html);
  const sentences: Array<Position | undefined> = [];
  const states: string[] = [];
  const player = createPlayer(speech, list, {
    rate: 1.25,
    voice: speech.synth.getVoices()[0],
    onSentence: (p) => sentences.push(p),
    onState: (s) => states.push(s),
  });
  return { speech, node, player, sentences, states };
}

describe('player', () => {
  it('speaks sentence by sentence to the end, with the language, rate and voice', () => {
    const { speech, player, states } = setup();
    player.play();
    expect(speech.current()).toMatchObject({ text: 'Title', lang: 'en-GB', rate: 1.25, voice: { name: 'Local English' } });
    speech.finish();
    speech.finish();
    speech.finish();
    expect(speech.current()?.text).toBe('Three.');
    speech.finish();
    expect(speech.spoken.map((u) => u.text)).toEqual(['Title', 'One.', 'Two.', 'Three.']);
    expect(states).toEqual(['playing', 'stopped']);
    expect(player.position).toEqual({ unit: 0, sentence: 0 });
  });

  it('pauses and resumes the same utterance', () => {
    const { speech, player } = setup();
    player.play();
    player.pause();
    expect(player.state).toBe('paused');
    expect(speech.synth.paused).toBe(true);
    player.play();
    expect(speech.calls.slice(-2)).toEqual(['pause', 'resume']);
    expect(speech.spoken).toHaveLength(1);
    expect(player.state).toBe('playing');
  });

  it('next and previous move by paragraph; a cancelled utterance does not advance the reading', () => {
    const { speech, player, sentences } = setup();
    player.play();
    player.next(); // cancel fires 'interrupted' on "Title": ignored, no skip to "One." twice
    expect(speech.current()?.text).toBe('One.');
    speech.finish();
    expect(speech.current()?.text).toBe('Two.');
    player.previous(); // past the first sentence: back to the paragraph's start
    expect(speech.current()?.text).toBe('One.');
    player.previous(); // at its start: the previous paragraph
    expect(speech.current()?.text).toBe('Title');
    player.next();
    player.next();
    expect(speech.current()?.text).toBe('Three.');
    player.next(); // past the last: stops
    expect(player.state).toBe('stopped');
    expect(sentences.at(-1)).toBeUndefined();
    expect(speech.spoken.map((u) => u.text)).toEqual(['Title', 'One.', 'Two.', 'One.', 'Title', 'One.', 'Three.']);
  });

  it('stop cancels and Play starts again at that paragraph', () => {
    const { speech, player, states } = setup();
    player.play();
    player.next();
    speech.finish(); // now "Two."
    player.stop();
    expect(speech.calls.at(-1)).toBe('cancel');
    expect(speech.current()).toBeUndefined();
    expect(states.at(-1)).toBe('stopped');
    player.play();
    expect(speech.current()?.text).toBe('One.');
  });

  it('a new rate or voice re-reads the current sentence with it', () => {
    const { speech, player } = setup();
    player.play();
    player.setRate(2);
    expect(speech.current()).toMatchObject({ text: 'Title', rate: 2 });
    const other = voice('Other', 'en-GB');
    player.setVoice(other);
    expect(speech.current()?.voice).toBe(other);
  });

  it('resumes a paused engine before speaking elsewhere (Chromium keeps paused across cancel)', () => {
    const { speech, player } = setup();
    player.play();
    player.pause();
    player.next();
    expect(speech.synth.paused).toBe(false);
    expect(speech.current()?.text).toBe('One.');
    expect(player.state).toBe('playing');
  });

  it('stops on an engine error instead of looping', () => {
    const { speech, player } = setup();
    player.play();
    speech.current()?.onerror?.({ error: 'synthesis-failed' });
    expect(player.state).toBe('stopped');
    expect(speech.spoken).toHaveLength(1);
  });
});

describe('pickVoice', () => {
  const voices = [
    voice('Network US', 'en-US', false, true),
    voice('Local US', 'en-US'),
    voice('Local GB', 'en-GB'),
    voice('Local FR', 'fr-FR', true, true),
    voice('Network DE', 'de-DE', false),
  ];

  it('never picks a network voice', () => {
    expect(pickVoice(voices, 'de-DE')?.name).toBe('Local FR'); // no local German: the default local voice
    expect(pickVoice([voice('Net', 'en', false)], 'en')).toBeUndefined();
    expect(pickVoice(voices, 'en', 'urn:voice:Network US')?.name).toBe('Local US');
  });

  it('follows the article language, region first, then a stored choice', () => {
    expect(pickVoice(voices, 'en-GB')?.name).toBe('Local GB');
    expect(pickVoice(voices, 'en_us')?.name).toBe('Local US');
    expect(pickVoice(voices, 'en-AU')?.name).toBe('Local US');
    expect(pickVoice(voices, 'en-GB', 'urn:voice:Local US')?.name).toBe('Local US');
    expect(pickVoice(voices, 'en-GB', 'urn:voice:uninstalled')?.name).toBe('Local GB');
  });
});

describe('highlighter without the CSS Highlight API (jsdom): wrapper span', () => {
  it('wraps exactly the spoken sentence and puts the same Text nodes back', () => {
    const { node, units: list } = units('<p>Read <strong>this part</strong> first. Then that.</p>');
    const before = node.innerHTML;
    const texts = [...node.querySelectorAll('p, strong')].flatMap((e) => [...e.childNodes].filter((n) => n.nodeType === 3));
    const [unit] = list;
    if (!unit) throw new Error('no unit');
    const hl = createHighlighter(window);
    const scroll = vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
    hl.show(unit, unit.sentences[0] ?? unit.sentences[1]!);
    expect([...node.querySelectorAll('.cp-aloud-sentence')].map((s) => s.textContent).join('')).toBe('Read this part first.');
    hl.show(unit, unit.sentences[1]!);
    expect([...node.querySelectorAll('.cp-aloud-sentence')].map((s) => s.textContent).join('')).toBe('Then that.');
    hl.clear();
    expect(node.innerHTML).toBe(before);
    const after = [...node.querySelectorAll('p, strong')].flatMap((e) => [...e.childNodes].filter((n) => n.nodeType === 3));
    expect(after).toEqual(texts);
    expect(after.every((n, i) => n === texts[i])).toBe(true);
    scroll.mockRestore();
  });
});
