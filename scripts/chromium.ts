/**
 * Finding a Chromium for the end-to-end tests, never silently skipping them:
 * CHROMIUM_PATH, else a system Chromium/Chrome, else Playwright's own browser.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The browser to run, with where it was found; null when there is none. */
export function findChromium(): { path: string; origin: string } | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return { path: fromEnv, origin: 'CHROMIUM_PATH' };
  }
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return { path: system, origin: 'system' };
  const bundled = chromium.executablePath();
  return existsSync(bundled) ? { path: bundled, origin: "Playwright's browser" } : null;
}

/**
 * Flags for a closed network: without the background-networking ones,
 * Chromium keeps trying to reach Google's hosts and logs refusals.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
