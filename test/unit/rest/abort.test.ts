import { describe, expect, it } from 'vitest';
import { anySignal, deadline } from '../../../src/core/rest';

describe('anySignal', () => {
  it.each([true, false])('aborts when any input aborts (native AbortSignal.any: %s)', (native) => {
    const original = Object.getOwnPropertyDescriptor(AbortSignal, 'any');
    // Older engines have no AbortSignal.any: remove it to exercise the hand-made fallback.
    if (!native) Object.defineProperty(AbortSignal, 'any', { value: undefined, configurable: true, writable: true });
    try {
      const a = new AbortController();
      const b = new AbortController();
      const s = anySignal([a.signal, b.signal]);
      expect(s.aborted).toBe(false);
      b.abort('stop');
      expect(s.aborted).toBe(true);
      expect(s.reason).toBe('stop');
      const pre = new AbortController();
      pre.abort('early');
      expect(anySignal([new AbortController().signal, pre.signal]).aborted).toBe(true);
    } finally {
      if (original) Object.defineProperty(AbortSignal, 'any', original);
    }
  });
});

describe('deadline', () => {
  it('tells a timeout from a cancel', async () => {
    const t = deadline(10);
    await new Promise((r) => setTimeout(r, 30));
    expect(t.signal.aborted).toBe(true);
    expect(t.reason()).toBe('timeout');
    t.dispose();
    const outer = new AbortController();
    const c = deadline(10_000, outer.signal);
    outer.abort();
    expect(c.signal.aborted).toBe(true);
    expect(c.reason()).toBe('cancelled');
    c.dispose();
  });
});
