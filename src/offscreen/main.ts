/** Offscreen document entry: answers the background's `offscreenCopy` only. */
import { handleMessages } from '../shared/messaging';
import type { ToOffscreen } from '../shared/messages';
import { copyArticle } from './copy-article';

handleMessages<ToOffscreen>(
  { offscreenCopy: async ({ format, article }) => ({ text: await copyArticle(document, format, article) }) },
  {},
  'background',
);
