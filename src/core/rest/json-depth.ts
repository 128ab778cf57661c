/**
 * A bound on how deeply nested a site's JSON may be once parsed. Engines parse 10 000-deep JSON without
 * complaint, but the answer then crosses extension messaging to the reader frame, and Chromium's message
 * serialisation refuses deeply nested values: the reader got no answer at all and said "No part of Clearpost
 * answered this request" for a valid post that merely carried one deep plugin field (found by the hostile
 * tier, test/hostile/faults.test.ts). Real WordPress answers nest about 8 levels (`_embedded` → `wp:term` →
 * term → `_links` → rel → link → `targetHints` → `allow`), so anything deeper than MAX_JSON_DEPTH is not
 * something the reader uses: it is replaced by null, the rest of the answer is kept.
 */
export const MAX_JSON_DEPTH = 32;

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

/**
 * Replaces, in place, every object or array nested deeper than `maxDepth` (the top value is depth 1) with
 * null. Returns true when something was replaced. Recursion stops at `maxDepth`, so the stack stays small
 * whatever the input.
 */
export function capJsonDepth(value: unknown, maxDepth = MAX_JSON_DEPTH, depth = 1): boolean {
  if (!isContainer(value)) return false;
  let capped = false;
  const visit = (child: unknown, put: () => void): void => {
    if (!isContainer(child)) return;
    if (depth >= maxDepth) {
      put();
      capped = true;
    } else if (capJsonDepth(child, maxDepth, depth + 1)) capped = true;
  };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) visit(value[i], () => (value[i] = null));
  } else {
    for (const key of Object.keys(value)) visit(value[key], () => (value[key] = null));
  }
  return capped;
}
