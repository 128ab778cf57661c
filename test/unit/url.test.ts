/**
 * src/core/url.ts: the one home of the URL rules (issue 13, "Tidy"). Before, clean/urls.ts, article/urls.ts,
 * reader/safe-url.ts and detect/url.ts each had their own httpUrl / displayHost / sameSite with different rules
 * (credentials kept by three of them, any base accepted by two, `m.` stripped by one, two suffix lists).
 */
import { describe, expect, it } from 'vitest';
import { displayHost, httpsUrl, httpUrl, parseHttpUrl, registrableDomain, sameDocument, sameSite, sameUrl } from '../../src/core/url';

describe('httpUrl / parseHttpUrl / httpsUrl', () => {
  it('keeps absolute http(s), resolves relative values against an http(s) base', () => {
    expect(httpUrl(' https://ex.com/a b ')).toBe('https://ex.com/a%20b');
    expect(httpUrl('/img.png', 'https://ex.com/post/')).toBe('https://ex.com/img.png');
    expect(parseHttpUrl('x', 'http://ex.com/a/')?.href).toBe('http://ex.com/a/x');
  });

  it.each([
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,x',
    'blob:https://ex.com/1',
    'chrome://settings',
    'file:///etc/passwd',
    'mailto:a@ex.com',
    '',
    '   ',
    42,
    null,
    undefined,
    {},
  ])('drops %j', (value) => {
    expect(httpUrl(value, 'https://ex.com/')).toBeUndefined();
  });

  it('drops URLs with credentials (one rule for detection, cleaning and the reader)', () => {
    expect(httpUrl('https://trusted.example@evil.example/x.png')).toBeUndefined();
    expect(httpUrl('https://user:pw@ex.com/')).toBeUndefined();
    expect(parseHttpUrl('//user@ex.com/', 'https://ex.com/')).toBeUndefined();
  });

  it('a non-http(s) base resolves nothing (a hostile <base href="javascript:…">)', () => {
    expect(httpUrl('/x', 'javascript:alert(1)//')).toBeUndefined();
    expect(httpUrl('x', 'not a url')).toBeUndefined();
    expect(httpUrl('https://ex.com/x', 'javascript:alert(1)//')).toBe('https://ex.com/x');
  });

  it('httpsUrl refuses http (embeds: no mixed content)', () => {
    expect(httpsUrl('http://ex.com/embed')).toBeUndefined();
    expect(httpsUrl('https://ex.com/embed')).toBe('https://ex.com/embed');
    expect(httpsUrl('/embed', 'https://ex.com/')).toBe('https://ex.com/embed');
  });
});

describe('displayHost', () => {
  it('drops a leading www. only', () => {
    expect(displayHost('https://www.cnn.com/a')).toBe('cnn.com');
    expect(displayHost('https://m.example.org/')).toBe('m.example.org');
    expect(displayHost('https://blog.www.example.org/')).toBe('blog.www.example.org');
    expect(displayHost('not a url')).toBe('');
  });
});

describe('registrableDomain / sameSite', () => {
  it.each([
    ['www.cnn.com', 'cnn.com'],
    ['a.b.example.co.uk', 'example.co.uk'],
    ['news.example.com.au', 'example.com.au'],
    ['shop.example.ne.jp', 'example.ne.jp'],
    ['x.example.gob.mx', 'example.gob.mx'],
    ['Example.COM.', 'example.com'],
    ['localhost', 'localhost'],
    ['192.168.1.10', '192.168.1.10'],
    ['[::1]', '[::1]'],
  ])('%s → %s', (host, site) => {
    expect(registrableDomain(host)).toBe(site);
  });

  it('compares URLs or strings; anything unparsable is never the same site', () => {
    expect(sameSite('https://cdn.ex.com/a.js', new URL('https://www.ex.com/'))).toBe(true);
    expect(sameSite('https://ex.com/', 'https://ex.org/')).toBe(false);
    expect(sameSite('https://10.0.0.1/', 'https://10.0.0.2/')).toBe(false);
    expect(sameSite(undefined, 'https://ex.com/')).toBe(false);
    expect(sameSite('nope', 'nope')).toBe(false);
  });
});

describe('sameDocument / sameUrl', () => {
  it('sameDocument ignores the fragment only', () => {
    expect(sameDocument('https://ex.com/p/#fn1', 'https://ex.com/p/')).toBe(true);
    expect(sameDocument('https://ex.com/p', 'https://ex.com/p/')).toBe(false);
    expect(sameDocument('x', 'x')).toBe(false);
  });

  it('sameUrl also ignores a trailing slash', () => {
    expect(sameUrl('https://ex.com/p/#x', 'https://ex.com/p')).toBe(true);
    expect(sameUrl('https://ex.com/p/?a=1', 'https://ex.com/p/?a=2')).toBe(false);
  });
});
