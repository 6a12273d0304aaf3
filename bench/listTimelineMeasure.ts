/**
 * The list and the timeline at scale, as a person uses them: the incidents'
 * list is scrolled a screen at a time, and the end of the time range is
 * dragged with the mouse. Measured: the longest main-thread task in each.
 */
import type { Browser, Page } from '@playwright/test';
import { LONG_TASKS, longestTaskSince, READY_AT, readyAt } from './measure';

export interface ListTimelineMeasure {
  /** From the first paint of the list until its rows are in view (the list builds after the first view). */
  listOpenLongestTaskMs: number;
  listScrollLongestTaskMs: number;
  timelineDragLongestTaskMs: number;
}

const now = (page: Page) => page.evaluate(() => performance.now());

export async function measureListAndTimeline(
  browser: Browser,
  url: string,
): Promise<ListTimelineMeasure> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(LONG_TASKS);
  await page.addInitScript(READY_AT);
  await page.goto(`${url}?layers=incidents`);
  const dataReadyAt = await readyAt(page);
  const group = page.locator('.feature-list__group').filter({ hasText: 'Incidents' });
  await group.locator('[aria-posinset="1"]').waitFor({ timeout: 120_000 });
  await page.waitForTimeout(500);
  const listOpen = await longestTaskSince(page, dataReadyAt);

  const scrollFrom = await now(page);
  const box = group.locator('.virtual-list');
  for (let screen = 1; screen <= 20; screen++) {
    await box.evaluate(
      (element, step) => (element.scrollTop = element.clientHeight * step),
      screen,
    );
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(300);
  const listScroll = await longestTaskSince(page, scrollFrom);

  const dragFrom = await now(page);
  const to = page.getByRole('slider', { name: 'To month' });
  const slider = (await to.boundingBox())!;
  const y = slider.y + slider.height / 2;
  await page.mouse.move(slider.x + slider.width - 8, y);
  await page.mouse.down();
  await page.mouse.move(slider.x + slider.width * 0.4, y, { steps: 20 });
  await page.mouse.up();
  await page.waitForTimeout(500);
  const drag = await longestTaskSince(page, dragFrom);
  await page.close();
  return {
    listOpenLongestTaskMs: listOpen,
    listScrollLongestTaskMs: listScroll,
    timelineDragLongestTaskMs: drag,
  };
}
