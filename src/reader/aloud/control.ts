/**
 * Read aloud, step 4: the toolbar control. The "Listen" button (#cp-aloud) opens a bar under the toolbar
 * (#cp-aloud-bar): previous / play-pause / stop / next, speed and voice. The plan is made on the first Play (most
 * readers never press it) and again for each new article; speed and the voice per language are settings.
 * Where there is no speech engine or no local voice, the bar says so instead of controls that do nothing.
 */
import { t, uiLanguage } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import { el } from '../dom';
import { createHighlighter, type Highlighter } from './highlighter';
import { planUnits } from './plan';
import { createPlayer, type Player, type PlayerState } from './player';
import type { SpeechEnv, VoiceLike } from './speech';
import { localVoices, pickVoice, primaryLanguage } from './voices';

export interface AloudDeps {
  /** The speech engine, asked for when the bar first opens (undefined: the browser has none). */
  speech(): SpeechEnv | undefined;
  settings(): Settings;
  save(partial: Partial<Settings>): void;
}

export interface AloudControl {
  /** The article now shown (undefined: none, e.g. an error view). Stops reading the previous one. */
  setArticle(article: HTMLElement | undefined): void;
  /** Stops speaking and clears the highlight (the reader closes). */
  stop(): void;
  /** Settings changed elsewhere (another tab, the options page, Reset): speed and voice follow. */
  update(): void;
  readonly player: Player | undefined;
}

/** The speeds offered; a stored speed between them (set elsewhere) is added to the list. */
const RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];

/** A speed as the UI language writes numbers ("1,25" in German); the "×" around it comes from the locale's message. */
function rateText(value: number): string {
  return t('aloud_rateValue', new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: 2 }).format(value));
}

/** A voice's name and its language named in the UI language ("English (United States)"); the raw tag if Intl cannot. */
function voiceText(voice: VoiceLike): string {
  let language = voice.lang;
  try {
    language = new Intl.DisplayNames([uiLanguage()], { type: 'language', languageDisplay: 'standard' }).of(voice.lang) ?? voice.lang;
  } catch {
    // a tag Intl rejects ("xx_YY" from some engines): shown as the engine wrote it
  }
  return t('aloud_voiceOption', voice.name, language);
}

function tool(id: string, label: string, icon: string): HTMLButtonElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', icon);
  svg.append(path);
  return el('button', { type: 'button', id, class: 'cp-tool' }, svg, el('span', {}, label));
}

const ICONS = {
  previous: 'M5 4v12M16 4l-8 6 8 6z',
  play: 'M6 4l10 6-10 6z',
  pause: 'M6 4v12M14 4v12',
  stop: 'M5 5h10v10H5z',
  next: 'M15 4v12M4 4l8 6-8 6z',
};

