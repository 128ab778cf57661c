/**
 * Test builds only (imported behind `__CLEARPOST_TEST__`, dead-code-eliminated from store builds):
 * the test-trigger content script on the fixture server asks for a toolbar click or a context-menu
 * copy, and this runs the SAME handlers the real click and menu run. Copy results are echoed back to
 * the page for assertions (the e2e browsers' clipboards are not always readable). 'reset-storage' empties the
 * extension's storage between the e2e files that share one browser (test/e2e/support/suite.ts).
 */
import browser, { type Tabs } from 'webextension-polyfill';
import type { MenuCopyFormat, ToBackground } from '../shared/messages';
import { handleMessages, sendToTab } from '../shared/messaging';
import type { CopyResult } from './copy-from-menu';
import type { QuoteClick } from './quote-from-menu';

export interface TestActions {
  openReader(tab: Tabs.Tab): Promise<unknown>;
  copyFromMenu(tab: Tabs.Tab, format: MenuCopyFormat): Promise<CopyResult>;
  quoteFromMenu(tab: Tabs.Tab, info: QuoteClick): Promise<CopyResult>;
}

export function registerTestTrigger(actions: TestActions): void {
  handleMessages<ToBackground>(
    {
      testTrigger: async ({ action, frameUrl }, sender) => {
        const tab = sender.tab;
        if (!tab || tab.id === undefined) return;
        if (action === 'click') {
          await actions.openReader(tab);
          return;
        }
        if (action === 'reset-storage') {
          await Promise.all([browser.storage.sync.clear(), browser.storage.local.clear()]);
          return;
        }
        const result =
          action === 'copy-quote'
            ? // The menu click on a selection in the page's top frame (its selectionText unused: the page's selection
              // is read), or in the frame the test names (the reader's: the click is relayed to that reader).
              await actions.quoteFromMenu(tab, frameUrl ? { frameUrl } : { frameId: 0, ...(tab.url ? { frameUrl: tab.url } : {}) })
            : await actions.copyFromMenu(tab, action === 'copy-markdown' ? 'markdown' : action === 'copy-html' ? 'html' : 'text');
        await sendToTab(tab.id, 'testResult', result.ok ? { action, text: result.text } : { action, error: result.error });
      },
    },
    { testTrigger: 'content' },
  );
}
