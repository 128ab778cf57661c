/**
 * Which voices read aloud may use and which one it starts with. Local voices only (`localService`): a network
 * voice would send the article's text to a speech server, which Clearpost never does (issue 12, README Privacy).
 */
import type { VoiceLike } from './speech';

/** The primary language subtag, lower case ("pt-BR" → "pt"): voices are matched, and choices stored, by it. */
export function primaryLanguage(lang: string): string {
  return (lang.split(/[-_]/)[0] ?? '').toLowerCase();
}

export function localVoices(voices: readonly VoiceLike[]): VoiceLike[] {
  return voices.filter((voice) => voice.localService === true);
}

/**
 * The voice for an article in `lang`: the one stored for that language if it is still installed and local; else
 * a local voice of that exact language and region, then of the language (the browser's default first); else (an
 * article without a language, or one no installed voice speaks) the default local voice, which the reader can
 * change in the voice list. Undefined only when there is no local voice at all.
 */
export function pickVoice(voices: readonly VoiceLike[], lang: string, storedURI?: string): VoiceLike | undefined {
  const local = localVoices(voices);
  if (storedURI) {
    const stored = local.find((voice) => voice.voiceURI === storedURI);
    if (stored) return stored;
  }
  const want = lang.toLowerCase().replace(/_/g, '-');
  const primary = primaryLanguage(want);
  const byDefault = (a: VoiceLike, b: VoiceLike): number => Number(Boolean(b.default)) - Number(Boolean(a.default));
  const exact = local.filter((voice) => voice.lang.toLowerCase().replace(/_/g, '-') === want).sort(byDefault);
  if (exact[0]) return exact[0];
  const sameLanguage = local.filter((voice) => primaryLanguage(voice.lang) === primary).sort(byDefault);
  return sameLanguage[0] ?? [...local].sort(byDefault)[0];
}
