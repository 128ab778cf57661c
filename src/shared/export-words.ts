/** The export wording (media line labels, src/core/export/media.ts) in the UI language, from _locales. */
import type { ExportWords } from '../core/export/meta';
import { t } from './i18n';

export function exportWords(): ExportWords {
  return { video: t('export_video'), audio: t('export_audio'), file: t('export_file'), updated: t('export_updated') };
}
