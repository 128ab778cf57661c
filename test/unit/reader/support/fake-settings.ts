/** The reader's settings dependency for tests: storage answers at once with `defaults`, writes are recorded. */
import { vi } from 'vitest';
import type { Settings } from '../../../../src/shared/settings';

export function fakeSettings(defaults: Settings) {
  return {
    load: vi.fn(async () => defaults),
    save: vi.fn(async () => undefined),
    flush: vi.fn(async () => undefined),
    onChanged: (_cb: (s: Settings) => void) => () => undefined,
  };
}
