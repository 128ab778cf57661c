/** Offscreen document entry: answers the background's `offscreenCopy` only. */
import { handleMessages } from '../shared/messaging';
import type { ToOffscreen } from '../shared/messages';
import { copyArticle } from './copy-article';

handleMessages<ToOffscreen>(
  { offscreenCopy: async ({ format, source, words }) => ({ text: await copyArticle(document, format, source, words) }) },
  {},
  'background',
);
