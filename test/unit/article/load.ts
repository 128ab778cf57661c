import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FetchedPost } from '../../../src/core/types';

/** A handwritten FetchedPost fixture from test/fixtures/<area>/. */
export function fixture(area: string, name: string): FetchedPost {
  return JSON.parse(readFileSync(resolve(__dirname, '../../fixtures', area, name), 'utf8')) as FetchedPost;
}
