/**
 * A warmed-up Firefox profile that each launch copies instead of starting from an empty directory (issue 13).
 * Firefox spends ~1.5 s of a 3.8 s launch creating a new profile's databases and caches (measured on this
 * machine, ESR 153: 3.8 s from empty, 2.3 s from a copy), and each e2e/hostile file launches it at least once.
 *
 * The template is made once per run by the global setup (global-setup.ts), from a Firefox launched with the
 * test preferences and closed again, never with the extension installed: no extension storage, UUID or
 * permission can carry from one launch to the next. Each launch still writes its own preferences (user.js,
 * the sink's port) over the copy. Without the template (a file run outside the global setup) a launch starts
 * from an empty profile as before.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const TEMPLATE_KEY = 'CLEARPOST_FIREFOX_PROFILE_TEMPLATE';

/** Makes the template and says where it is to the test processes (through the environment they inherit). */
export async function makeFirefoxTemplate(executablePath: string, prefs: Record<string, unknown>): Promise<() => void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'clearpost-firefox-template-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    protocol: 'webDriverBiDi',
    userDataDir: dir,
    extraPrefsFirefox: prefs,
  });
  await browser.close();
  process.env[TEMPLATE_KEY] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}

/** A new profile directory for one launch: a copy of the template for Firefox when there is one, else empty. */
export function newProfile(name: 'chromium' | 'firefox'): string {
  const profile = mkdtempSync(path.join(os.tmpdir(), `clearpost-e2e-${name}-`));
  const template = process.env[TEMPLATE_KEY];
  if (name === 'firefox' && template && existsSync(template)) cpSync(template, profile, { recursive: true });
  return profile;
}
