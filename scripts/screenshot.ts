/**
 * `npm run screenshot`: retakes the README's screenshot (docs/screenshot.png)
 * from the built app, offline, so it shows the built-in basemap as a reader
 * without a network would see it: the opening view, framed on the smuggling
 * route, its towns named on the map.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium';

const PORT = 4190;
const base = `http://127.0.0.1:${PORT}/`;
const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
  },
);
try {
  const browser = await chromium.launch({
    executablePath: findChromium()?.path,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // Everything off the local server fails, tiles included: the app falls back to its own basemap.
  await page.route(
    (url) => !url.href.startsWith(base),
    (route) => route.abort('internetdisconnected'),
  );
  for (let attempt = 0; ; attempt++) {
    try {
      await page.goto(base);
      break;
    } catch (error) {
      if (attempt > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await page.locator('.map[data-ready="true"]').waitFor();
  await page.getByRole('button', { name: 'Dismiss this notice' }).click();
  await page.locator('.map-label').first().waitFor();
  // The built-in basemap draws on a canvas a moment after the map is ready.
  await page.waitForTimeout(1200);
  await page.screenshot({ path: 'docs/screenshot.png' });
  await browser.close();
} finally {
  server.kill();
}
