import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { launchBrowser } from '../../test/e2e/support/browsers';
import { startBenchServer } from './server';
import { registerBenchPosts } from './posts';
import { openObserved, settle, dispatchClick, waitForPainted } from './probe';
const server = await startBenchServer();
const posts = registerBenchPosts(server.origin);
const h = await launchBrowser('chromium', path.join('/tmp/clearpost-bench/test', 'chrome'), { viewport: { width: 1280, height: 900 } });
const url = server.origin + posts.seedPath;
let events: any[] = [];
for (let i = 0; i < 3; i++) {
  const page = await openObserved(h.browser, url);
  await settle(page);
  const cdp = await h.browser.target().createCDPSession();
  events = [];
  cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,v8.execute,blink,loading,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  const t0 = await dispatchClick(h.browser, url);
  await waitForPainted(page, 'clearpost');
  await cdp.send('Tracing.end');
  await done;
  await page.close();
}
writeFileSync('/tmp/trace.json', JSON.stringify(events));
await h.close(); await server.close(); process.exit(0);
