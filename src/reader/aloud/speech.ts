/**
 * The slice of the Web Speech API that read aloud uses, so the player runs over the real `speechSynthesis` or a
 * fake (unit tests; the e2e tests install one in the reader frame of the test build, where headless browsers
 * often have no voice at all). https://webaudio.github.io/web-speech-api/#tts-section
 */
export interface VoiceLike {
  voiceURI: string;
  name: string;
  lang: string;
  /** False for a voice that sends the text to a server (Chrome's "Google …" voices): never used (issue 12). */
  localService: boolean;
  default?: boolean;
}

export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: VoiceLike | null;
  onstart: ((event: unknown) => void) | null;
  onend: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export interface SynthLike {
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  pause(): void;
  resume(): void;
  getVoices(): VoiceLike[];
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
  removeEventListener?(type: 'voiceschanged', listener: () => void): void;
}

export interface SpeechEnv {
  synth: SynthLike;
  createUtterance(text: string): UtteranceLike;
}

/** The page's own speech engine, or undefined where the browser has none. */
export function browserSpeech(win: Window & typeof globalThis): SpeechEnv | undefined {
  const synth = win.speechSynthesis;
  const Utterance = win.SpeechSynthesisUtterance;
  if (!synth || typeof Utterance !== 'function') return undefined;
  // SpeechSynthesisVoice and SpeechSynthesisUtterance are structurally these interfaces.
  return { synth: synth as unknown as SynthLike, createUtterance: (text) => new Utterance(text) as unknown as UtteranceLike };
}
