/**
 * XSS in every field a site controls (issue 5): each vector of the shared corpus (DOMPurify's fixture, the
 * html5sec.org database, a few URL tricks), armed with canaries (support/xss-vectors.ts), is served by a
 * fixture WordPress on 127.0.0.1 in the post's title, excerpt, content, content links, author name and URL,
 * the site's name and icon, the featured image's caption, alt and URLs, the term names and the permalink
 * (REST `link` and the page's canonical), and again as the raw post JSON opened in a tab. The real reader
 * opens it in Chromium and Firefox. Nothing may run (no dialog, no canary hit, no request for a script,
 * frame, style or fetch, nothing in the sink), nothing dangerous may be in the reader's DOM, nothing may
 * land outside the article, and the page must not see or change any of it (support/xss-checks.ts).
 *
 * Cost: one browser per file, one tab per open. Vectors go in groups of GROUP: every member in every
 * multi-value field at once (text fields concatenate, terms/links/srcset list them), and the single-URL
 * fields rotate over the members (support/xss-site.ts `placements` counts exactly what was tried). The raw
 * JSON tab and page extraction have one field each, so they take groups of 64 and 32 and a failing group there is
 * halved until the culprit is alone; a failing article-page group is opened again one vector at a time.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { corpusAvailable, corpusDir } from '../support/corpus';
import { BROWSERS, browserAvailable, launchBrowser, launchesInTurn, type BrowserName, type Harness } from '../e2e/support/browsers';
import { testBuildDir, testBuildPresent } from '../e2e/support/paths';
import { ALLOWED_DESTS } from './support/xss-checks';
import { openGroup, openTab, runSelfTest, type OpenMode, type OpenResult, type Tab } from './support/xss-run';
import { FIELDS, placements, startXssSite, type Field, type Group, type XssSite } from './support/xss-site';
import { loadVectors, type Vector } from './support/xss-vectors';

const GROUP = Number(process.env.CLEARPOST_XSS_GROUP ?? 8);
/**
 * The one-field modes: page extraction reads one page per open (its content and meta tags), the raw JSON
 * tab one post JSON. There a group tries each member exactly once whatever its size (no single-URL field
 * rotates over the members), so they take more vectors per open without trying less (issue 13: an open costs
 * ~0.7 s, whatever the group's size). The raw JSON tab has had no failing group: 64 per open (7 opens for the
 * 426 vectors instead of 27). Page extraction has a few vectors that swallow the page (<plaintext>...), and a
 * group holding one is bisected (2·log2(size) opens), so 32 there: 14 opens plus ~26 of bisection instead of
 * 27 plus ~22.
 */
const FALLBACK_GROUP = Number(process.env.CLEARPOST_XSS_FALLBACK_GROUP ?? 32);
const RAW_GROUP = Number(process.env.CLEARPOST_XSS_RAW_GROUP ?? 64);
/** Local iteration only: try the first N vectors, or only the ids matching a pattern. */
const LIMIT = Number(process.env.CLEARPOST_XSS_LIMIT ?? Infinity);
const ONLY = process.env.CLEARPOST_XSS_ONLY ? new RegExp(process.env.CLEARPOST_XSS_ONLY) : undefined;

/**
 * Holes found by this suite in code the XSS helper does not own, reported with their repro and left to
 * their owners: they are printed on every run (never hidden) but do not fail it. Each entry is
 * `browser mode vector-id`. Firefox exposes `<img name=X>`/`<form name=X>` as `document.X` even in
 * DOMParser documents, and page extraction (src/core/page, Readability) calls `doc.getElementById`,
 * `doc.querySelector`... on the parsed page: "Something went wrong while reading this page" (a denial of
 * the reader, nothing runs).
 */
if (!corpusAvailable) {
  if (process.env.CI === 'true') throw new Error(`CI=true but the shared corpus is missing at ${corpusDir} (set CLEARPOST_CORPUS)`);
  console.warn(`\n⚠ xss suite skipped: no corpus at ${corpusDir} (set CLEARPOST_CORPUS to run it)\n`);
}

function skipReason(browser: BrowserName): string | undefined {
  if (!corpusAvailable) return 'no corpus';
  if (!browserAvailable(browser)) return 'browser not installed';
  if (inject('e2eBuild') === 'failed') return 'test build failed';
  if (!testBuildPresent(browser)) return 'no dist-test build';
  return undefined;
}

function groupsOf(vectors: Vector[], size: number, firstId: number): Group[] {
  const groups: Group[] = [];
  for (let i = 0; i < vectors.length; i += size) groups.push({ id: firstId + groups.length, members: vectors.slice(i, i + size) });
  return groups;
}

