/**
 * Crossings without a tile server: with every request outside the app's own
 * origin refused, the app loads, falls back to its built-in basemap, says so,
 * and every feature and tool still works.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, listIds, markerIds, openApp, popup, test } from './fixtures';

const basemapRadio = (page: Page, name: RegExp) =>
  page.getByRole('group', { name: 'Basemap' }).getByRole('radio', { name });
const notice = (page: Page) => page.locator('.map-notice');
const countryLabels = (page: Page) => page.locator('.basemap-label--country');

/** Refuses everything off the app's origin, tiles included, and records what was tried. */
async function goOffline(page: Page, baseURL: string): Promise<string[]> {
  const origin = new URL(baseURL).origin;
  const tried: string[] = [];
  await page.route(
    (url) => url.origin !== origin,
    (route) => {
      tried.push(route.request().url());
      return route.abort('internetdisconnected');
    },
  );
  return tried;
}

/** Console errors other than the refused requests themselves. */
const realErrors = (messages: string[]) =>
  messages.filter((message) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(message));

test.describe('offline', () => {
  test('the app loads fully on its built-in basemap, says so, and every tool works', async ({
    page,
    baseURL,
    pageErrors,
  }) => {
    const tried = await goOffline(page, baseURL!);
    await openApp(page);

    await expect(notice(page)).toContainText('Map tiles could not be loaded');
    await expect(notice(page)).toHaveAttribute('role', 'status');
    await expect(basemapRadio(page, /Built-in/)).toBeChecked();
    await expect(page.locator('.map')).toHaveClass(/map--builtin-basemap/);
    await expect(page.locator('.basemap-pane canvas')).toBeAttached();
    await expect(countryLabels(page).first()).toBeAttached();
    await expect(page.locator('.leaflet-control-attribution')).toContainText('Natural Earth');
    // The only requests that left the origin were map tiles, and nothing else was needed.
    expect(tried.length).toBeGreaterThan(0);
    expect(tried.filter((url) => !/tile\.openstreetmap\.org/.test(url))).toEqual([]);

    // Every layer is drawn: the map shows exactly what the list lists.
    const onMap = await markerIds(page);
    expect(onMap.length).toBeGreaterThan(40);
    expect(await listIds(page)).toEqual(onMap);

    // Popup, then the reader with the quoted passage highlighted.
    await page
      .getByRole('region', { name: /^On the map/ })
      .locator('[data-feature-id="ras-al-ayn"]')
      .click();
    await expect(popup(page).getByRole('heading', { name: 'Ras al-Ayn' })).toBeVisible();
    await popup(page).getByRole('button', { name: 'Open in source' }).first().click();
    await expect(page.locator('aside.reader mark')).toBeVisible();
    await page.getByRole('button', { name: 'Close the source' }).click();

    // Search, figures, walk, measure and export.
    await page.getByRole('combobox', { name: /^Search places/ }).fill('Hasaka');
    await expect(
      page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first(),
    ).toContainText('Al Hasakah');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Figures', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Figures across sources' })).toBeVisible();
    await page.getByRole('button', { name: 'Walk the route' }).click();
    await page.getByRole('button', { name: 'Next stop →' }).click();
    await expect(page).toHaveURL(/walk=[^&]+\.2/);
    await page.getByRole('button', { name: 'Measure' }).click();
    await expect(page.getByRole('region', { name: 'Measure' })).toBeVisible();
    await page.getByRole('button', { name: 'Export' }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download GeoJSON' }).click(),
    ]);
    const exported = JSON.parse(await readFile((await (file as Download).path())!, 'utf8')) as {
      features: { id: string }[];
    };
    expect(exported.features.length).toBeGreaterThan(0);

    expect(tried.filter((url) => !/tile\.openstreetmap\.org/.test(url))).toEqual([]);
    expect(realErrors(pageErrors.messages)).toEqual([]);
  });

  test('the notice can be dismissed, and "Try the tiles again" tries them again', async ({
    page,
    baseURL,
  }) => {
    await goOffline(page, baseURL!);
    await openApp(page);
    await expect(notice(page)).toBeVisible();
    await notice(page).getByRole('button', { name: 'Dismiss this notice' }).click();
    await expect(notice(page)).toHaveCount(0);
    await expect(basemapRadio(page, /Built-in/)).toBeChecked();

    // click, not check: offline, the tiles fail and the choice flips back before check() can see it.
    await page.getByRole('radio', { name: /OpenStreetMap tiles/ }).click();
    // Still offline: the tiles fail again and the built-in map comes back, with the notice.
    await expect(notice(page)).toContainText('Map tiles could not be loaded');
    await expect(basemapRadio(page, /Built-in/)).toBeChecked();
    await notice(page).getByRole('button', { name: 'Try the tiles again' }).click();
    await expect(notice(page)).toContainText('Map tiles could not be loaded');
  });
});

test('the built-in basemap can be picked by hand, and the tiles picked back', async ({
  page,
  pageErrors,
}) => {
  await openApp(page);
  await expect(page.locator('.leaflet-tile-pane img').first()).toBeAttached();
  await basemapRadio(page, /Built-in/).check();
  await expect(page.locator('.basemap-pane canvas')).toBeAttached();
  await expect(page.locator('.leaflet-tile-pane img')).toHaveCount(0);
  // Picked, not fallen back to: no notice.
  await expect(notice(page)).toHaveCount(0);
  // Country names are text from data: shown, never parsed.
  await expect(countryLabels(page).filter({ hasText: /^Turkey$/ })).toHaveCount(1);

  await basemapRadio(page, /OpenStreetMap tiles/).check();
  await expect(page.locator('.basemap-pane canvas')).toHaveCount(0);
  await expect(page.locator('.leaflet-tile-pane img').first()).toBeAttached();
  await expect(page.locator('.map')).not.toHaveClass(/map--builtin-basemap/);
  expect(pageErrors.messages).toEqual([]);
});

test('when the built-in basemap cannot be loaded either, the features are still drawn', async ({
  page,
  baseURL,
}) => {
  await goOffline(page, baseURL!);
  await page.route('**/data/basemap.json', (route) => route.fulfill({ status: 404 }));
  await openApp(page);
  await expect(notice(page)).toContainText('The built-in basemap could not be loaded either');
  expect((await markerIds(page)).length).toBeGreaterThan(40);
});
