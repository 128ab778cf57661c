// @vitest-environment node
/**
 * Every locale says everything English says, nothing more, with the same placeholders; and every English
 * key is used by the extension (src/ or manifest.json). A translation is data only, so this is what keeps it
 * whole: a key missing in `ja` would show English in the middle of Japanese, a placeholder lost in `ar`
 * would drop the site's name from a sentence, an unused key is a translation nobody reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> };
type Messages = Record<string, Entry>;

const root = path.resolve(import.meta.dirname, '../../..');
const read = (locale: string): Messages => JSON.parse(readFileSync(path.join(root, '_locales', locale, 'messages.json'), 'utf8')) as Messages;
const en = read('en');
const locales = readdirSync(path.join(root, '_locales')).filter((l) => l !== 'en');

/**
 * What a locale may write exactly as English: names, formats and unit symbols in every locale, and words that
 * are the same in that language (`locale/key`: German "Text", "Sepia"). Sentences never are.
 */
const SAME_AS_ENGLISH = new Set([
  'extName',
  'reader_copyMarkdown',
  'reader_copyHtml',
  'options_sitePlaceholder',
  'reader_readingTimeUnit',
  'settings_unitPx',
  'settings_unitEm',
  'aloud_rateValue',
  'settings_font_hyperlegible',
  // Citation styles and a file format are proper names (issue 10 §3, §4); ja, zh_CN and ar still write them their way.
  'cite_style_apa',
  'cite_style_mla',
  'cite_style_harvard',
  'cite_style_bibtex',
  'cite_style_ris',
  'cite_style_csl',
  'save_markdown',
  'de/aloud_pause',
  'fr/aloud_pause',
  'de/reader_copyText',
  'de/settings_theme_sepia',
  'es/settings_theme_sepia',
  'de/export_video',
  'de/export_audio',
  'fr/export_audio',
  'es/export_audio',
  // A comma and a space between a citation's parts, and English quotation marks in Brazilian Portuguese.
  'de/export_quoteSeparator',
  'fr/export_quoteSeparator',
  'es/export_quoteSeparator',
  'pt_BR/export_quoteSeparator',
  'pt_BR/export_quoteTitle',
  // WordPress's own Brazilian Portuguese says "Posts" and "Tag" (as the reader's pt_BR does: "Próximo post").
  'pt_BR/reader_listPosts',
  'pt_BR/reader_listTag',
]);

/**
 * What a message substitutes, normalised: the named placeholders it uses (lower case) with their content,
 * and the $1..$9 it uses directly. Two messages with the same shape put the same values in.
 */
function placeholderShape(entry: Entry): string[] {
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([name, ph]) => [name.toLowerCase(), ph.content]));
  const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
  const shape = new Set<string>();
  for (const name of used) shape.add(`${name}=${named.get(name) ?? '(undeclared)'}`);
  for (const name of named.keys()) if (!used.includes(name)) shape.add(`${name}(declared, unused)`);
  // $1 directly in the text (after removing $NAME$ and $$ escapes).
  const bare = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, '').replace(/\$\$/g, '');
  for (const m of bare.matchAll(/\$(\d)/g)) shape.add(`$${m[1]}`);
  return [...shape].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|html)$/.test(f))
    .map((f) => readFileSync(path.join(root, dir, f), 'utf8'));
}

/** Keys the code names: quoted literals, data-i18n attributes, __MSG_x__, and `prefix_${v}` keys whose value is a literal in src. */
function usedKeys(code: string, keys: string[]): Set<string> {
  const used = new Set<string>();
  const literals = new Set([...code.matchAll(/['"`]([A-Za-z0-9_@-]+)['"`]/g)].map((m) => m[1]!));
  const prefixes = [...code.matchAll(/\bt\(`([A-Za-z0-9_]+)\$\{/g)].map((m) => m[1]!);
  for (const key of keys) {
    if (literals.has(key) || code.includes(`__MSG_${key}__`)) used.add(key);
    else if (prefixes.some((p) => key.startsWith(p) && literals.has(key.slice(p.length)))) used.add(key);
  }
  return used;
}

describe('locales', () => {
  it('ships the issue-12 languages', () => {
    expect(locales.sort()).toEqual(expect.arrayContaining(['ar', 'de', 'es', 'fr', 'ja', 'pt_BR', 'zh_CN']));
  });

  it('every English key is used by src/ or manifest.json', () => {
    const code = [...sourceFiles('src'), readFileSync(path.join(root, 'manifest.json'), 'utf8')].join('\n');
    const used = usedKeys(code, Object.keys(en));
    expect(Object.keys(en).filter((k) => !used.has(k))).toEqual([]);
  });

  /**
   * WCAG 2.5.3 Label in Name: a button whose accessible name (data-i18n-label) differs from its visible word
   * (data-i18n inside it) must contain that word, in every language, so a voice-control user can say what they
   * see. axe found this in Arabic (visible "الإعدادات", name "إعدادات القارئ"), only where the word is on screen.
   */
  it.each(['en', ...locales])('%s: every labelled button’s name contains its visible word', (locale) => {
    const messages = read(locale);
    const html = ['src/reader/reader.html', 'src/options/options.html'].map((f) => readFileSync(path.join(root, f), 'utf8')).join('\n');
    const pairs = [...html.matchAll(/<(button|a)\b[^>]*data-i18n-label="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/g)].flatMap((m) =>
      [...m[3]!.matchAll(/data-i18n="([^"]+)"/g)].map((v) => [m[2]!, v[1]!] as const),
    );
    expect(pairs.length).toBeGreaterThan(4);
    const mismatched = pairs
      .filter(
        ([label, visible]) =>
          !messages[label]!.message.toLocaleLowerCase(locale.replace('_', '-')).includes(
            messages[visible]!.message.toLocaleLowerCase(locale.replace('_', '-')),
          ),
      )
      .map(([label, visible]) => `${label} “${messages[label]?.message}” lacks ${visible} “${messages[visible]?.message}”`);
    expect(mismatched).toEqual([]);
  });

  it('every English message has a description for translators and a well-formed shape', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(entry.description, key).toBeTruthy();
      expect(
        placeholderShape(entry).filter((s) => s.includes('(')),
        key,
      ).toEqual([]);
    }
  });

  describe.each(locales)('%s', (locale) => {
    const messages = read(locale);

    it('has every English key and no other', () => {
      expect(
        Object.keys(en).filter((k) => !(k in messages)),
        'missing',
      ).toEqual([]);
      expect(
        Object.keys(messages).filter((k) => !(k in en)),
        'not in en',
      ).toEqual([]);
    });

    it('uses the same placeholders as English in every message', () => {
      for (const [key, entry] of Object.entries(messages)) {
        if (en[key]) expect(placeholderShape(entry), `${locale}/${key}`).toEqual(placeholderShape(en[key]));
      }
    });

    it('translates: no empty message, and no sentence copied from English', () => {
      for (const [key, entry] of Object.entries(messages)) {
        expect(entry.message.trim(), `${locale}/${key}`).not.toBe('');
        if (!SAME_AS_ENGLISH.has(key) && !SAME_AS_ENGLISH.has(`${locale}/${key}`) && en[key])
          expect(entry.message, `${locale}/${key} is English`).not.toBe(en[key].message);
      }
      expect(['short', 'long', 'narrow']).toContain(messages.reader_readingTimeUnit?.message);
    });

    it('keeps the store limits (name 75, description 132 characters)', () => {
      expect(messages.extName?.message.length ?? 0).toBeLessThanOrEqual(75);
      expect(messages.extDescription?.message.length ?? 0).toBeLessThanOrEqual(132);
    });
  });
});
