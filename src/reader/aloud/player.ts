/**
 * Read aloud, step 2: speaks a plan (./plan.ts) one sentence per utterance over a speechSynthesis-like engine.
 * One utterance per sentence, not one per article: the sentence being spoken is then known without `boundary`
 * events (which many local voices never fire), and Chromium's cut-off of long utterances (~15 s,
 * https://issues.chromium.org/issues/41294170) never applies.
 *
 * `cancel()` makes engines fire `end` or `error` ('interrupted'/'canceled') on the utterance it stopped, at
 * once or later; every utterance carries the generation it was spoken in and stale events are ignored.
 */
import type { Unit } from './plan';
import type { SpeechEnv, UtteranceLike, VoiceLike } from './speech';

export type PlayerState = 'stopped' | 'playing' | 'paused';

export interface Position {
  unit: number;
  sentence: number;
}

export interface PlayerOptions {
  rate: number;
  voice: VoiceLike | undefined;
  /** The sentence now spoken, or undefined when nothing is (stopped, finished). */
  onSentence(position: Position | undefined): void;
  onState(state: PlayerState): void;
}

export interface Player {
  readonly state: PlayerState;
  readonly position: Position;
  /** Starts (from the current paragraph) or resumes. */
  play(): void;
  pause(): void;
  /** Stops speaking; Play starts again at the beginning of the paragraph that was being read. */
  stop(): void;
  /** The next paragraph (heading, caption…); past the last one, stops. */
  next(): void;
  /** The start of this paragraph if past its first sentence, else the previous paragraph. */
  previous(): void;
  setRate(rate: number): void;
  setVoice(voice: VoiceLike | undefined): void;
}

export function createPlayer(env: SpeechEnv, units: readonly Unit[], options: PlayerOptions): Player {
  let state: PlayerState = 'stopped';
  let position: Position = { unit: 0, sentence: 0 };
  let rate = options.rate;
  let voice = options.voice;
  let generation = 0;
  /** Held so the engine's events reach us (an unreferenced utterance can be collected before it ends in Chromium). */
  let current: UtteranceLike | undefined;

  function setState(next: PlayerState): void {
    if (state === next) return;
    state = next;
    options.onState(next);
  }

  function halt(): void {
    generation++;
    current = undefined;
    env.synth.cancel();
  }

  function speakAt(at: Position): void {
    const unit = units[at.unit];
    const sentence = unit?.sentences[at.sentence];
    if (!unit || !sentence) {
      finish();
      return;
    }
    // A paused engine stays paused across cancel() in Chromium: resume first, or the new sentence never starts.
    const wasPaused = state === 'paused';
    halt();
    if (wasPaused) env.synth.resume();
    position = at;
    const mine = generation;
    const utterance = env.createUtterance(sentence.text);
    utterance.lang = unit.lang;
    utterance.rate = rate;
    if (voice) utterance.voice = voice;
    utterance.onend = () => {
      if (mine === generation) advance();
    };
    utterance.onerror = (event) => {
      if (mine !== generation) return;
      const error = (event as { error?: string } | undefined)?.error;
      // Interrupted by another page's speech: go on; anything else (no voice, synthesis failed): stop, no loop.
      if (error === 'interrupted' || error === 'canceled') {
        advance();
        return;
      }
      stop();
    };
    current = utterance;
    setState('playing');
    options.onSentence(position);
    env.synth.speak(utterance);
  }

  function advance(): void {
    const unit = units[position.unit];
    if (unit && position.sentence + 1 < unit.sentences.length) speakAt({ unit: position.unit, sentence: position.sentence + 1 });
    else if (position.unit + 1 < units.length) speakAt({ unit: position.unit + 1, sentence: 0 });
    else finish();
  }

  function finish(): void {
    halt();
    position = { unit: 0, sentence: 0 };
    setState('stopped');
    options.onSentence(undefined);
  }

  function stop(): void {
    halt();
    position = { unit: position.unit, sentence: 0 };
    setState('stopped');
    options.onSentence(undefined);
  }

  return {
    get state() {
      return state;
    },
    get position() {
      return { ...position };
    },
    play() {
      if (state === 'playing') return;
      if (state === 'paused' && current) {
        env.synth.resume();
        setState('playing');
        return;
      }
      speakAt(position);
    },
    pause() {
      if (state !== 'playing') return;
      env.synth.pause();
      setState('paused');
    },
    stop,
    next() {
      if (position.unit + 1 < units.length) speakAt({ unit: position.unit + 1, sentence: 0 });
      else finish();
    },
    previous() {
      if (position.sentence > 0 && state !== 'stopped') speakAt({ unit: position.unit, sentence: 0 });
      else speakAt({ unit: Math.max(0, position.unit - 1), sentence: 0 });
    },
    setRate(value) {
      if (value === rate) return;
      rate = value;
      if (state === 'playing') speakAt(position); // the sentence again, at the new rate
    },
    setVoice(value) {
      if (value === voice) return;
      voice = value;
      if (state === 'playing') speakAt(position);
    },
  };
}
