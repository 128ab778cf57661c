/**
 * bench/scaling.svg: the scaling curve, hand-written SVG (no chart dependency). Two log–log panels against
 * content size: time (click → painted, and the clean / render / paint phases) with a dashed "linear" guide
 * through the first total point, and the reader frame's JS heap.
 */
import type { ScalingPoint } from './scaling';

const W = 920;
const H = 380;
const PANEL = { w: 380, h: 270, top: 50 };
const COLORS = ['#1f5f99', '#c2571a', '#2e7d32', '#7b3fa0'];

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function fmtSize(b: number): string {
  return b >= 1e6 ? `${b / 1e6} MB` : `${b / 1e3} KB`;
}

interface Series {
  label: string;
  points: Array<{ x: number; y: number }>;
  dashed?: boolean;
}

function panel(x0: number, title: string, unit: string, series: Series[], xs: number[]): string {
  const ys = series.flatMap((s) => s.points.map((p) => p.y)).filter((y) => y > 0 && Number.isFinite(y));
  if (ys.length === 0 || xs.length === 0) return '';
  const lx = (x: number): number => Math.log10(x);
  const [xmin, xmax] = [lx(Math.min(...xs)) - 0.15, lx(Math.max(...xs)) + 0.15];
  const [ymin, ymax] = [Math.floor(Math.log10(Math.min(...ys))), Math.ceil(Math.log10(Math.max(...ys)))];
  const sx = (x: number): number => x0 + ((lx(x) - xmin) / (xmax - xmin)) * PANEL.w;
  const sy = (y: number): number => PANEL.top + PANEL.h - ((Math.log10(y) - ymin) / Math.max(1, ymax - ymin)) * PANEL.h;
  const parts: string[] = [];
  parts.push(`<text x="${x0}" y="${PANEL.top - 18}" class="t">${esc(title)}</text>`);
  parts.push(`<rect x="${x0}" y="${PANEL.top}" width="${PANEL.w}" height="${PANEL.h}" class="frame"/>`);
  for (let e = ymin; e <= ymax; e++) {
    const y = sy(10 ** e);
    parts.push(
      `<line x1="${x0}" x2="${x0 + PANEL.w}" y1="${y}" y2="${y}" class="grid"/><text x="${x0 - 6}" y="${y + 4}" class="ax" text-anchor="end">${esc(unit === 'ms' ? `${10 ** e} ms` : `${fmtHeap(10 ** e)}`)}</text>`,
    );
  }
  for (const x of xs) {
    parts.push(
      `<line x1="${sx(x)}" x2="${sx(x)}" y1="${PANEL.top}" y2="${PANEL.top + PANEL.h}" class="grid"/><text x="${sx(x)}" y="${PANEL.top + PANEL.h + 16}" class="ax" text-anchor="middle">${fmtSize(x)}</text>`,
    );
  }
  series.forEach((s, i) => {
    const pts = s.points.filter((p) => p.y > 0 && Number.isFinite(p.y));
    if (pts.length === 0) return;
    const color = s.dashed ? '#888' : (COLORS[i % COLORS.length] as string);
    parts.push(
      `<polyline fill="none" stroke="${color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 4"' : ''} points="${pts.map((p) => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ')}"/>`,
    );
    if (!s.dashed) for (const p of pts) parts.push(`<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="3.5" fill="${color}"/>`);
    parts.push(
      `<rect x="${x0 + 10}" y="${PANEL.top + 10 + i * 17}" width="12" height="3" fill="${color}"/><text x="${x0 + 28}" y="${PANEL.top + 15 + i * 17}" class="lg">${esc(s.label)}</text>`,
    );
  });
  return parts.join('\n');
}

/** Decimal units, so the log grid's powers of ten read as 1 MB, 10 MB… */
function fmtHeap(b: number): string {
  return b >= 1e6 ? `${b / 1e6} MB` : `${b / 1e3} KB`;
}

export function scalingSvg(points: ScalingPoint[], caption: string): string {
  const xs = points.map((p) => p.bytes);
  const series = (label: string, pick: (p: ScalingPoint) => number | undefined): Series => ({
    label,
    points: points.map((p) => ({ x: p.bytes, y: pick(p) ?? Number.NaN })),
  });
  const first = points.find((p) => p.total.n > 0);
  const linear: Series = {
    label: 'linear growth from the first point',
    dashed: true,
    points: first ? xs.map((x) => ({ x, y: (first.total.median * x) / first.bytes })) : [],
  };
  const time = panel(
    70,
    'Click → reader painted (median)',
    'ms',
    [
      series('total', (p) => p.total.median),
      series('clean (normalizePost)', (p) => p.phases['clean']?.median),
      series('render', (p) => p.phases['render']?.median),
      series('paint (style+layout+paint)', (p) => p.phases['paint']?.median),
      linear,
    ],
    xs,
  );
  const heap = panel(
    530,
    'Reader frame memory after GC (median)',
    'bytes',
    [
      series('DOM (Blink heap of the reader process)', (p) => p.embedderHeapBytes.median),
      series('JS heap (V8, reader frame)', (p) => p.heapBytes.median),
    ],
    xs,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif">
<style>.t{font-size:14px;font-weight:600}.ax{font-size:11px;fill:#444}.lg{font-size:11px;fill:#222}.frame{fill:none;stroke:#999}.grid{stroke:#e4e4e4}.cap{font-size:11px;fill:#555}</style>
<rect width="100%" height="100%" fill="#fff"/>
${time}
${heap}
<text x="70" y="${H - 12}" class="cap">${esc(caption)}</text>
</svg>
`;
}
