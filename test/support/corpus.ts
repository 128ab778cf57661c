import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The one place tests learn where the shared corpus lives (`CLEARPOST_CORPUS`, default `../shared/corpus`
 * beside the repo). Corpus files are third-party data and are never copied into the repo.
 */
// __dirname exists under Vitest; scripts run by tsx as ES modules (e.g. npm run bench) have only import.meta.
const here = typeof __dirname === 'string' ? __dirname : fileURLToPath(new URL('.', import.meta.url));

export const corpusDir = resolve(process.env.CLEARPOST_CORPUS ?? resolve(here, '../../../shared/corpus'));

export const corpusAvailable = existsSync(resolve(corpusDir, 'MANIFEST.md'));

/**
 * The team's WordPress facts (`shared/docs/wordpress.md`, beside the corpus), which the code cites as
 * `docs/wordpress.md §N`. Shared material like the corpus: read from there, never copied into the repo.
 */
export const wordpressDocPath = resolve(corpusDir, '../docs/wordpress.md');

export function corpusPath(...parts: string[]): string {
  return resolve(corpusDir, ...parts);
}

export function readCorpus(...parts: string[]): string {
  return readFileSync(corpusPath(...parts), 'utf8');
}

export function readCorpusJson<T = unknown>(...parts: string[]): T {
  return JSON.parse(readCorpus(...parts)) as T;
}

/**
 * The seed post (the WP REST JSON of a CNN story republished by a WordPress site): the tests' and the fixture
 * site's main article. Third-party text like the rest of the corpus, so read from there, never copied into the
 * repo; without the corpus the files that need it are left out of the run (vitest.config.ts).
 */
export function readSeedPost<T = Record<string, unknown>>(): T {
  return readCorpusJson<T>('seed', 'post-12483.json');
}

/**
 * The files under a corpus directory whose path matches `pattern`, as paths relative to the corpus root
 * (`wp-rest-json/a/b.json`), sorted; none without the corpus. The corpus sweeps make one test per file.
 */
export function corpusFiles(dir: string, pattern: RegExp): string[] {
  if (!corpusAvailable || !existsSync(corpusPath(dir))) return [];
  return readdirSync(corpusPath(dir), { recursive: true, encoding: 'utf8' })
    .map((f) => relative(corpusDir, corpusPath(dir, f)))
    .filter((f) => pattern.test(f))
    .sort();
}

/** Every saved WP REST answer (`wp-rest-json/**.json`), by file, arrays spread into their items. */
export function restCorpus(): { file: string; items: unknown[] }[] {
  return corpusFiles('wp-rest-json', /\.json$/).map((file) => {
    const data = readCorpusJson<unknown>(file);
    return { file, items: Array.isArray(data) ? data : [data] };
  });
}

/** The XSS vector tables: DOMPurify's expect list and the html5sec.org items (placeholders expanded). */
export function corpusXssVectors(): { name: string; html: string }[] {
  if (!corpusAvailable) return [];
  const dp = readCorpusJson<{ title: string; payload: string }[]>('xss-vectors', 'dompurify', 'expect.json');
  const items = readCorpusJson<{ id: number; data: string }[]>('xss-vectors', 'h5sc', 'items.json');
  const payloads = readCorpusJson<Record<string, string>>('xss-vectors', 'h5sc', 'payloads.json');
  const expand = (data: string): string => data.replace(/%([a-z0-9_]+)%/gi, (whole, key: string) => payloads[key] ?? whole);
  return [
    ...dp.map((v) => ({ name: `dompurify: ${v.title}`, html: v.payload })),
    ...items.map((v) => ({ name: `h5sc #${v.id}`, html: expand(v.data) })),
  ];
}
