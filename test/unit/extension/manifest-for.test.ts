/**
 * The per-browser manifest patches, as data (build/browsers.ts `manifestFor`): no build needed, so in the fast
 * tier; the built manifests themselves are checked by manifest.build.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRAME_FLOOR_PAGE, GECKO_ID, manifestFor, TEST_HOST_PERMISSION, TEST_TRIGGER_SCRIPT, type Manifest } from '../../../build/browsers';
import { BASE_PERMISSIONS } from './support/permissions';

const root = path.resolve(import.meta.dirname, '../../..');
const source = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as Manifest;

describe('manifestFor (patches as data)', () => {
  it('Chromium: a module service worker and the offscreen permission', () => {
    const m = manifestFor(source, 'chrome');
    expect(m.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(m.permissions).toEqual([...BASE_PERMISSIONS, 'offscreen']);
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.web_accessible_resources?.[0]?.use_dynamic_url).toBe(true);
  });

  it('Firefox: background scripts, gecko id and data_collection_permissions none, no offscreen', () => {
    const m = manifestFor(source, 'firefox');
    expect(m.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(m.permissions).toEqual(BASE_PERMISSIONS);
    expect(m.browser_specific_settings?.gecko).toMatchObject({
      id: GECKO_ID,
      strict_min_version: expect.stringMatching(/^1[4-9]\d\.0$/),
      data_collection_permissions: { required: ['none'] },
    });
    expect(m.web_accessible_resources?.[0]).not.toHaveProperty('use_dynamic_url');
  });

  it('test builds add only the 127.0.0.1 host permission, the trigger content script and the frame floor page', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const prod = manifestFor(source, browser);
      const test = manifestFor(source, browser, { test: true });
      expect(prod.host_permissions).toBeUndefined();
      expect(prod.content_scripts).toBeUndefined();
      expect(test.host_permissions).toEqual([TEST_HOST_PERMISSION]);
      expect(test.content_scripts).toEqual([{ matches: [TEST_HOST_PERMISSION], js: [TEST_TRIGGER_SCRIPT], run_at: 'document_start' }]);
      // The bench's floor page: web-accessible to the fixture server only, framed like the reader.
      expect(test.web_accessible_resources).toEqual([
        ...(prod.web_accessible_resources ?? []),
        { ...prod.web_accessible_resources?.[0], resources: [FRAME_FLOOR_PAGE], matches: [TEST_HOST_PERMISSION] },
      ]);
      const { host_permissions: _h, content_scripts: _c, web_accessible_resources: _w, ...restTest } = test;
      const { web_accessible_resources: _pw, ...restProd } = prod;
      expect(restTest).toEqual(restProd);
    }
  });

  it('never modifies the source manifest', () => {
    const before = JSON.stringify(source);
    manifestFor(source, 'firefox', { test: true });
    manifestFor(source, 'chrome', { test: true });
    expect(JSON.stringify(source)).toBe(before);
  });
});
