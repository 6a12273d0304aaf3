/**
 * axe-core on every view the app has: zero violations, WCAG 2.x A and AA.
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, popup, test } from './fixtures';

async function expectNoViolations(page: Page, view: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  );
  expect(summary, view).toEqual([]);
}

const tool = (page: Page, name: string) =>
  page.getByRole('region', { name: 'Tools' }).getByRole('button', { name, exact: true });

test.describe('axe finds no violations', () => {
  test('main view, list, timeline and an open popup', async ({ page }) => {
    await openApp(page);
    await expectNoViolations(page, 'main view');
    await page
      .getByRole('region', { name: /^On the map/ })
      .locator('[data-feature-id="ras-al-ayn"]')
      .click();
    await expect(popup(page).getByRole('heading', { name: 'Ras al-Ayn' })).toBeVisible();
    await expectNoViolations(page, 'popup');
  });

  test('the reader, with a highlighted passage and place mentions', async ({ page }) => {
    await openApp(page, '?source=isis-flee-to-turkey&quote=ras-al-ayn.0');
    await expect(page.locator('aside.reader mark')).toBeVisible();
    await expectNoViolations(page, 'reader');
  });

  test('search results', async ({ page }) => {
    await openApp(page);
    await page.getByRole('combobox', { name: /^Search places/ }).fill('hasaka');
    await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
    await expectNoViolations(page, 'search');
  });

  // One test per panel: four full-page analyses in one test came near its 30 s on a busy 2-core machine.
  const PANELS: [tool: string, shown: (page: Page) => ReturnType<Page['getByRole']>][] = [
    ['Figures', (page) => page.getByRole('region', { name: 'Figures across sources' })],
    ['Walk the route', (page) => page.getByRole('button', { name: 'Next stop →' })],
    ['Measure', (page) => page.getByRole('region', { name: 'Measure' })],
    ['Export', (page) => page.getByRole('button', { name: 'Download GeoJSON' })],
  ];
  for (const [name, shown] of PANELS)
    test(`the ${name} tool panel`, async ({ page }) => {
      await openApp(page);
      await tool(page, name).click();
      await expect(shown(page)).toBeVisible();
      await expectNoViolations(page, name);
    });

  test('offline basemap notice, imported layer, its popup and an import error', async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    await page.route(
      (url) => url.origin !== origin,
      (route) => route.abort('internetdisconnected'),
    );
    await openApp(page);
    await expect(page.locator('.map-notice')).toBeVisible();
    const fixtures = join(import.meta.dirname, '..', 'fixtures', 'import');
    await page
      .getByTestId('import-input')
      .setInputFiles([
        join(fixtures, 'good', 'field-notes.geojson'),
        join(fixtures, 'bad', 'swapped.geojson'),
      ]);
    const layers = page.getByRole('region', { name: 'Your layers' });
    await expect(layers.getByRole('alert')).toBeVisible();
    await layers.getByText('List its features').click();
    await layers.getByRole('button', { name: 'Checkpoint seen on 2019-10-12' }).click();
    await expect(popup(page).getByRole('heading')).toBeFocused();
    await expectNoViolations(page, 'offline, imported');
  });

  test('phone layout with the sidebar open', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page);
    await page.getByRole('button', { name: 'Layers & sources' }).click();
    await expectNoViolations(page, 'phone sidebar');
  });
});

test('an imported event table: its panel row, problems, colours, column picker and a row popup', async ({
  page,
}) => {
  const tables = join(import.meta.dirname, '..', 'fixtures', 'tables');
  await openApp(page);
  const input = page.getByTestId('import-input');
  await input.setInputFiles(join(tables, 'events-acled.csv'));
  const yourLayers = page.getByRole('region', { name: 'Your layers' });
  await expect(yourLayers).toContainText('7 of 12 rows placed');
  await yourLayers.getByText('5 rows not placed').click();
  await yourLayers.getByLabel('Colour by').selectOption('event_type');
  await input.setInputFiles(join(tables, 'semicolon-windows-1252.csv'));
  await expect(yourLayers.getByRole('form', { name: /Which columns of/ })).toBeVisible();
  await page.getByRole('combobox', { name: /^Search places/ }).fill('Qamishli');
  await page
    .getByRole('group', { name: /Your layers \(imported/ })
    .getByRole('option')
    .first()
    .click();
  await expect(popup(page)).toContainText('From your table “events-acled.csv”');
  await expectNoViolations(page, 'imported table');
});
