/**
 * A speechSynthesis stand-in that behaves like the engines where it matters to the player: one utterance at a
 * time, a queue, and cancel() firing `error: 'interrupted'` on the utterance it cut off (Chromium does; Firefox
 * fires `end`). Tests make the current utterance finish with `finish()`.
 */
import type { SpeechEnv, SynthLike, UtteranceLike, VoiceLike } from '../../../../src/reader/aloud/speech';

export function voice(name: string, lang: string, localService = true, isDefault = false): VoiceLike {
  return { voiceURI: `urn:voice:${name}`, name, lang, localService, default: isDefault };
}

export interface FakeSpeech extends SpeechEnv {
  synth: SynthLike & { paused: boolean; speaking: boolean };
  spoken: UtteranceLike[];
  calls: string[];
  /** The utterance being spoken (the queue's head). */
  current(): UtteranceLike | undefined;
  /** Ends the current utterance normally; the next queued one starts. */
  finish(): void;
  setVoices(voices: VoiceLike[]): void;
}

export function fakeSpeech(initial: VoiceLike[] = [voice('Local English', 'en-US', true, true)]): FakeSpeech {
  let voices = initial;
  const queue: UtteranceLike[] = [];
  const spoken: UtteranceLike[] = [];
  const calls: string[] = [];
  const listeners = new Set<() => void>();
  const start = (): void => queue[0]?.onstart?.({});
  const synth = {
    paused: false,
    get speaking() {
      return queue.length > 0;
    },
    speak(u: UtteranceLike) {
      calls.push(`speak:${u.text}`);
      spoken.push(u);
      queue.push(u);
      if (queue.length === 1) start();
    },
    cancel() {
      calls.push('cancel');
      const cut = queue.splice(0);
      cut[0]?.onerror?.({ error: 'interrupted' });
    },
    pause() {
      calls.push('pause');
      this.paused = true;
    },
    resume() {
      calls.push('resume');
      this.paused = false;
    },
    getVoices: () => voices,
    addEventListener: (_type: 'voiceschanged', l: () => void) => listeners.add(l),
    removeEventListener: (_type: 'voiceschanged', l: () => void) => listeners.delete(l),
  };
  return {
    synth,
    spoken,
    calls,
    createUtterance: (text) => ({ text, lang: '', rate: 1, voice: null, onstart: null, onend: null, onerror: null }),
    current: () => queue[0],
    finish() {
      const done = queue.shift();
      done?.onend?.({});
      start();
    },
    setVoices(next) {
      voices = next;
      for (const l of listeners) l();
    },
  };
}
