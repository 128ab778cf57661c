/**
 * Where @crxjs/vite-plugin 3 does more than we want, for scripts we inject ourselves (imported with
 * `?script&iife` and run via scripting.executeScript / registerContentScripts):
 * 1. it lists them in `web_accessible_resources` for every http(s) page. The scripting API does not
 *    need that, and web-accessible files let any site detect the extension (fingerprinting), so those
 *    entries are removed from the final manifest;
 * 2. besides the IIFE file it also emits the same source as an ES module chunk that nothing loads;
 *    such chunks are dropped from the bundle, and so are shared chunks only they loaded (the store
 *    package holds only code that runs).
 */
import type { Plugin } from 'vite';
import type { Manifest } from './browsers';

type War = NonNullable<Manifest['web_accessible_resources']>[number];

/** Removes the given files from WAR entries and drops entries left empty. Pure, unit-tested. */
export function withoutInjectedScripts(wars: readonly War[] | undefined, injected: readonly string[]): War[] | undefined {
  if (!wars) return wars;
  const drop = new Set(injected);
  const kept = wars.map((war) => ({ ...war, resources: war.resources.filter((r) => !drop.has(r)) })).filter((war) => war.resources.length > 0);
  return kept.length > 0 ? kept : undefined;
}

type BundleItem = { type: 'chunk'; isEntry: boolean; imports: string[]; dynamicImports: string[] } | { type: 'asset'; source: string | Uint8Array };

/**
 * Chunks that nothing left in the bundle loads: shared chunks of the dropped ES twins (point 2 above), e.g. a
 * module only the content script's detection imports. Reachable = an entry chunk, a chunk another kept chunk
 * imports, or a file a kept asset names (HTML pages, the service-worker loader). Pure, unit-tested.
 */
export function unreachableChunks(bundle: Readonly<Record<string, BundleItem>>): string[] {
  const assetText = Object.values(bundle)
    .map((item) => (item.type === 'asset' && typeof item.source === 'string' ? item.source : ''))
    .join('\n');
  const reached = new Set<string>();
  const queue = Object.entries(bundle)
    .filter(([name, item]) => item.type === 'chunk' && (item.isEntry || assetText.includes(name.split('/').pop() ?? name)))
    .map(([name]) => name);
  while (queue.length > 0) {
    const name = queue.pop() as string;
    const item = bundle[name];
    if (reached.has(name) || item?.type !== 'chunk') continue;
    reached.add(name);
    queue.push(...item.imports, ...item.dynamicImports);
  }
  return Object.entries(bundle)
    .filter(([name, item]) => item.type === 'chunk' && !reached.has(name))
    .map(([name]) => name);
}

/**
 * @param sources the injected scripts' source paths relative to the project root, e.g.
 *   "src/content/content-script.ts"; their output is "<same path>.js".
 */
export function crxTidy(sources: readonly string[]): Plugin & { renderCrxManifest(m: Manifest): Manifest } {
  const outputs = sources.map((s) => s.replace(/\.[cm]?[jt]sx?$/, '.js'));
  return {
    name: 'clearpost:crx-tidy',
    enforce: 'post',
    renderCrxManifest(manifest: Manifest): Manifest {
      const wars = withoutInjectedScripts(manifest.web_accessible_resources, outputs);
      if (wars) manifest.web_accessible_resources = wars;
      else delete manifest.web_accessible_resources;
      return manifest;
    },
    generateBundle(_options, bundle) {
      const wanted = new Set(sources.map((s) => s.replace(/^\.?\//, '')));
      const importedSomewhere = new Set<string>();
      for (const item of Object.values(bundle)) {
        if (item.type === 'chunk') for (const name of [...item.imports, ...item.dynamicImports]) importedSomewhere.add(name);
      }
      for (const [fileName, item] of Object.entries(bundle)) {
        if (item.type !== 'chunk' || !item.facadeModuleId || importedSomewhere.has(fileName)) continue;
        const source = item.facadeModuleId.replace(/\?.*$/, '');
        if ([...wanted].some((w) => source.endsWith(`/${w}`))) delete bundle[fileName];
      }
      for (const fileName of unreachableChunks(bundle)) delete bundle[fileName];
    },
  };
}
