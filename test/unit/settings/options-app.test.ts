import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../../src/shared/settings';

vi.mock('webextension-polyfill', () => import('../reader/support/browser-mock'));

const { startOptions } = await import('../../../src/options/options-app');
const { siteOrigin, originPattern, patternLabel, grantedSites } = await import('../../../src/options/site-permissions');
const { DEFAULT_SETTINGS } = await import('../../../src/shared/settings');

const html = readFileSync(resolve(import.meta.dirname, '../../../src/options/options.html'), 'utf8');

function loadMarkup(): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
}

function fakePermissions(initial: string[] = []) {
  const granted = new Set(initial);
  return {
    granted,
    request: vi.fn(async ({ origins }: { origins: string[] }) => {
      for (const o of origins) granted.add(o);
      return true;
    }),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      for (const o of origins) granted.delete(o);
      return true;
    }),
    getAll: vi.fn(async () => ({ origins: [...granted] })),
  };
}

function settings(stored: Settings = DEFAULT_SETTINGS) {
  return {
    load: vi.fn(async () => stored),
    save: vi.fn(async () => undefined),
    flush: vi.fn(async () => undefined),
    onChanged: vi.fn(() => () => undefined),
  };
}

describe('site permissions helpers', () => {
  it('turns what people type into an origin, or refuses it', () => {
    expect(siteOrigin('example.com')).toEqual({ ok: true, origin: 'https://example.com' });
    expect(siteOrigin(' https://blog.example.org/2024/post ')).toEqual({ ok: true, origin: 'https://blog.example.org' });
    expect(siteOrigin('http://localhost/x')).toEqual({ ok: true, origin: 'http://localhost' });
    expect(siteOrigin('example.co.uk')).toEqual({ ok: true, origin: 'https://example.co.uk' });
    expect(siteOrigin('bücher.example')).toEqual({ ok: true, origin: 'https://xn--bcher-kva.example' });
    expect(siteOrigin('http://192.168.1.20')).toEqual({ ok: true, origin: 'http://192.168.1.20' });
    expect(siteOrigin('https://example.com/*')).toEqual({ ok: true, origin: 'https://example.com' });
    for (const bad of [
      '',
      'wordpress',
      'com',
      'javascript:alert(1)',
      'ftp://x.example',
      'file:///etc/passwd',
      'https://user:pw@x.example',
      'exa mple.com',
      'example..com',
      'example.com.',
      '-x.example',
      'x_y.example',
      '1.2.3',
      '0x7f.1',
      'https://example.123',
    ]) {
      expect(siteOrigin(bad), bad).toEqual({ ok: false, problem: 'invalid' });
    }
    expect(originPattern('http://localhost')).toBe('http://localhost/*');
    expect(patternLabel('https://example.com/*')).toBe('https://example.com');
    expect(patternLabel('*://*/*')).toBe('*://*/*');
  });

  it('refuses wildcards, bare public suffixes and ports: each would grant more than the one site typed', () => {
    // `*.com` used to become the pattern https://*.com/*: every .com site.
    for (const wild of ['*.com', '*.example.com', 'https://*.example.com/', '*://example.com/*', '*', 'https://%2A.com', 'ex*mple.com']) {
      expect(siteOrigin(wild), wild).toEqual({ ok: false, problem: 'wildcard' });
    }
    for (const suffix of ['co.uk', 'com.au', 'https://ne.jp/']) expect(siteOrigin(suffix), suffix).toEqual({ ok: false, problem: 'suffix' });
    // Match patterns have no port: `example.com:8080` was granted as https://example.com/* (every port).
    for (const port of ['example.com:8080', 'http://localhost:8080/x', 'https://example.com:444/']) {
      expect(siteOrigin(port), port).toEqual({ ok: false, problem: 'port' });
    }
  });

  it('lists only what the user granted, not what the manifest requires', async () => {
    const permissions = fakePermissions(['http://127.0.0.1/*', 'https://b.example/*', 'https://a.example/*', 'https://cs.example/*']);
    const manifest = { host_permissions: ['http://127.0.0.1/*'], content_scripts: [{ matches: ['https://cs.example/*'] }] };
    expect(await grantedSites(permissions, manifest)).toEqual(['https://a.example/*', 'https://b.example/*']);
  });
});

