/** Offscreen document entry: answers the background's `offscreenCopy` and `offscreenQuote` only. */
import { handleMessages } from '../shared/messaging';
import type { ToOffscreen } from '../shared/messages';
import { copyArticle } from './copy-article';
import { copyQuote } from './copy-quote';

handleMessages<ToOffscreen>(
  {
    offscreenCopy: async ({ format, source, options }) => ({ text: await copyArticle(document, format, source, options) }),
    offscreenQuote: async ({ selection, source, options }) => ({ text: await copyQuote(document, selection, source, options) }),
  },
  {},
  'background',
);
