/**
 * Every string key the reader and options UI ask for exists in the English messages, so users never
 * see a bare key (obsidian-clipper#914). Keys built at run time are listed from their sources of truth.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { messages } from './support/browser-mock';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { CITE_STYLES, FONTS, IMAGE_LOADING, MD_IMAGES, MD_LINKS, THEMES } = await import('../../../src/shared/settings');
const { ERROR_DETAILS, ERROR_KINDS } = await import('../../../src/core/errors');

const root = resolve(import.meta.dirname, '../../..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : /\.(ts|html)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of [...files(join(root, 'src/reader')), ...files(join(root, 'src/options'))]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(m[1] ?? '');
    for (const m of text.matchAll(/data-i18n(?:-label)?="([A-Za-z0-9_]+)"/g)) keys.add(m[1] ?? '');
    for (const m of text.matchAll(/\{ key: '\w+', label: '(\w+)', unit: '(\w+)' \}/g)) {
      keys.add(m[1] ?? '');
      keys.add(m[2] ?? '');
    }
  }
  for (const format of ['text', 'markdown', 'html']) keys.add(`reader_copied_${format}`);
  for (const theme of THEMES) keys.add(`settings_theme_${theme}`);
  for (const font of FONTS) keys.add(`settings_font_${font}`);
  for (const choice of IMAGE_LOADING) keys.add(`settings_otherSiteImages_${choice}`);
  for (const choice of MD_LINKS) keys.add(`settings_mdLinks_${choice}`);
  for (const choice of MD_IMAGES) keys.add(`settings_mdImages_${choice}`);
  for (const style of CITE_STYLES) keys.add(`cite_style_${style}`);
  // Failures are worded from the one table of kinds and details (src/shared/error-text.ts).
  for (const { message, next } of Object.values(ERROR_KINDS)) keys.add(message).add(next);
  for (const detail of Object.values(ERROR_DETAILS)) keys.add(detail.message).add(detail.next ?? '');
  keys.delete('');
  return keys;
}

describe('UI strings', () => {
  const keys = usedKeys();

  it('finds the keys the UI uses', () => {
    expect(keys.size).toBeGreaterThan(60);
    expect(keys).toContain('reader_attribution');
    expect(keys).toContain('options_allow');
  });

  it('has an English message for every key', () => {
    const missing = [...keys].filter((key) => !messages[key]);
    expect(missing).toEqual([]);
  });

  it('uses every English message somewhere (no dead strings for translators)', () => {
    // Anywhere in the extension: a quoted key in src/ (t('…'), tables, data-i18n="…"), __MSG_…__ in the
    // manifest, or a key built at run time from the lists above.
    const quoted = new Set<string>();
    for (const file of [...files(join(root, 'src')), join(root, 'manifest.json')]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/['"]([A-Za-z0-9_]+)['"]/g)) quoted.add(m[1] ?? '');
      for (const m of text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) quoted.add(m[1] ?? '');
    }
    const unused = Object.keys(messages).filter((key) => !keys.has(key) && !quoted.has(key));
    expect(unused).toEqual([]);
  });

  it('declares a placeholder for every $NAME$ in a message', () => {
    for (const key of keys) {
      const entry = messages[key];
      for (const m of entry?.message.matchAll(/\$([A-Za-z0-9_]+)\$/g) ?? []) {
        expect(entry?.placeholders?.[(m[1] ?? '').toLowerCase()], `${key}: $${m[1]}$`).toBeDefined();
      }
    }
  });
});
