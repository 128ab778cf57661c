import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The one place tests learn where the shared corpus lives (`CLEARPOST_CORPUS`, default `../shared/corpus`
 * beside the repo). Corpus files are third-party data and are never copied into the repo.
 */
// __dirname exists under Vitest; scripts run by tsx as ES modules (e.g. npm run bench) have only import.meta.
const here = typeof __dirname === 'string' ? __dirname : fileURLToPath(new URL('.', import.meta.url));

export const corpusDir = resolve(process.env.CLEARPOST_CORPUS ?? resolve(here, '../../../shared/corpus'));

export const corpusAvailable = existsSync(resolve(corpusDir, 'MANIFEST.md'));

export function corpusPath(...parts: string[]): string {
  return resolve(corpusDir, ...parts);
}

export function readCorpus(...parts: string[]): string {
  return readFileSync(corpusPath(...parts), 'utf8');
}

export function readCorpusJson<T = unknown>(...parts: string[]): T {
  return JSON.parse(readCorpus(...parts)) as T;
}
