/**
 * The words and locale of an export, from _locales in the UI language: the core's exports build no
 * sentence (ExportWords, src/core/export/meta.ts). The reader calls this itself; the background calls it
 * for the Chromium offscreen document (which has no i18n API) and sends the result with the copy request.
 */
import type { ExportOptions, ExportWords } from '../core/export';
import { WORDING_SLOTS } from '../core/export/meta';
import { t, uiLanguage } from './i18n';

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

export function exportOptions(): ExportOptions {
  return { words: exportWords(), locale: uiLanguage() };
}
