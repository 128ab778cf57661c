/**
 * What the bench runs: the test build (timings: it carries the 127.0.0.1 host permission a simulated
 * toolbar click needs), the store build (idle cost and package size: exactly what users install), both in
 * the bench's own directories so a bench never overwrites another run's extension, and the Readability
 * baseline bundled into one classic script.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export type BuildKind = 'test' | 'store';

export function buildExtension(kind: BuildKind, outRoot: string): number {
  const started = performance.now();
  const run = spawnSync('npm', ['run', 'build'], {
    cwd: repoRoot,
    env: { ...process.env, CLEARPOST_OUT_DIR: outRoot, CLEARPOST_TEST: kind === 'test' ? '1' : '0' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    const tail = `${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`npm run build (${kind}) failed with exit ${String(run.status)}:\n${tail}`);
  }
  return performance.now() - started;
}

export function builtManifestPath(outRoot: string): string {
  return path.join(outRoot, 'chrome', 'manifest.json');
}

export function assertBuilt(outRoot: string, kind: BuildKind): void {
  if (!existsSync(builtManifestPath(outRoot))) throw new Error(`no ${kind} build in ${outRoot} (run without --no-build)`);
}

/** The reader page's CSS as built (theme, reader, chrome, settings form, print), for the baseline's frame. */
export function readerCss(outRoot: string): string {
  const dir = path.join(outRoot, 'chrome', 'assets');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.css') && !f.startsWith('options'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

/** scripts/bench/readability-reader.ts with Readability and DOMPurify, as one unminified classic script. */
export async function bundleReadabilityReader(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    root: repoRoot,
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: {
        entry: path.join(repoRoot, 'scripts/bench/readability-reader.ts'),
        formats: ['iife'],
        name: 'benchReadabilityReader',
        fileName: () => 'reader.js',
      },
    },
  });
  const outputs = Array.isArray(out) ? out : [out];
  for (const o of outputs) {
    if (!('output' in o)) continue;
    for (const chunk of o.output) if (chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('vite produced no Readability bundle');
}
