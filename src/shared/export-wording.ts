/**
 * The words and locale of an export, from _locales in the UI language: the core's exports build no
 * sentence (src/core/export/wording.ts). The reader calls this itself; the background calls it for the
 * Chromium offscreen document (which has no i18n API) and sends the result with the copy request.
 */
import type { ExportOptions, ExportWording } from '../core/export';
import { WORDING_SLOTS } from '../core/export/wording';
import { t, uiLanguage } from './i18n';

export function exportWording(): ExportWording {
  return {
    originallyPublishedBy: t('export_originallyPublishedBy', WORDING_SLOTS.source),
    publishedOn: t('export_publishedOn', WORDING_SLOTS.site, WORDING_SLOTS.url),
    untitled: t('reader_untitled'),
  };
}

export function exportOptions(): ExportOptions {
  return { wording: exportWording(), locale: uiLanguage() };
}
