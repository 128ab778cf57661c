/**
 * Scoring for `npm run bench:quality`, reimplementing two published methods exactly:
 *
 * 1. ScrapingHub article-extraction-benchmark, evaluate.py (github.com/scrapinghub/article-extraction-benchmark,
 *    commit 4a3bc97): tokens are Python `re.findall(r'\w+', text)` with re.UNICODE; shingles are 4-grams of
 *    consecutive tokens (a text of fewer than 4 tokens is one shorter shingle, or none when empty), counted
 *    as a multiset; per page TP/FP/FN are the multiset overlaps, normalised by their sum. Precision is the
 *    MEAN over pages of per-page precision (pages with tp+fp > 0), recall likewise (tp+fn > 0), and F1 is
 *    the harmonic mean of those two means (not a mean of per-page F1s).
 *    Python's Unicode `\w` is "alphanumeric (str.isalnum) or underscore", i.e. letters (L*) and numbers
 *    (N*); it does NOT include combining marks (M*). `[\p{L}\p{N}_]+` is the same set in JavaScript.
 * 2. Trafilatura's snippet evaluation (tests/eval_common.py, count_item): whitespace is collapsed in both
 *    the output and each snippet, then plain substring search: `with` found = TP, `without` found = FP.
 *    The snippet score is accuracy = (TP + TN) / all snippets.
 */

const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export type TpFpFn = [number, number, number];

export function shingleMatch(truth: string, pred: string, n = 4): TpFpFn {
  const t = shingles(truth, n);
  const p = shingles(pred, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [tp, fp, fn];
}

export function precisionScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** Per-page F1 (for listing losses only; the benchmark's F1 is `aggregate(...).f1`). */
export function pageF1(m: TpFpFn): number {
  const p = precisionScore(m);
  const r = recallScore(m);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function aggregate(all: TpFpFn[]): { precision: number; recall: number; f1: number } {
  const precision = mean(all.filter(([tp, fp]) => tp + fp > 0).map(precisionScore));
  const recall = mean(all.filter(([tp, , fn]) => tp + fn > 0).map(recallScore));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

export interface SnippetCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function countSnippets(output: string | undefined, withs: string[], withouts: string[]): SnippetCounts {
  const res = output === undefined ? undefined : norm(output);
  const tp = res === undefined ? 0 : withs.filter((w) => res.includes(norm(w))).length;
  const fp = res === undefined ? 0 : withouts.filter((w) => res.includes(norm(w))).length;
  return { tp, fp, fn: withs.length - tp, tn: withouts.length - fp };
}

export function snippetScores(c: SnippetCounts): { accuracy: number; precision: number; recall: number; f1: number } {
  const total = c.tp + c.fp + c.fn + c.tn;
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const d = 2 * c.tp + c.fp + c.fn;
  return { accuracy: total ? (c.tp + c.tn) / total : 0, precision, recall, f1: d ? (2 * c.tp) / d : 0 };
}
