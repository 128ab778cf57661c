/**
 * Where the reader frame's time goes, beside the floor (issue 14: "where a goal is out of reach, a trace that
 * shows exactly where the remaining time goes"). One Chromium trace per round around the same click as the
 * clicks section, for Clearpost and for the empty framed page (the floor). In the extension's renderer (the
 * reader frame's main thread; the service worker is another thread of the same process) the window runs from
 * the frame's navigation (DocumentLoader created) to the end of the paint that shows the article (the first
 * paint after Clearpost's `clearpost:render-end` mark; the floor: its first paint). Each trace event's own
 * time (its duration minus its children's) goes to the category of its innermost named ancestor; what the
 * window holds beyond that is the main thread waiting: for extension files, the REST answer from the worker,
 * or the CPU (two cores, shared with the page, the worker, the browser and network processes).
 */
import type { Browser } from 'puppeteer-core';
import { clearpostClick, floorClick } from './click-runs';
import { summarize, type Summary } from './stats';

export const CATEGORIES = [
  'document and JS context',
  'HTML parse',
  'extension file requests and responses',
  'CSS parse',
  'module evaluation (boot)',
  'reader script (get article, clean, render)',
  'style and layout',
  'paint and commit',
  'other (task overhead)',
  'waiting (idle main thread)',
] as const;
type Category = (typeof CATEGORIES)[number];

const BY_NAME: Array<[RegExp, Category]> = [
  [/^(DocumentLoader::|LocalWindowProxy::|V8\.DeserializeContext|Document::Document|ContextCreatedNotification)/, 'document and JS context'],
  [/^(HTMLDocumentParser::|DecodedDataDocumentParser::)/, 'HTML parse'],
  [
    /^(ResourceFetcher::|URLLoader|ResourceRequestSender::|ThrottlingURLLoader::|MojoURLLoaderClient::|ResponseBodyLoader::|Resource::|TextResourceDecoder::)/,
    'extension file requests and responses',
  ],
  [/^(CSSParserImpl::|ParseAuthorStyleSheet|Blink\.ParseStyleSheet)/, 'CSS parse'],
  [/^(v8\.evaluateModule|v8\.compileModule)/, 'module evaluation (boot)'],
  [
    /^(FunctionCall|RunMicrotasks|EvaluateScript|v8\.|V8\.|MinorGC|MajorGC|TimerFire|FireAnimationFrame|EventDispatch)/,
    'reader script (get article, clean, render)',
  ],
  [
    /^(UpdateLayoutTree|Layout|Document::UpdateStyleAndLayout|Document::updateStyle|Document::recalcStyle|Blink\.(Style|Layout|ForcedStyleAndLayout))/,
    'style and layout',
  ],
  [
    /^(Paint|Commit|Layerize|PrePaint|LocalFrameView::RunPaintLifecyclePhase|WebFrameWidgetImpl::UpdateLifecycle|Blink\.(Paint|PrePaint|CompositingCommit|CompositingInputs|Animate))/,
    'paint and commit',
  ],
];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

function categoryOf(name: string, parent: Category | undefined): Category | undefined {
  const own = BY_NAME.find(([re]) => re.test(name))?.[1];
  // Script run while the module graph evaluates is the boot, not the reader's work on the article.
  if (own === 'reader script (get article, clean, render)' && parent === 'module evaluation (boot)') return parent;
  return own ?? parent;
}

