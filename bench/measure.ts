/**
 * One measured page load, the same for the app and the peer: time to
 * data-ready="true", heap once ready, frame times during a scripted 2-second
 * pan and zoom, and the bytes of JavaScript and data the page fetched.
 */
import type { Browser, Page } from '@playwright/test';

/**
 * Nothing leaves the machine: every host but the local server is unresolvable.
 * Done in the browser, not by Playwright's request routing, which would add a
 * round trip to Node to every request and so penalise a page by its number of
 * files rather than its speed.
 */
export const OFFLINE_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

export interface PageMeasure {
  readyMs: number;
  heapMiB: number;
  frameMedianMs: number;
  frameP95Ms: number;
  jsBytes: number;
  dataBytes: number;
}

declare global {
  interface Window {
    __readyAt?: number;
    __frames?: number[];
    __recording?: boolean;
  }
}

/** Notes in the page when data-ready appears (a wait from Playwright would be late by its polling). */
export const READY_AT = `
  const readyObserver = new MutationObserver(() => {
    if (window.__readyAt === undefined && document.querySelector('[data-ready="true"]')) {
      window.__readyAt = performance.now();
      readyObserver.disconnect();
    }
  });
  readyObserver.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
`;

/** Data-ready as READY_AT noted it, once it has come. */
export async function readyAt(page: Page): Promise<number> {
  await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 120_000 });
  return page.evaluate(() => window.__readyAt!);
}

/**
 * Installed before any page script: notes when data-ready appears, and records
 * frame gaps on demand. A string, not a function: tsx would wrap named inner
 * functions in a helper the page does not have.
 */
const INSTRUMENT = `
  ${READY_AT}
  window.__frames = [];
  let last = 0;
  const tick = (now) => {
    if (window.__recording && last) window.__frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export async function measurePage(browser: Browser, url: string): Promise<PageMeasure> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(INSTRUMENT);
  let jsBytes = 0;
  let dataBytes = 0;
  page.on('requestfinished', (request) => {
    void request.sizes().then(({ responseBodySize }) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('.js')) jsBytes += responseBodySize;
      else if (/\.(json|geojson|txt)$/.test(path)) dataBytes += responseBodySize;
    });
  });
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__readyAt !== undefined, null, {
    timeout: 120_000,
    polling: 50,
  });
  const readyMs = await page.evaluate(() => window.__readyAt!);
  await page.waitForTimeout(300);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

  const frames = await panAndZoom(page);
  await context.close();
  return {
    readyMs,
    heapMiB: usedSize / 1024 / 1024,
    frameMedianMs: percentile(frames, 50),
    frameP95Ms: percentile(frames, 95),
    jsBytes,
    dataBytes,
  };
}

/**
 * Two seconds of use: eight short drags in a circle (each ends in a moveend,
 * where a map redraws what it shows), then four wheel zooms in and out.
 */
export async function panAndZoom(page: import('@playwright/test').Page): Promise<number[]> {
  const box = await page.locator('.leaflet-container').first().boundingBox();
  if (!box) throw new Error('no map on the page');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.evaluate(() => {
    window.__frames = [];
    window.__recording = true;
  });
  const started = Date.now();
  for (let drag = 0; drag < 8; drag++) {
    const angle = (drag / 8) * Math.PI * 2;
    const [dx, dy] = [Math.round(120 * Math.cos(angle)), Math.round(120 * Math.sin(angle))];
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let step = 1; step <= 4; step++) {
      await page.mouse.move(x + (dx * step) / 4, y + (dy * step) / 4);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    await page.waitForTimeout(Math.max(0, started + (drag + 1) * 125 - Date.now()));
  }
  await page.mouse.move(x, y);
  for (const delta of [-240, -240, 240, 240]) {
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(250);
  }
  await page.waitForTimeout(Math.max(0, started + 2000 - Date.now()));
  return page.evaluate(() => {
    window.__recording = false;
    return window.__frames!;
  });
}

/** Installed before any page script: records the page's long tasks (over 50 ms) as they happen. */
export const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

/** The longest task that started at or after `from` (the page's clock), 0 when none was long. */
export function longestTaskSince(
  page: import('@playwright/test').Page,
  from: number,
): Promise<number> {
  return page.evaluate(
    (since) =>
      Math.max(
        0,
        ...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
          .filter((task) => task.start >= since)
          .map((task) => task.duration),
      ),
    from,
  );
}
