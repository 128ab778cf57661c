import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => import('../reader/support/browser-mock'));

const { DEFAULT_SETTINGS, RANGES, clampSetting, validateSettings } = await import('../../../src/shared/settings');

describe('validateSettings', () => {
  it.each([undefined, null, 42, 'dark', [], [1, 2], true])('turns %j into the defaults', (raw) => {
    expect(validateSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces each bad field with its own default', () => {
    const result = validateSettings({
      theme: 'sepia',
      font: 'comic',
      fontSize: 'huge',
      lineWidth: 70,
      lineHeight: NaN,
      otherSiteImages: 'never',
      aloudRate: '2',
      aloudVoices: 'urn:voice:x',
      justify: 'yes',
      hyphenate: 0,
      paragraphSpacing: 1.6,
      mdFrontMatter: 'on',
      mdLinks: 'footnote',
      mdImages: 'alt',
      citeStyle: 'vancouver',
      extra: 1,
    });
    expect(result).toEqual({
      theme: 'sepia',
      font: DEFAULT_SETTINGS.font,
      fontSize: DEFAULT_SETTINGS.fontSize,
      lineWidth: 70,
      lineHeight: DEFAULT_SETTINGS.lineHeight,
      otherSiteImages: DEFAULT_SETTINGS.otherSiteImages,
      aloudRate: DEFAULT_SETTINGS.aloudRate,
      aloudVoices: {},
      justify: false,
      hyphenate: true,
      paragraphSpacing: 1.5,
      mdFrontMatter: false,
      mdLinks: 'inline',
      mdImages: 'alt',
      citeStyle: 'apa',
    });
    expect(validateSettings({ mdFrontMatter: true, mdLinks: 'reference', citeStyle: 'chicagoNote' })).toMatchObject({
      mdFrontMatter: true,
      mdLinks: 'reference',
      citeStyle: 'chicagoNote',
    });
    expect(validateSettings({ justify: true, hyphenate: false, font: 'hyperlegible' })).toMatchObject({
      justify: true,
      hyphenate: false,
      font: 'hyperlegible',
    });
    expect(result).not.toHaveProperty('extra');
    expect(DEFAULT_SETTINGS.otherSiteImages).toBe('always');
    expect(validateSettings({ otherSiteImages: 'click' }).otherSiteImages).toBe('click');
  });

  it('keeps read aloud’s speed in range and only well-formed language → voice pairs, a bounded number of them', () => {
    expect(validateSettings({ aloudRate: 9 }).aloudRate).toBe(RANGES.aloudRate.max);
    expect(validateSettings({ aloudRate: 1.26 }).aloudRate).toBe(1.25);
    const voices = validateSettings({ aloudVoices: { en: 'urn:a', 'en-US': 'urn:b', fr: 3, de: '', ja: 'x'.repeat(201), es: 'urn:c' } }).aloudVoices;
    expect(voices).toEqual({ en: 'urn:a', es: 'urn:c' });
    const many = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`a${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`, 'urn:v']),
    );
    expect(Object.keys(validateSettings({ aloudVoices: many }).aloudVoices)).toHaveLength(24);
    expect(validateSettings({ aloudVoices: ['urn:a'] }).aloudVoices).toEqual({});
  });

  it('rejects theme/font values that only look right', () => {
    expect(validateSettings({ theme: 'Dark', font: 'sans ' })).toMatchObject({ theme: 'auto', font: 'serif' });
    expect(validateSettings({ theme: { toString: () => 'dark' } }).theme).toBe('auto');
  });

  it('clamps numbers into their ranges', () => {
    expect(validateSettings({ fontSize: 2, lineWidth: 500, lineHeight: 9 })).toMatchObject({
      fontSize: RANGES.fontSize.min,
      lineWidth: RANGES.lineWidth.max,
      lineHeight: RANGES.lineHeight.max,
    });
    expect(validateSettings({ fontSize: -Infinity, lineWidth: Infinity })).toMatchObject({ fontSize: 19, lineWidth: 66 });
  });

  it('snaps to the slider step without float noise', () => {
    expect(clampSetting('fontSize', 18.6)).toBe(19);
    expect(clampSetting('lineHeight', 1.61)).toBe(1.6);
    expect(clampSetting('lineHeight', 1.674)).toBe(1.65);
    expect(clampSetting('lineHeight', 1.999)).toBe(2);
    expect(clampSetting('lineWidth', '70')).toBeUndefined();
  });

  it('returns a fresh object (callers may mutate it)', () => {
    const a = validateSettings(undefined);
    a.fontSize = 28;
    expect(validateSettings(undefined).fontSize).toBe(19);
  });
});
