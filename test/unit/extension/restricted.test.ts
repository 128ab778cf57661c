import { describe, expect, it } from 'vitest';
import { isRestrictedUrl } from '../../../src/background/restricted';

describe('isRestrictedUrl', () => {
  it.each([
    'chrome://extensions/',
    'chrome://newtab/',
    'edge://settings',
    'about:blank',
    'about:addons',
    'view-source:https://example.com/post/',
    'file:///home/me/post.html',
    'chrome-extension://abcdef/src/reader/reader.html',
    'moz-extension://1234-5678/reader.html',
    'data:text/html,<p>hi</p>',
    'javascript:alert(1)',
    'blob:https://example.com/1234',
    'https://chromewebstore.google.com/detail/clearpost/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://addons.mozilla.org/en-US/firefox/addon/clearpost/',
    'https://ADDONS.MOZILLA.ORG./firefox/',
    'https://microsoftedge.microsoft.com/addons/detail/x',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isRestrictedUrl(url)).toBe(true);
  });

  it('refuses a tab whose URL is hidden', () => {
    expect(isRestrictedUrl(undefined)).toBe(true);
  });

  it.each([
    'https://example.com/2025/01/28/a-post/',
    'http://127.0.0.1:8080/?p=12',
    'https://example.com/wp-json/wp/v2/posts/12483',
    'https://chrome.google.com/search', // not the store path
    'https://mozilla.org/en-US/',
    'https://addons.mozilla.org.example.com/post/', // a lookalike is an ordinary site
  ])('allows %s', (url) => {
    expect(isRestrictedUrl(url)).toBe(false);
  });
});
