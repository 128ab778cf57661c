import path from 'node:path';
import { launchBrowser } from '../../test/e2e/support/browsers';
import { startBenchServer } from './server';
import { registerBenchPosts } from './posts';
import { clearpostClick } from './click-runs';
const testRoot = '/tmp/clearpost-bench/test';
const server = await startBenchServer();
const posts = registerBenchPosts(server.origin);
const h = await launchBrowser('chromium', path.join(testRoot, 'chrome'), { viewport: { width: 1280, height: 900 } });
const which = process.argv[2] ?? 'small';
const url = which === 'corpus' ? server.origin + posts.corpusPath : server.origin + posts.seedPath;
for (let i = 0; i < 4; i++) {
  const s = await clearpostClick({ browser: h.browser, url, rest: server.rest, keepOpen: true });
  if (i < 2) { await s.page.close(); continue; }
  const frame = s.page.frames().find((f) => f.url().startsWith('chrome-extension://'));
  const res = await frame!.evaluate(() => ({ nav: performance.getEntriesByType('navigation').map((e: any) => ({ start: e.startTime, respEnd: e.responseEnd, domInteractive: e.domInteractive, dcl: e.domContentLoadedEventStart })), res: performance.getEntriesByType('resource').map((e: any) => ({ name: e.name.split('/').pop(), start: Math.round(e.startTime), end: Math.round(e.responseEnd), size: e.decodedBodySize })) }));
  console.log(JSON.stringify(res.nav));
  for (const r of res.res) console.log(String(r.start).padStart(5), String(r.end).padStart(5), r.name);
  await s.page.close();
  console.log('total', s.totalMs.toFixed(0));
  for (const m of s.timeline) console.log(m.at.toFixed(1).padStart(7), m.name);
}
await h.close(); await server.close(); process.exit(0);
