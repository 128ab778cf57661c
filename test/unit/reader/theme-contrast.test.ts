/**
 * Contrast of every theme, computed from the CSS itself (custom properties parsed out of theme.css and print.css,
 * comments stripped), never from the ratios written in comments: text, links, visited links, muted text, errors
 * and the read-aloud/selection highlight need ≥ 4.5:1 (WCAG 1.4.3); the focus ring and control borders ≥ 3:1
 * (WCAG 1.4.11). The theme swatches of the settings form are checked the same way.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = resolve(import.meta.dirname, '../../../src/reader');
const css = (name: string): string => readFileSync(resolve(dir, name), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** Declarations of each innermost `selector { … }` block, keyed by the selector with its context (`@media …`). */
function blocks(source: string): Array<{ selector: string; media: string; decls: Record<string, string> }> {
  const out: Array<{ selector: string; media: string; decls: Record<string, string> }> = [];
  let media = '';
  let depth = 0;
  const re = /([^{}]*)([{}])/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const head = (m[1] ?? '').trim();
    if (m[2] === '}') {
      depth = Math.max(0, depth - 1);
      if (depth === 0) media = '';
      continue;
    }
    depth++;
    if (head.startsWith('@')) {
      media = head;
      continue;
    }
    const end = source.indexOf('}', re.lastIndex);
    const body = source.slice(re.lastIndex, end);
    const decls: Record<string, string> = {};
    for (const decl of body.split(';')) {
      const i = decl.indexOf(':');
      if (i > 0) decls[decl.slice(0, i).trim()] = decl.slice(i + 1).trim();
    }
    out.push({ selector: head.replace(/\s+/g, ' '), media, decls });
  }
  return out;
}

function vars(source: string, selector: string, media = ''): Record<string, string> {
  const found = blocks(source).filter((b) => b.selector === selector && b.media === media);
  if (found.length === 0) throw new Error(`no ${selector} block${media ? ` in ${media}` : ''}`);
  return Object.assign({}, ...found.map((b) => b.decls)) as Record<string, string>;
}

function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) throw new Error(`not a hex colour: ${hex}`);
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2.x relative luminance and contrast ratio. https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio */
function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const theme = css('theme.css');
const light = vars(theme, ':root');
const THEMES: Record<string, Record<string, string>> = {
  light,
  dark: { ...light, ...vars(theme, ":root[data-theme='dark']") },
  'auto (dark system)': { ...light, ...vars(theme, ":root[data-theme='auto']", '@media (prefers-color-scheme: dark)') },
  sepia: { ...light, ...vars(theme, ":root[data-theme='sepia']") },
  print: { ...light, ...vars(css('print.css'), ':root, :root[data-theme]', '@media print') },
};

const TEXT = ['--cp-fg', '--cp-muted', '--cp-link', '--cp-visited', '--cp-error'];

describe('theme contrast, computed from the CSS', () => {
  it('the contrast formula gives the known ratios', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#777', '#fff')).toBeCloseTo(4.48, 2);
    expect(contrast('#fff', '#fff')).toBe(1);
  });

  it('finds every theme and the same colour variables in each', () => {
    expect(THEMES.dark?.['--cp-bg']).not.toBe(light['--cp-bg']);
    expect(THEMES['auto (dark system)']?.['--cp-bg']).toBe(THEMES.dark?.['--cp-bg']);
    for (const [name, t] of Object.entries(THEMES))
      for (const v of [...TEXT, '--cp-bg', '--cp-surface', '--cp-focus']) expect(t[v], `${name} ${v}`).toMatch(/^#/);
  });

  for (const [name, t] of Object.entries(THEMES)) {
    it(`${name}: text, muted, links, visited links and errors ≥ 4.5:1 on the background and on surfaces`, () => {
      const low: string[] = [];
      for (const bg of ['--cp-bg', '--cp-surface']) {
        for (const fg of TEXT) {
          const ratio = contrast(t[fg] ?? '', t[bg] ?? '');
          if (ratio < 4.5) low.push(`${fg} ${t[fg]} on ${bg} ${t[bg]}: ${ratio.toFixed(2)}`);
        }
      }
      // The selection and the sentence read aloud: text on --cp-selection. Primary buttons: bg on link.
      if (name !== 'print') {
        const pairs: Array<[string, string]> = [
          ['--cp-fg', '--cp-selection'],
          ['--cp-bg', '--cp-link'],
        ];
        for (const [fg, bg] of pairs) {
          const ratio = contrast(t[fg] ?? '', t[bg] ?? '');
          if (ratio < 4.5) low.push(`${fg} on ${bg}: ${ratio.toFixed(2)}`);
        }
      }
      expect(low).toEqual([]);
    });

    if (name !== 'print') {
      it(`${name}: focus ring and control borders ≥ 3:1 (non-text contrast)`, () => {
        const low: string[] = [];
        for (const [fg, bg] of [
          ['--cp-focus', '--cp-bg'],
          ['--cp-focus', '--cp-surface'],
          ['--cp-control', '--cp-bg'],
          ['--cp-control', '--cp-surface'],
        ] as const) {
          const ratio = contrast(t[fg] ?? '', t[bg] ?? '');
          if (ratio < 3) low.push(`${fg} on ${bg}: ${ratio.toFixed(2)}`);
        }
        expect(low).toEqual([]);
      });
    }
  }

  it('the theme swatches of the settings form are legible (text on their own background)', () => {
    const form = css('settings-form.css');
    const swatches = blocks(form).filter((b) => /\.cp-theme-\w+$/.test(b.selector));
    expect(swatches.map((b) => b.selector.split('.').pop())).toEqual(['cp-theme-light', 'cp-theme-dark', 'cp-theme-sepia', 'cp-theme-auto']);
    for (const { selector, decls } of swatches) {
      const color = decls.color ?? '';
      // The auto swatch's label sits on its own light patch (`.cp-theme-auto span`); the gradient is decoration.
      const bg = selector.endsWith('auto')
        ? (blocks(form).find((b) => b.selector.endsWith('.cp-theme-auto span'))?.decls.background ?? '')
        : (decls.background ?? '');
      expect(contrast(color, bg), selector).toBeGreaterThanOrEqual(4.5);
    }
  });
});
