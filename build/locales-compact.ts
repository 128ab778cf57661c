/**
 * The store zips carry each locale's messages without what only translators read: `description` (about
 * half of the English file) and placeholders' `example`, and without indentation. The source files in
 * `_locales/` keep them. Chrome and Firefox read only `message` and `placeholders[*].content`
 * (https://developer.chrome.com/docs/extensions/reference/api/i18n#locales-messages-json).
 * A message that a locale words exactly as the default locale does ("Markdown", "BibTeX", "Clearpost") is left
 * out of that locale's file: both browsers look a message up in the UI locale, then in `default_locale`
 * (https://developer.chrome.com/docs/extensions/reference/api/i18n#how-to-support-multiple-languages,
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/Internationalization#localized_string_selection).
 * The source files keep every key (test/unit/extension/locales.test.ts checks that).
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

type Compact = Pick<Entry, 'message' | 'placeholders'>;

function compact(json: string): Record<string, Compact> {
  const out: Record<string, Compact> = {};
  for (const [key, { message, placeholders }] of Object.entries(JSON.parse(json) as Record<string, Entry>)) {
    out[key] = { message };
    if (placeholders) {
      out[key].placeholders = Object.fromEntries(Object.entries(placeholders).map(([name, { content }]) => [name, { content }]));
    }
  }
  return out;
}

/**
 * The messages as the browser needs them. `fallbackJson`: the default locale's messages; entries equal to
 * theirs are dropped (not passed for the default locale itself). Pure, unit-tested.
 */
export function compactMessages(json: string, fallbackJson?: string): string {
  const messages = compact(json);
  const fallback = fallbackJson === undefined ? {} : compact(fallbackJson);
  const same = (key: string) => key in fallback && JSON.stringify(fallback[key]) === JSON.stringify(messages[key]);
  return JSON.stringify(Object.fromEntries(Object.entries(messages).filter(([key]) => !same(key))));
}

export function localesCompact(defaultLocale: string): Plugin {
  return {
    name: 'clearpost:locales-compact',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir;
      if (!dir) return;
      const defaultFile = `_locales/${defaultLocale}/messages.json`;
      const fallback = readFileSync(join(dir, defaultFile), 'utf8');
      for (const fileName of Object.keys(bundle)) {
        if (!/^_locales\/[^/]+\/messages\.json$/.test(fileName)) continue;
        const path = join(dir, fileName);
        writeFileSync(path, compactMessages(readFileSync(path, 'utf8'), fileName === defaultFile ? undefined : fallback));
      }
    },
  };
}
