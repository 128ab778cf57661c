/**
 * Every string key the reader and options UI ask for exists in the English messages, so users never
 * see a bare key (obsidian-clipper#914). Keys built at run time are listed from their sources of truth.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { messages } from './support/browser-mock';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { FONTS, THEMES } = await import('../../../src/shared/settings');

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
  const kinds = ['not-wordpress', 'rest-disabled', 'not-found', 'password-protected', 'not-an-article', 'server-error', 'bad-response', 'timeout', 'network', 'cancelled'];
  for (const kind of kinds) for (const part of ['message', 'next']) keys.add(`reader_error_${kind.replace(/-/g, '_')}_${part}`);
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

  it('declares a placeholder for every $NAME$ in a message', () => {
    for (const key of keys) {
      const entry = messages[key];
      for (const m of entry?.message.matchAll(/\$([A-Za-z0-9_]+)\$/g) ?? []) {
        expect(entry?.placeholders?.[(m[1] ?? '').toLowerCase()], `${key}: $${m[1]}$`).toBeDefined();
      }
    }
  });
});