/** Map a violation's location to the fields that could have put something there. */
function fieldsAt(violation: string, mode: OpenMode): Field[] | 'all' {
  if (mode === 'raw-json') return ['raw-json'];
  if (mode === 'fallback') return ['page-html'];
  const exec = /canary\/(?:exec|res)\/([a-z.]+)\./.exec(violation);
  if (exec && (FIELDS as readonly string[]).includes(exec[1]!)) return [exec[1] as Field];
  const where = violation.split(':')[0] ?? '';
  const map: Record<string, Field[]> = {
    'cp-title': ['title'],
    'cp-byline': ['author.name', 'author.url'],
    'cp-site': ['site.name', 'site.icon', 'site.url'],
    'cp-site-link': ['site.name', 'site.icon', 'site.url'],
    'cp-featured': ['media.url', 'media.alt', 'media.caption'],
    'cp-featured-image': ['media.url', 'media.alt'],
    'cp-terms': ['terms'],
    'cp-content': ['content', 'content.href'],
    'cp-comment-content': ['comment.content'],
    'cp-comments': ['comment.content'],
    'cp-references': ['content.href', 'content'],
    'cp-canonical-line': ['link'],
    'cp-canonical': ['link'],
  };
  return map[where] ?? 'all';
}

// Firefox's launch overlaps the Chromium block's opens (browsers.ts launchesInTurn).
const launchFor = launchesInTurn(
  BROWSERS.filter((b) => skipReason(b) === undefined),
  (b) => launchBrowser(b, testBuildDir(b)),
);

