// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const messages = JSON.parse(readFileSync(path.join(root, '_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string; description?: string }
>;

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(path.join(root, dir, f), 'utf8'));
}

describe('UI strings of the background and content script', () => {
  const code = [...sources('src/background'), ...sources('src/content')].join('\n');
  // Direct calls, plus keys chosen in tables or ternaries (our keys share these prefixes).
  const keys = new Set([
    ...[...code.matchAll(/\b(?:t|getMessage)\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]!),
    ...[...code.matchAll(/'((?:badge|menu|readerFrame)[A-Z][A-Za-z]*)'/g)].map((m) => m[1]!),
  ]);

  it('every key used exists in _locales/en with a description for translators', () => {
    expect(keys.size).toBeGreaterThanOrEqual(9);
    for (const key of keys) {
      expect(messages[key]?.message, key).toBeTruthy();
      expect(messages[key]?.description, key).toBeTruthy();
    }
  });

  it('Chrome message names are valid ([A-Za-z0-9_@], case-insensitive unique)', () => {
    const lower = Object.keys(messages).map((k) => k.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
    for (const key of Object.keys(messages)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });
});
