/**
 * Build-time patch of Mozilla Readability (bundled for the page-extraction fallback): its two
 * `x.innerHTML = <string>` assignments are what AMO's linter reports as UNSAFE_VAR_ASSIGNMENT in the
 * Firefox build, and web-ext lint ignores the upstream `eslint-disable` comments (inline config is off).
 * Both become the same parse done by DOMParser in an inert document, the nodes then moved in:
 *   - `page.innerHTML = pageCacheHtml`: restoring the page between extraction attempts;
 *   - `tmp.innerHTML = noscript.innerHTML`: reading the image inside a <noscript>.
 * The parse keeps innerHTML's semantics: body content (the `<body>` prefix keeps leading <meta>/<style>
 * and whitespace in place) in the document's own quirks mode (src/core/clean/dom.ts says why each part
 * of the prefix matters). Readability runs on a clone of the page (src/core/page/readability.ts), which
 * has no browsing context either way; this is about the store lint, not a change of trust.
 * The exact upstream version and text are required: after a Readability upgrade the build fails loudly
 * (./reviewed-version.ts; the installed version is also checked by test/unit/extension/build-plugins.test.ts).
 */
import type { Plugin } from 'vite';
import { dependencyPatch } from './reviewed-version';

/** The Readability release this patch was reviewed against (package.json pins the same). */
export const READABILITY_REVIEWED_VERSION = '0.6.0';

export const READABILITY_ASSIGNMENTS = ['page.innerHTML = pageCacheHtml;', 'tmp.innerHTML = noscript.innerHTML;'] as const;

const REPLACEMENTS: Record<(typeof READABILITY_ASSIGNMENTS)[number], string> = {
  'page.innerHTML = pageCacheHtml;': 'page.replaceChildren(...__clearpostParseBody(page.ownerDocument, pageCacheHtml));',
  'tmp.innerHTML = noscript.innerHTML;': 'tmp.replaceChildren(...__clearpostParseBody(doc, noscript.innerHTML));',
};

/** Prepended to the module: `html` parsed as <body> content like innerHTML would in `doc`. */
export const PARSE_HELPER = `/* Clearpost build: innerHTML assignments replaced by DOMParser, see build/readability-no-innerhtml.ts */
function __clearpostParseBody(doc, html) {
  var prefix = doc.compatMode === "BackCompat" ? "<body>" : "<!DOCTYPE html><body>";
  return Array.from(new DOMParser().parseFromString(prefix + html, "text/html").body.childNodes);
}
`;

export function patchReadability(code: string): string {
  let out = code;
  for (const assignment of READABILITY_ASSIGNMENTS) {
    const at = out.indexOf(assignment);
    if (at < 0 || out.indexOf(assignment, at + 1) >= 0) {
      throw new Error('Readability changed: review build/readability-no-innerhtml.ts before building.');
    }
    out = out.replace(assignment, REPLACEMENTS[assignment]);
  }
  return PARSE_HELPER + out;
}

export function readabilityWithoutInnerHtml(): Plugin {
  return dependencyPatch({
    name: 'clearpost:readability-no-innerhtml',
    pkg: '@mozilla/readability',
    reviewed: READABILITY_REVIEWED_VERSION,
    source: 'build/readability-no-innerhtml.ts',
    file: /[\\/]node_modules[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/,
    patch: patchReadability,
  });
}
