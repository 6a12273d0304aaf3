/**
 * The map reads on its own: the story's towns are named on it, no two names
 * overlap or cover another symbol, and the opening view frames the route.
 */
import type { Page } from '@playwright/test';
import { expect, markerById, openApp, test } from './fixtures';

const FIRST_STOPS = ['Ash Shaddadi', 'Al Hasakah', 'Tall Tamr', 'Ras al-Ayn', 'Ad Darbasiyah'];

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const overlap = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Every label on the map, and every marker symbol, as drawn. */
async function drawn(page: Page) {
  return page.evaluate(() => {
    const rect = (element: Element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    return {
      labels: [...document.querySelectorAll<HTMLElement>('.map-label')].map((element) => ({
        text: element.textContent ?? '',
        for: element.dataset.labelFor ?? '',
        rect: rect(element),
      })),
      symbols: [...document.querySelectorAll<HTMLElement>('.leaflet-marker-icon')].map(
        (element) => ({ id: element.dataset.featureId ?? '', rect: rect(element) }),
      ),
    };
  });
}

/** No two labels overlap, and none covers a symbol but its own feature's. */
async function expectClearLabels(page: Page): Promise<number> {
  const { labels, symbols } = await drawn(page);
  for (const [i, a] of labels.entries()) {
    for (const b of labels.slice(i + 1))
      expect(overlap(a.rect, b.rect), `"${a.text}" overlaps "${b.text}"`).toBe(false);
    for (const symbol of symbols)
      if (symbol.id !== a.for)
        expect(overlap(a.rect, symbol.rect), `"${a.text}" covers ${symbol.id}`).toBe(false);
  }
  return labels.length;
}

const centreOf = async (page: Page, id: string) => {
  const box = (await markerById(page, id).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

test.describe('place names on the map', () => {
  test('the opening view frames the route: its first five stops named, apart, and clear of each other', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    // Offline: the built-in basemap, and its notice over the map.
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort('internetdisconnected'));
    await openApp(page);
    await expect(page.locator('.map-notice')).toBeVisible();
    // All seven stops, the rarer crossings' towns too.
    for (const name of [...FIRST_STOPS, 'Amuda', 'Qamishli'])
      await expect(page.locator('.map-label').getByText(name, { exact: true })).toHaveCount(1);
    expect(await expectClearLabels(page)).toBeGreaterThanOrEqual(FIRST_STOPS.length);
    const [a, b] = [await centreOf(page, 'ash-shaddadi'), await centreOf(page, 'ras-al-ayn')];
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(150);
    // The names are for the eye: each marker already says its name to a screen reader.
    // (Ours, and the built-in basemap's names behind them.)
    for (const pane of await page.locator('.map-labels').all())
      await expect(pane).toHaveAttribute('aria-hidden', 'true');
  });

  for (const zoom of [4, 6, 8, 10])
    test(`at zoom ${zoom} no two names overlap and none covers another symbol`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await openApp(page, `?map=${zoom}/36.7/40.5`);
      await expect(page.locator('.map-label').first()).toBeAttached();
      await expectClearLabels(page);
      if (zoom >= 8)
        for (const name of ['Ras al-Ayn', 'Tall Tamr'])
          await expect(page.locator('.map-label').getByText(name, { exact: true })).toHaveCount(1);
      // Below the route's zoom its stops give way to one name for the route.
      if (zoom <= 6)
        await expect(page.locator('.map-label').getByText('Smuggling route')).toHaveCount(1);
    });

  test('a link’s view still wins over the opening view', async ({ page }) => {
    await openApp(page, '?map=6/41.0/29.0');
    await expect(page).toHaveURL(/map=6\/41/);
    await expect(markerById(page, 'istanbul')).toBeInViewport();
  });

  test('"Whole story" fits every place the articles name, Dushanbe included', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page);
    await expect(markerById(page, 'dushanbe')).not.toBeInViewport();
    await page.getByRole('button', { name: 'Whole story' }).click();
    await expect(markerById(page, 'dushanbe')).toBeInViewport();
    await expect(markerById(page, 'ras-al-ayn')).toBeInViewport();
  });

  test('a scale bar in kilometres', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('.leaflet-control-scale-line')).toContainText(/\d+ km/);
  });
});

test('on a 375 px phone, offline: nothing overflows, the route spans 100 px, the notice is a thin strip', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort('internetdisconnected'));
  await openApp(page);
  const notice = page.locator('.map-notice');
  await expect(notice).toContainText('Map tiles could not be loaded');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const map = (await page.locator('.map').boundingBox())!;
  expect((await notice.boundingBox())!.height).toBeLessThanOrEqual(map.height * 0.15);
  const stops = ['ash-shaddadi', 'ras-al-ayn', 'qamishli', 'amuda', 'ad-darbasiyah'];
  const xs: number[] = [];
  const ys: number[] = [];
  for (const id of stops) {
    const { x, y } = await centreOf(page, id);
    xs.push(x);
    ys.push(y);
  }
  const span = Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  expect(span).toBeGreaterThanOrEqual(100);
  for (const name of FIRST_STOPS)
    await expect(page.locator('.map-label').getByText(name, { exact: true })).toHaveCount(1);
  await expectClearLabels(page);
});

test('the overview inset shows where the view is in the whole story, and a click takes the map there', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  const inset = page.locator('.overview-inset');
  await expect(inset).toBeVisible();
  await expect(inset.locator('path')).not.toHaveCount(0);
  // Its left edge is the Americas: a click there moves the main map west of Greenwich.
  await inset.click({ position: { x: 20, y: 40 } });
  await expect
    .poll(() => Number(new URL(page.url()).searchParams.get('map')?.split('/')[2] ?? 40))
    .toBeLessThan(0);
  await page.setViewportSize({ width: 375, height: 740 });
  await expect(inset).toBeHidden();
});

test('the key under the layers shows every style of name the map writes', async ({ page }) => {
  await openApp(page);
  const key = page.getByRole('region', { name: 'Names on the map' });
  for (const kind of ['route-stop', 'route', 'region', 'selected'])
    await expect(key.locator(`.label-sample--${kind}`)).toHaveCount(1);
  await expect(key.locator('.label-sample:not([class*="--"])')).toHaveCount(1);
});
