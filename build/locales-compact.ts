/**
 * The store zips carry each locale's messages without what only translators read: `description` (about
 * half of the English file) and placeholders' `example`, and without indentation. The source files in
 * `_locales/` keep them. Chrome and Firefox read only `message` and `placeholders[*].content`
 * (https://developer.chrome.com/docs/extensions/reference/api/i18n#locales-messages-json).
 * Done in writeBundle, on the written files: @crxjs/vite-plugin emits `_locales` itself, late in generateBundle.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** The messages as the browser needs them. Pure, unit-tested. */
export function compactMessages(json: string): string {
  const messages = JSON.parse(json) as Record<string, Entry>;
  const out: Record<string, Pick<Entry, 'message' | 'placeholders'>> = {};
  for (const [key, { message, placeholders }] of Object.entries(messages)) {
    out[key] = { message };
    if (placeholders) {
      out[key].placeholders = Object.fromEntries(Object.entries(placeholders).map(([name, { content }]) => [name, { content }]));
    }
  }
  return JSON.stringify(out);
}

export function localesCompact(): Plugin {
  return {
    name: 'clearpost:locales-compact',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir;
      if (!dir) return;
      for (const fileName of Object.keys(bundle)) {
        if (!/^_locales\/[^/]+\/messages\.json$/.test(fileName)) continue;
        const path = join(dir, fileName);
        writeFileSync(path, compactMessages(readFileSync(path, 'utf8')));
      }
    },
  };
}
