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

export async function measureSearch(browser: Browser, url: string): Promise<SearchMeasure> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(LONG_TASKS);
  await page.goto(url);
  await page.locator('.map[data-ready="true"]').waitFor({ timeout: 120_000 });
  const readyAt = await page.evaluate(() => performance.now());
  const box = page.getByRole('combobox', { name: /^Search places/ });
  await box.focus();
  await page.locator('.search[data-index="ready"]').waitFor({ timeout: 120_000 });
  const indexReadyAt = await page.evaluate(() => performance.now());
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
