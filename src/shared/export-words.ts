/**
 * The words, locale and Markdown options of an export: words from _locales in the UI language (the core's
 * exports build no sentence: ExportWords, src/core/export/meta.ts), Markdown options from the user's settings.
 * The reader calls this itself; the background calls it for the Chromium offscreen document (which has neither
 * i18n nor storage) and sends the result with the copy request, so a context-menu copy is the reader's copy.
 */
import type { ExportOptions, ExportWords, MarkdownOptions } from '../core/export';
import { WORDING_SLOTS } from '../core/export/meta';
import { t, uiLanguage } from './i18n';
import type { Settings } from './settings';

export function exportWords(): ExportWords {
  return {
    originallyPublishedBy: t('export_originallyPublishedBy', WORDING_SLOTS.source),
    publishedOn: t('export_publishedOn', WORDING_SLOTS.site, WORDING_SLOTS.url),
    untitled: t('reader_untitled'),
    video: t('export_video'),
    audio: t('export_audio'),
    file: t('export_file'),
    updated: t('export_updated', WORDING_SLOTS.date),
    quoteTitle: t('export_quoteTitle', WORDING_SLOTS.title),
    quoteSeparator: t('export_quoteSeparator'),
  };
}

/** The Markdown settings as the core's options (issue 10 §4); `now` is the access date of the front matter. */
export function markdownOptions(settings: Settings, now: Date): MarkdownOptions {
  return { links: settings.mdLinks, images: settings.mdImages, ...(settings.mdFrontMatter ? { frontMatter: { accessed: now } } : {}) };
}

/** Without settings: words and locale only (the core's default Markdown). */
export function exportOptions(settings?: Settings, now = new Date()): ExportOptions {
  return { words: exportWords(), locale: uiLanguage(), ...(settings ? { markdown: markdownOptions(settings, now) } : {}) };
}