export function setupAloud(button: HTMLButtonElement, bar: HTMLElement, deps: AloudDeps): AloudControl {
  const win = bar.ownerDocument.defaultView as Window & typeof globalThis;
  const previous = tool('cp-aloud-prev', t('aloud_previous'), ICONS.previous);
  const play = tool('cp-aloud-play', t('aloud_play'), ICONS.play);
  const stopButton = tool('cp-aloud-stop', t('aloud_stop'), ICONS.stop);
  const next = tool('cp-aloud-next', t('aloud_next'), ICONS.next);
  const rate = el('select', { id: 'cp-aloud-rate' });
  const voice = el('select', { id: 'cp-aloud-voice' });
  const controls = el(
    'div',
    { class: 'cp-aloud-controls' },
    previous,
    play,
    stopButton,
    next,
    el('label', { class: 'cp-aloud-field', for: 'cp-aloud-rate' }, el('span', {}, t('aloud_rate')), rate),
    el('label', { class: 'cp-aloud-field', for: 'cp-aloud-voice' }, el('span', {}, t('aloud_voice')), voice),
  );
  // Focusable (tabindex -1) so that opening the bar moves focus onto the explanation and a screen reader reads it.
  const message = el('p', { id: 'cp-aloud-message', class: 'cp-aloud-message', tabindex: '-1', hidden: '' });
  bar.append(controls, message);
  bar.setAttribute('aria-label', t('aloud_barLabel'));
  button.setAttribute('aria-controls', bar.id);
  button.setAttribute('aria-expanded', 'false');

  let env: SpeechEnv | undefined;
  let article: HTMLElement | undefined;
  let player: Player | undefined;
  let highlighter: Highlighter | undefined;
  let voices: VoiceLike[] = [];

  const articleLang = (): string => article?.getAttribute('lang') || bar.ownerDocument.documentElement.lang || '';

  function explain(key: string | undefined): void {
    message.hidden = key === undefined;
    message.textContent = key ? t(key) : '';
    controls.hidden = key !== undefined;
  }

  function showRates(): void {
    const stored = deps.settings().aloudRate;
    const values = [...new Set([...RATES, stored])].sort((a, b) => a - b);
    rate.replaceChildren(...values.map((value) => el('option', { value: String(value) }, rateText(value))));
    rate.value = String(stored);
  }

  /** Lists the local voices (network voices never appear) and picks the one for the article's language. */
  function showVoices(): void {
    if (!env) {
      explain('aloud_noSpeech');
      return;
    }
    voices = localVoices(env.synth.getVoices());
    if (voices.length === 0) {
      explain('aloud_noLocalVoice');
      return;
    }
    const hadFocus = message.ownerDocument.activeElement === message;
    explain(undefined);
    // Voices arrived while the explanation had focus (Chromium lists them late): focus moves on to Play, not to <body>.
    if (hadFocus) play.focus();
    const chosen = pickVoice(voices, articleLang(), deps.settings().aloudVoices[primaryLanguage(articleLang())]);
    voice.replaceChildren(...voices.map((v) => el('option', { value: v.voiceURI }, voiceText(v))));
    if (chosen) voice.value = chosen.voiceURI;
    player?.setVoice(chosen);
  }

  function onState(state: PlayerState): void {
    bar.dataset.state = state;
    const playing = state === 'playing';
    const label = play.querySelector('span');
    if (label) label.textContent = t(playing ? 'aloud_pause' : 'aloud_play');
    play.querySelector('path')?.setAttribute('d', playing ? ICONS.pause : ICONS.play);
  }

  function ensurePlayer(): Player | undefined {
    if (player || !env || !article) return player;
    const units = planUnits(article, articleLang());
    highlighter ??= createHighlighter(win);
    const hl = highlighter;
    player = createPlayer(env, units, {
      rate: deps.settings().aloudRate,
      voice: voices.find((v) => v.voiceURI === voice.value),
      onState,
      onSentence: (at) => {
        const unit = at ? units[at.unit] : undefined;
        const sentence = at ? unit?.sentences[at.sentence] : undefined;
        if (unit && sentence) hl.show(unit, sentence);
        else hl.clear();
      },
    });
    return player;
  }

  function open(): void {
    bar.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    if (!env) {
      env = deps.speech();
      // Chromium lists voices only after `voiceschanged`; the list can also change while the reader is open.
      env?.synth.addEventListener?.('voiceschanged', showVoices);
    }
    showRates();
    showVoices();
    (controls.hidden ? message : play).focus();
  }

  function close(): void {
    bar.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  }

  button.addEventListener('click', () => (bar.hidden ? open() : close()));
  play.addEventListener('click', () => {
    const p = ensurePlayer();
    if (p?.state === 'playing') p.pause();
    else p?.play();
  });
  stopButton.addEventListener('click', () => player?.stop());
  next.addEventListener('click', () => ensurePlayer()?.next());
  previous.addEventListener('click', () => ensurePlayer()?.previous());
  rate.addEventListener('change', () => {
    const value = Number(rate.value);
    deps.save({ aloudRate: value });
    player?.setRate(value);
  });
  voice.addEventListener('change', () => {
    const chosen = voices.find((v) => v.voiceURI === voice.value);
    if (!chosen) return;
    const lang = primaryLanguage(articleLang()) || primaryLanguage(chosen.lang);
    deps.save({ aloudVoices: { ...deps.settings().aloudVoices, [lang]: chosen.voiceURI } });
    player?.setVoice(chosen);
  });
  bar.hidden = true;
  onState('stopped');

  function stop(): void {
    player?.stop();
    highlighter?.clear();
  }

  return {
    setArticle(value) {
      stop();
      player = undefined;
      article = value;
      if (!value) close();
      else if (!bar.hidden) showVoices();
    },
    stop,
    update() {
      if (bar.hidden) return; // read again when the bar opens
      showRates();
      showVoices();
      player?.setRate(deps.settings().aloudRate);
    },
    get player() {
      return player;
    },
  };
}
