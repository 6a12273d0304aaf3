/**
 * Search as a person uses it, in the browser: the box is focused once the
 * map is ready, and "Qamishli" is typed a key every 120 ms. Measured: how
 * long after data-ready the index is ready (the worker builds it), how long
 * each keystroke takes to show its results, and the longest main-thread task
 * while typing.
 */
import type { Browser } from '@playwright/test';
import { LONG_TASKS, longestTaskSince, percentile } from './measure';

export interface SearchMeasure {
  indexReadyAfterDataReadyMs: number;
  keystrokeP50Ms: number;
  keystrokeP95Ms: number;
  longestTaskMs: number;
}

const WORD = 'Qamishli';
const KEY_GAP_MS = 120;

/**
 * Installed before any page script: at data-ready the box is focused, as a
 * user would, and both moments are noted in the page, so neither waits for
 * Playwright's polling (which backs off to half a second). A string, for the
 * reason given in measure.ts.
 */
const FOCUS_AT_READY = `
  const observer = new MutationObserver(() => {
    if (window.__searchReadyAt === undefined && document.querySelector('[data-ready="true"]')) {
      window.__searchReadyAt = performance.now();
      document.querySelector('.search input[role="combobox"]').focus();
    }
    if (window.__searchReadyAt !== undefined && document.querySelector('.search[data-index="ready"]')) {
      window.__indexReadyAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-index'] });
`;

declare global {
  interface Window {
    __searchReadyAt?: number;
    __indexReadyAt?: number;
  }
}

export async function measureSearch(browser: Browser, url: string): Promise<SearchMeasure> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(LONG_TASKS);
  await page.addInitScript(FOCUS_AT_READY);
  await page.goto(url);
  await page.waitForFunction(() => window.__indexReadyAt !== undefined, null, {
    timeout: 120_000,
  });
  const { readyAt, indexReadyAt } = await page.evaluate(() => ({
    readyAt: window.__searchReadyAt!,
    indexReadyAt: window.__indexReadyAt!,
  }));
  const typingFrom = indexReadyAt;
  const latencies: number[] = [];
  for (let i = 1; i <= WORD.length; i++) {
    const typed = WORD.slice(0, i);
    const started = await page.evaluate(() => performance.now());
    await page.keyboard.type(WORD[i - 1]!);
    await page.waitForFunction(
      (text) => document.querySelector<HTMLElement>('.search')?.dataset.answered === text,
      typed,
      { timeout: 60_000, polling: 'raf' },
    );
    latencies.push((await page.evaluate(() => performance.now())) - started);
    await page.waitForTimeout(KEY_GAP_MS);
  }
  const longest = await longestTaskSince(page, typingFrom);
  await page.close();
  return {
    indexReadyAfterDataReadyMs: indexReadyAt - readyAt,
    keystrokeP50Ms: percentile(latencies, 50),
    keystrokeP95Ms: percentile(latencies, 95),
    longestTaskMs: longest,
  };
}
