/**
 * The DOMPurify and Readability patches (./dompurify-fail-closed.ts, ./readability-no-innerhtml.ts) were
 * read against one exact upstream version each. A different installed version fails the build (and
 * test/unit/extension/build-plugins.test.ts) loudly, even when the patched text still matches: the code
 * around it may have changed what the patch means. README "Reviewing a DOMPurify or Readability upgrade".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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
