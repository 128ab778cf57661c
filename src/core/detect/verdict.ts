/**
 * Deciding "is this WordPress" from the signals found. One strong signal is enough; weak markers need a
 * second, different one, because each can appear on other sites (a `post-123` class, a `wp-block-*` class
 * copied with pasted content, a hotlinked upload). docs/wordpress.md §1.12 lists what survives hiding.
 */
import type { Signal, SignalKind } from '../types';

/** Printed only by WordPress itself (or its REST API). */
const STRONG: ReadonlySet<SignalKind> = new Set<SignalKind>([
  'alternate-json',
  'link-header',
  'api-link',
  'oembed',
  'generator',
  'wpcom',
  'raw-json',
]);

export function isStrong(kind: SignalKind): boolean {
  return STRONG.has(kind);
}

export function decideWordPress(signals: readonly Signal[]): boolean {
  if (signals.some((s) => STRONG.has(s.kind))) return true;
  const weakKinds = new Set(signals.map((s) => s.kind));
  return weakKinds.size >= 2;
}
