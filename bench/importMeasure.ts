/**
 * Importing an event table as a person does: the file picked in "Your
 * layers", until its row in the panel says how many rows were placed.
 * Measured: the time that takes, and the longest main-thread task meanwhile
 * (the page must never be blocked for more than 200 ms).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { eventTableCsv } from './eventTable';
import { LONG_TASKS, longestTaskSince } from './measure';

export interface ImportMeasure {
  rows: number;
  megabytes: number;
  /** From picking the file until its rows are counted in the panel and clustered on the map. */
  importMs: number;
  longestTaskMs: number;
}

/** Writes the table of `rows` rows into `dir` once, and returns its path and size. */
export async function writeEventTable(
  dir: string,
  rows: number,
): Promise<{ path: string; bytes: number }> {
  const text = eventTableCsv(rows);
  const path = join(dir, `events-${rows}.csv`);
  await writeFile(path, text);
  return { path, bytes: Buffer.byteLength(text) };
}

export async function measureImport(
  browser: Browser,
  url: string,
  table: { path: string; bytes: number },
  rows: number,
): Promise<ImportMeasure> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(LONG_TASKS);
  await page.goto(url);
  await page.locator('.map[data-ready="true"]').waitFor({ timeout: 120_000 });
  // The panel's parts come after the first view.
  await page.getByTestId('import-input').waitFor({ state: 'attached' });
  await page.waitForTimeout(1000);
  const started = await page.evaluate(() => performance.now());
  await page.getByTestId('import-input').setInputFiles(table.path);
  await page
    .locator('.imported-layer')
    .filter({ hasText: `of ${rows.toLocaleString('en')} rows placed` })
    .waitFor({ timeout: 300_000 });
  await page.locator('[data-imported-cluster]').first().waitFor({ timeout: 60_000 });
  const finished = await page.evaluate(() => performance.now());
  await page.waitForTimeout(300);
  const longest = await longestTaskSince(page, started);
  await page.close();
  return {
    rows,
    megabytes: table.bytes / 1_000_000,
    importMs: finished - started,
    longestTaskMs: longest,
  };
}
