/** Offscreen document entry: answers the background's `offscreenCopy` only. */
import { handleMessages } from '../shared/messaging';
import type { ToOffscreen } from '../shared/messages';
import { copyArticle } from './copy-article';

handleMessages<ToOffscreen>(
  { offscreenCopy: async ({ format, source, options }) => ({ text: await copyArticle(document, format, source, options) }) },
  {},
  'background',
);