for (const browser of BROWSERS) {
  const reason = skipReason(browser);
  describe.skipIf(reason !== undefined)(`xss [${browser}${reason ? `: skipped, ${reason}` : ''}]`, () => {
    let site: XssSite | undefined;
    let h: Harness | undefined;
    let tab: Tab | undefined;
    beforeAll(async () => {
      site = await startXssSite();
      h = await launchFor(browser);
      tab = await openTab(h);
    });
    afterAll(async () => {
      await h?.close();
      await site?.close();
    });

    test('the detectors fire on a page that does what a surviving vector would do (canary, dialog, DOM checks)', async () => {
      if (!tab || !site) throw new Error('xss environment not ready');
      const seen = await runSelfTest(tab, site);
      expect(seen.canaryHit, 'armed onerror reached /canary/exec/').toBe(true);
      expect(
        seen.events.some((e) => e.startsWith('dialog: alert')),
        `dialog recorded (events: ${seen.events.join(' | ')})`,
      ).toBe(true);
      for (const wanted of ['<img onerror>', '<a href="javascript:void 0">', '<svg> element', '<script> element']) {
        expect(
          seen.dom.some((v) => v.includes(wanted)),
          `DOM check reports ${wanted} (got: ${seen.dom.join(' | ')})`,
        ).toBe(true);
      }
      site.requests.splice(0); // the self-test's own requests are not the reader's
    });

    test('every vector in every site-controlled field: nothing runs, nothing escapes the article, the page sees nothing', async () => {
      if (!h || !site || !tab) throw new Error('xss environment not ready');
      const started = Date.now();
      const vectors = loadVectors()
        .filter((v) => !ONLY || ONLY.test(v.id))
        .slice(0, LIMIT);
      if (!ONLY) expect(vectors.length).toBeGreaterThanOrEqual(Math.min(LIMIT, 300));
      const failures: string[] = [];
      const failed = new Set<string>(); // `${field}|${vector}`
      const unrendered: string[] = [];

      // Control: a group without vectors shows the sentinel and gives the reader page's skeleton.
      const control: Group = { id: 1, members: [] };
      site.register(control);
      const base = await openGroup(h, tab, site, control, 'page');
      expect(base.violations, 'control open').toEqual([]);
      const skeleton = base.skeleton;

      const check = (r: OpenResult): string[] => {
        const v = [...r.violations];
        if (r.skeleton !== undefined && r.skeleton !== skeleton) v.push('reader: page outside the article differs from a benign open');
        return v;
      };

      const modeFields = (mode: OpenMode): Field[] =>
        mode === 'raw-json' ? ['raw-json'] : mode === 'fallback' ? ['page-html'] : FIELDS.filter((f) => f !== 'raw-json' && f !== 'page-html');
      let tried = 0;
      let opens = 1;
      const triedVectors = new Set<string>();
      const triedFields = new Set<Field>();
      let nextId = 900_000; // ids of the halves and lone vectors that bisection opens
      const run = async (group: Group, mode: OpenMode): Promise<void> => {
        site!.register(group);
        const first = await openGroup(h!, tab!, site!, group, mode);
        opens++;
        const shape = mode === 'page' ? placements(group, false) : group.members.map((vector) => ({ vector, field: modeFields(mode)[0]! }));
        tried += shape.length;
        for (const p of shape) {
          triedVectors.add(p.vector.id);
          triedFields.add(p.field);
        }
        const v = check(first);
        if (v.length === 0) return;
        if (mode === 'page') await oneByOne(group, mode, v);
        else await bisect(group, mode, v);
      };
      /** A lone vector's violations, recorded against it; true when it explains something. */
      const single = async (vector: Vector, id: number, mode: OpenMode): Promise<boolean> => {
        const alone: Group = { id, members: [vector] };
        site!.register(alone);
        const again = check(await openGroup(h!, tab!, site!, alone, mode));
        opens++;
        // A vector that swallows the page's own markup (<plaintext>, an unclosed <textarea>...) leaves no
        // article to extract: nothing was rendered, so nothing was tried. Counted apart, never a pass.
        if (
          mode === 'fallback' &&
          again.length > 0 &&
          again.every((x) => /^reader: (no article|page outside|the sentinel)|^reader state error: .*(no article text|not an article)/i.test(x))
        ) {
          unrendered.push(vector.id);
          return true;
        }
        for (const violation of again) {
          failures.push(`${vector.id} [${mode}] ${violation}`);
          console.log(`xss ${browser} FAIL ${vector.id} [${mode}] ${violation}`);
          const fields = fieldsAt(violation, mode);
          for (const f of fields === 'all' ? modeFields(mode) : fields) failed.add(`${f}|${vector.id}`);
        }
        return again.length > 0;
      };
      /** Violations no single member explains: every member of the group is marked failed. */
      const groupFailure = (group: Group, mode: OpenMode, v: string[]): void => {
        for (const violation of v) {
          failures.push(`group ${group.id} (${group.members.map((m) => m.id).join(', ')}) [${mode}] ${violation}`);
          const fields = fieldsAt(violation, mode);
          for (const m of group.members) for (const f of fields === 'all' ? modeFields(mode) : fields) failed.add(`${f}|${m.id}`);
        }
      };
      /** Attribute: each member alone (single-URL fields then all go to it). */
      const oneByOne = async (group: Group, mode: OpenMode, v: string[]): Promise<void> => {
        let named = false;
        for (const [i, vector] of (group.members.length > 1 ? group.members : []).entries()) {
          if (await single(vector, group.id * 100 + i, mode)) named = true;
        }
        if (!named) groupFailure(group, mode, v);
      };
      /**
       * One-field modes (page extraction, raw JSON): a half of a group tries exactly its members' placements,
       * so halves that pass prove their members and failing halves are halved again down to the lone
       * culprit. One vector that swallows the page costs 2·log2(group) opens instead of one per member.
       */
      const bisect = async (group: Group, mode: OpenMode, v: string[]): Promise<boolean> => {
        if (group.members.length === 1) return single(group.members[0]!, nextId++, mode);
        let named = false;
        const middle = Math.ceil(group.members.length / 2);
        for (const members of [group.members.slice(0, middle), group.members.slice(middle)]) {
          const half: Group = { id: nextId++, members };
          if (members.length === 1) {
            if (await single(members[0]!, half.id, mode)) named = true;
            continue;
          }
          site!.register(half);
          const again = check(await openGroup(h!, tab!, site!, half, mode));
          opens++;
          if (again.length > 0 && (await bisect(half, mode, again))) named = true;
        }
        if (!named) groupFailure(group, mode, v);
        return true;
      };
      for (const group of groupsOf(vectors, GROUP, 1000)) await run(group, 'page');
      for (const group of groupsOf(vectors, RAW_GROUP, 3000)) await run(group, 'raw-json');
      for (const group of groupsOf(vectors, FALLBACK_GROUP, 5000)) await run(group, 'fallback');

      // Late effects: an image error handler or a timer that fires after the checks.
      await new Promise((r) => setTimeout(r, 1500));
      for (const r of site.requests) {
        const exec = r.path.startsWith('/canary/exec/');
        const isRest = r.path.startsWith('/wp-json');
        const isPage = r.dest === 'document' && /^\/[gf]\/\d+\/$/.test(r.path);
        // The fallback pages' own loads (their images, their icon) are the page's, under its own CSP.
        const byPage = r.from.startsWith(`${site.origin}/f/`);
        if (exec || (!isRest && !isPage && !byPage && !ALLOWED_DESTS.has(r.dest))) {
          failures.push(`request ${r.path.slice(0, 160)} (dest=${r.dest || 'none'}, from=${r.from || 'none'})`);
          const tag = /canary\/(?:exec|res)\/([a-z.]+)\.([a-z0-9-]+)/.exec(r.path);
          if (tag) failed.add(`${tag[1]}|${tag[2]}`);
        }
      }
      for (const s of h.sink.log) failures.push(`left 127.0.0.1: ${s.method} ${s.target}`);

      const secs = ((Date.now() - started) / 1000).toFixed(0);
      console.log(
        `xss: ${tried - failed.size - unrendered.length} passed, ${failed.size} failed${unrendered.length ? ` (${unrendered.length} page-extraction vectors left no article: ${unrendered.join(', ')})` : ''} (${triedVectors.size} vectors × ${triedFields.size} fields, ${tried} placements, ${browser}, ${opens} opens in ${secs} s)`,
      );
      expect(failures).toEqual([]);
      // Only a few vectors swallow a page's markup (<plaintext>, an unclosed <textarea>: 1 of the first 40,
      // 10–12 of 416). When most of them "leave no article", page extraction or the reader's chrome changed
      // for every open, and the fallback placements were not really tried: a lazy chunk's runtime
      // <link rel=modulepreload> in the reader's <head> once hid all 416 that way.
      expect(unrendered.length, 'page-extraction vectors that left no article').toBeLessThanOrEqual(Math.max(3, Math.ceil(vectors.length * 0.1)));
    }, 1_800_000);
  });
}
