/**
 * Build-time patch of DOMPurify (store builds and test builds alike): its `_initDocument` parses with
 * DOMParser, and only if that yields no document it falls back to
 * `doc.documentElement.innerHTML = dirty` on a hand-made document. That fallback is unreachable for us
 * (HTML namespace, text/html: DOMParser always returns a document in Chromium and Firefox), but it is
 * the one innerHTML assignment that AMO's linter reports in the bundle (UNSAFE_VAR_ASSIGNMENT).
 * The patch removes the fallback: if it were ever reached, DOMPurify would get an empty document and
 * return "" — it fails closed instead of parsing hostile markup another way.
 * The exact upstream version and text are required: after a DOMPurify upgrade the build fails loudly
 * rather than shipping an unpatched or mis-patched file (./reviewed-version.ts; the installed version is
 * also checked by test/unit/extension/build-plugins.test.ts).
 */
import type { Plugin } from 'vite';
import { dependencyPatch } from './reviewed-version';

/** The DOMPurify release this patch was reviewed against (package.json pins the same). */
export const DOMPURIFY_REVIEWED_VERSION = '3.5.0';

export const DOMPURIFY_FALLBACK = `try {
				doc.documentElement.innerHTML = IS_EMPTY_INPUT ? emptyHTML : dirtyPayload;
			} catch (_) {}`;

const REPLACEMENT = '/* Clearpost build: innerHTML fallback removed (fails closed), see build/dompurify-fail-closed.ts */';

export function patchDomPurify(code: string): string {
  const at = code.indexOf(DOMPURIFY_FALLBACK);
  if (at < 0 || code.indexOf(DOMPURIFY_FALLBACK, at + 1) >= 0) {
    throw new Error('DOMPurify changed: review build/dompurify-fail-closed.ts before building.');
  }
  return code.replace(DOMPURIFY_FALLBACK, REPLACEMENT);
}

export function domPurifyFailClosed(): Plugin {
  return dependencyPatch({
    name: 'clearpost:dompurify-fail-closed',
    pkg: 'dompurify',
    reviewed: DOMPURIFY_REVIEWED_VERSION,
    source: 'build/dompurify-fail-closed.ts',
    file: /[\\/]node_modules[\\/]dompurify[\\/]dist[\\/]purify\.es\.mjs$/,
    patch: patchDomPurify,
  });
}
