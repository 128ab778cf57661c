/**
 * Chunking for the reader's first paint (issue 14). Left to itself the bundler gives each set of importers
 * its own chunk, and the reader frame loaded thirteen scripts and two stylesheets before it could show an
 * article. In the frame every file is a request to the extension's URL loader, and on a 2-core machine each
 * cost the frame's main thread 2–6 ms to issue and answer (a Chromium trace of one click: 34 ms issuing the
 * preloads, 25 ms handling their responses), while the REST answer was already waiting.
 *
 * So every module the reader loads up front that another context shares goes into one of two chunks:
 * `shared` (also loaded by the service worker: messaging, errors, settings, the polyfill) and `reader-core`
 * (the cleaner and DOMPurify, the article model, the settings form: the reader's, also imported by the
 * options page, the offscreen copy and the lazy exporters). Modules only the reader loads stay in its entry
 * chunk; modules the reader loads lazily (page extraction, the exporters) and the rest of the graph keep the
 * bundler's automatic chunks, so the worker loads nothing it did not load before.
 */
import path from 'node:path';

/** The parts of Rolldown's chunking API used here (`output.codeSplitting`, Rolldown 1.x). */
interface ModuleInfo {
  isEntry: boolean;
  importers: readonly string[];
  dynamicImporters: readonly string[];
}
interface ChunkingContext {
  getModuleInfo(id: string): ModuleInfo | null;
}

/** `readerEntry` and `workerEntry`: the reader page's and the service worker's entry modules (absolute paths). */
export function readerChunks(readerEntry: string, workerEntry: string) {
  const reader = path.resolve(readerEntry);
  const worker = path.resolve(workerEntry);
  // The roots that load a module with static imports only: entries and lazily imported modules.
  const roots = new Map<string, ReadonlySet<string>>();
  const rootsOf = (id: string, ctx: ChunkingContext, seen?: Set<string>): ReadonlySet<string> => {
    const known = roots.get(id);
    if (known) return known;
    const found = new Set<string>();
    const walk = seen ?? new Set<string>();
    if (walk.has(id)) return found; // an import cycle: its other members add their roots
    walk.add(id);
    const info = ctx.getModuleInfo(id);
    if (!info) return found;
    if (info.isEntry || info.dynamicImporters.length > 0) found.add(id);
    for (const importer of info.importers) for (const r of rootsOf(importer, ctx, walk)) found.add(r);
    // Only a walk started at this module is complete (inside a cycle, a member's set lacks what the cycle adds).
    if (seen === undefined) roots.set(id, found);
    return found;
  };
  const readerShares = (id: string, ctx: ChunkingContext): ReadonlySet<string> | undefined => {
    const r = rootsOf(id, ctx);
    return r.has(reader) && r.size > 1 ? r : undefined;
  };
  // `shared` first (higher priority): a group takes its modules' dependencies along, and the cleaner's
  // dependencies that the worker loads too (errors, URL rules, the polyfill) belong to `shared`.
  return {
    groups: [
      { priority: 2, name: (id: string, ctx: ChunkingContext) => (readerShares(id, ctx)?.has(worker) ? 'shared' : null) },
      { priority: 1, name: (id: string, ctx: ChunkingContext) => (readerShares(id, ctx) ? 'reader-core' : null) },
    ],
  };
}
