import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The one place tests learn where the shared corpus lives (`CLEARPOST_CORPUS`, default `../shared/corpus`
 * beside the repo). Corpus files are third-party data and are never copied into the repo.
 */
export const corpusDir = resolve(process.env.CLEARPOST_CORPUS ?? resolve(__dirname, '../../../shared/corpus'));

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
