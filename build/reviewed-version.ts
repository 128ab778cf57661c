/**
 * The DOMPurify and Readability patches (./dompurify-fail-closed.ts, ./readability-no-innerhtml.ts) were
 * read against one exact upstream version each. A different installed version fails the build (and
 * test/unit/extension/build-plugins.test.ts) loudly, even when the patched text still matches: the code
 * around it may have changed what the patch means. README "Reviewing a DOMPurify or Readability upgrade".
 * dependencyPatch is the Vite plugin both patches are: version check at config time, then one module rewritten.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The version in node_modules/<name>/package.json (read as a file: DOMPurify's `exports` hide it). */
export function installedVersion(root: string, name: string): string {
  const pkg = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : 'unknown';
}

export function assertReviewedVersion(root: string, name: string, reviewed: string, patch: string): void {
  const installed = installedVersion(root, name);
  if (installed !== reviewed) {
    throw new Error(
      `${name} ${installed} is installed, but ${patch} was reviewed against ${reviewed}. Review the patch against the new ` +
        `upstream source (README "Reviewing a DOMPurify or Readability upgrade"), then update its REVIEWED_VERSION and package.json.`,
    );
  }
}

export interface DependencyPatch {
  /** Plugin name, e.g. 'clearpost:dompurify-fail-closed'. */
  name: string;
  /** The npm package patched, and the one version the patch was reviewed against. */
  pkg: string;
  reviewed: string;
  /** The patch's own file, named in the error. */
  source: string;
  /** The module file the build patches. */
  file: RegExp;
  patch(code: string): string;
}

/** A Vite plugin that patches one module of `pkg`, and refuses to build against any other version. */
export function dependencyPatch(p: DependencyPatch): Plugin {
  return {
    name: p.name,
    enforce: 'pre',
    configResolved(config) {
      assertReviewedVersion(config.root, p.pkg, p.reviewed, p.source);
    },
    transform(code, id) {
      if (!p.file.test(id.replace(/\?.*$/, ''))) return null;
      return { code: p.patch(code), map: null };
    },
  };
}