describe('options page', () => {
  beforeEach(loadMarkup);

  it('shows the shared settings form, applies changes at once and saves them', async () => {
    const s = settings({ ...DEFAULT_SETTINGS, theme: 'sepia' });
    await startOptions(document, { settings: s, permissions: fakePermissions(), manifest: {} });
    expect(document.documentElement.dataset.theme).toBe('sepia');
    expect(document.querySelector('h1')?.textContent).toBe('Clearpost settings');
    expect(document.querySelector('#cp-preview')?.textContent).toContain('Clearpost reads a WordPress post');
    const size = document.querySelector<HTMLInputElement>('#cp-opt-fontSize');
    if (!size) throw new Error('no size input');
    size.value = '23';
    size.dispatchEvent(new Event('input', { bubbles: true }));
    expect(document.documentElement.style.getPropertyValue('--cp-font-size')).toBe('23px');
    expect(s.save).toHaveBeenCalledWith({ fontSize: 23 });
    expect(s.flush).not.toHaveBeenCalled(); // still dragging: the debounce batches the writes
    size.dispatchEvent(new Event('change', { bubbles: true }));
    expect(s.flush).toHaveBeenCalledOnce(); // released: written now
  });

  it('requests the origin permission from the Allow click and lists granted sites with Remove', async () => {
    const permissions = fakePermissions();
    await startOptions(document, { settings: settings(), permissions, manifest: {} });
    expect(document.querySelector<HTMLElement>('#cp-site-empty')?.hidden).toBe(false);

    const input = document.querySelector<HTMLInputElement>('#cp-site-input');
    if (!input) throw new Error('no input');
    input.value = 'https://blog.example/some/post';
    document.querySelector<HTMLButtonElement>('#cp-site-allow')?.click();
    // Called synchronously inside the click (user gesture), before any await.
    expect(permissions.request).toHaveBeenCalledExactlyOnceWith({ origins: ['https://blog.example/*'] });
    await vi.waitFor(() => expect(document.querySelectorAll('#cp-site-list li')).toHaveLength(1));
    expect(document.querySelector('#cp-site-list li .cp-site-origin')?.textContent).toBe('https://blog.example');
    expect(document.querySelector('#cp-site-status')?.textContent).toBe('Allowed https://blog.example.');
    expect(document.querySelector<HTMLElement>('#cp-site-empty')?.hidden).toBe(true);

    const remove = document.querySelector<HTMLButtonElement>('#cp-site-list li button');
    expect(remove?.getAttribute('aria-label')).toBe('Remove https://blog.example');
    remove?.click();
    expect(permissions.remove).toHaveBeenCalledWith({ origins: ['https://blog.example/*'] });
    await vi.waitFor(() => expect(document.querySelectorAll('#cp-site-list li')).toHaveLength(0));
    expect(document.querySelector('#cp-site-status')?.textContent).toBe('Removed https://blog.example.');
  });

  it('refuses an unusable address without asking the browser', async () => {
    const permissions = fakePermissions();
    await startOptions(document, { settings: settings(), permissions, manifest: {} });
    const input = document.querySelector<HTMLInputElement>('#cp-site-input');
    if (!input) throw new Error('no input');
    input.value = 'javascript:alert(1)';
    document.querySelector<HTMLButtonElement>('#cp-site-allow')?.click();
    expect(permissions.request).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.querySelector('#cp-site-status')?.textContent).toBe('Enter a web address such as example.com.');
  });

  it('refuses a wildcard, a suffix or a port with its own message, without asking the browser', async () => {
    const permissions = fakePermissions();
    await startOptions(document, { settings: settings(), permissions, manifest: {} });
    const input = document.querySelector<HTMLInputElement>('#cp-site-input');
    if (!input) throw new Error('no input');
    const cases = [
      ['*.com', 'Enter one site such as example.com: wildcards (*) would allow every site that matches.'],
      ['co.uk', 'That is only the ending of many sites’ addresses (like co.uk), not one site. Enter a site such as example.co.uk.'],
      ['example.com:8080', 'Enter the site without a port (example.com): a site permission covers all of its ports.'],
    ];
    for (const [typed, message] of cases) {
      input.value = typed ?? '';
      document.querySelector<HTMLButtonElement>('#cp-site-allow')?.click();
      expect(document.querySelector('#cp-site-status')?.textContent, typed).toBe(message);
      expect(input.getAttribute('aria-invalid')).toBe('true');
    }
    expect(permissions.request).not.toHaveBeenCalled();
  });

  it('says so when the browser refuses the permission', async () => {
    const permissions = fakePermissions();
    permissions.request.mockResolvedValueOnce(false);
    await startOptions(document, { settings: settings(), permissions, manifest: {} });
    const input = document.querySelector<HTMLInputElement>('#cp-site-input');
    if (!input) throw new Error('no input');
    input.value = 'a.example';
    document.querySelector<HTMLButtonElement>('#cp-site-allow')?.click();
    await vi.waitFor(() =>
      expect(document.querySelector('#cp-site-status')?.textContent).toBe('The browser did not grant access to https://a.example.'),
    );
    expect(document.querySelectorAll('#cp-site-list li')).toHaveLength(0);
  });
});