/** Milliseconds per category in the frame's window, from the events of one trace. */
export function frameBreakdown(events: TraceEvent[], framePath: string, endMark?: string): Record<Category, number> & { windowMs: number } {
  // The process that parses the frame's document (the browser process mentions its URL too).
  const pid = events.find((e) => (e.name === 'ParseHTML' || e.name === 'CommitLoad') && JSON.stringify(e.args ?? {}).includes(framePath))?.pid;
  const main = events.find(
    (e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && (e.args as { name?: string }).name === 'CrRendererMain',
  );
  if (pid === undefined || !main) throw new Error(`no renderer main thread for ${framePath} in the trace`);
  const onMain = events
    .filter((e) => e.pid === pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const start = onMain.find((e) => e.name === 'DocumentLoader::DocumentLoader')?.ts;
  const markAt = endMark ? events.find((e) => e.pid === pid && e.name === endMark)?.ts : start;
  if (start === undefined || markAt === undefined) throw new Error(`the trace has no navigation or ${endMark ?? 'start'} for ${framePath}`);
  const paint = onMain.find((e) => e.ts >= markAt && /^(Commit|LocalFrameView::RunPaintLifecyclePhase)$/.test(e.name));
  if (!paint) throw new Error(`no paint after ${endMark ?? 'the navigation'} for ${framePath}`);
  const end = paint.ts + (paint.dur ?? 0);
  const out = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const stack: Array<{ end: number; category: Category | undefined; event: TraceEvent; childUs: number }> = [];
  const close = (until: number): void => {
    while (stack.length > 0 && (stack[stack.length - 1] as { end: number }).end <= until) {
      const done = stack.pop() as (typeof stack)[number];
      const self = (done.event.dur ?? 0) - done.childUs;
      out[done.category ?? 'other (task overhead)'] += self / 1000;
    }
  };
  let busy = 0;
  for (const e of onMain) {
    if (e.ts < start || e.ts >= end) continue;
    close(e.ts);
    const parent = stack[stack.length - 1];
    if (parent) parent.childUs += e.dur ?? 0;
    else busy += (Math.min(end, e.ts + (e.dur ?? 0)) - e.ts) / 1000;
    stack.push({ end: e.ts + (e.dur ?? 0), category: categoryOf(e.name, parent?.category), event: e, childUs: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  const windowMs = (end - start) / 1000;
  out['waiting (idle main thread)'] = Math.max(0, windowMs - busy);
  return { ...out, windowMs };
}

export async function traced<T>(browser: Browser, run: () => Promise<T>): Promise<TraceEvent[]> {
  const cdp = await browser.target().createCDPSession();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: TraceEvent[] }) => void events.push(...e.value));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,v8.execute,blink,loading,blink.user_timing', transferMode: 'ReportEvents' });
  try {
    await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return events;
}

export interface PageTrace {
  clearpost: Record<string, Summary>;
  floor: Record<string, Summary>;
}

export interface FrameTraceResult {
  rounds: number;
  /** One per bench page, in the clicks section's order. */
  pages: Array<PageTrace & { id: string; label: string }>;
}

export async function runFrameTrace(o: {
  browser: Browser;
  pages: Array<{ id: string; label: string; url: string }>;
  rounds: number;
  readerPath: string;
  floorPath: string;
}): Promise<FrameTraceResult> {
  const pages: FrameTraceResult['pages'] = [];
  for (const page of o.pages) pages.push({ id: page.id, label: page.label, ...(await tracePage({ ...o, url: page.url })) });
  return { rounds: o.rounds, pages };
}

async function tracePage(o: { browser: Browser; url: string; rounds: number; readerPath: string; floorPath: string }): Promise<PageTrace> {
  const per = { clearpost: [] as Array<Record<string, number>>, floor: [] as Array<Record<string, number>> };
  for (let round = 0; round < o.rounds; round++) {
    const cp = await traced(o.browser, () => clearpostClick({ browser: o.browser, url: o.url }));
    per.clearpost.push(frameBreakdown(cp, o.readerPath, 'clearpost:render-end'));
    const fl = await traced(o.browser, () => floorClick({ browser: o.browser, url: o.url }));
    per.floor.push(frameBreakdown(fl, o.floorPath));
  }
  const sum = (rows: Array<Record<string, number>>): Record<string, Summary> =>
    Object.fromEntries(['windowMs', ...CATEGORIES].map((k) => [k, summarize(rows.map((r) => r[k] ?? 0))]));
  return { clearpost: sum(per.clearpost), floor: sum(per.floor) };
}

/** Table cells of a trace: a median, and a difference of two (signed). */
export const medianCell = (s: Summary | undefined): string => (s?.n ? s.median.toFixed(1) : '—');
export const diffCell = (a: Summary | undefined, b: Summary | undefined): string =>
  a?.n && b?.n ? `${a.median >= b.median ? '+' : '−'}${Math.abs(a.median - b.median).toFixed(1)}` : '—';

export function frameTraceMarkdown(r: FrameTraceResult): string[] {
  const rows = ['windowMs', ...CATEGORIES].map((k) => {
    const label = k === 'windowMs' ? '**frame navigation → article painted**' : k;
    return `| ${label} | ${r.pages.map((p) => `${medianCell(p.clearpost[k])} | ${medianCell(p.floor[k])} | ${diffCell(p.clearpost[k], p.floor[k])}`).join(' | ')} |`;
  });
  return [
    '## Inside the reader frame: a Chromium trace, beside the floor (issue 14)',
    '',
    `${r.rounds} traced rounds per page, median ms of the extension renderer's main thread, from the frame's navigation to the end of the paint that shows the article (the floor: its empty page's first paint); results.json has the min–max. scripts/bench/frame-trace.ts says how events are counted. The click → frame navigation part (inject, executeScript) is in the phases above. A traced run is slower than an untraced one: compare Clearpost with the floor, not these totals with the clicks table. "+" is Clearpost's time beyond the floor's: where the reader's distance to the floor goes.`,
    '',
    `| Main thread | ${r.pages.map((p) => `${p.id}: Clearpost | floor | +`).join(' | ')} |`,
    `|---|${r.pages.map(() => '---|---|---').join('|')}|`,
    ...rows,
    '',
  ];
}
