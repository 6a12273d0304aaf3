/**
 * The round trip: the view exported as GeoJSON and as CSV, imported back into
 * "Your layers", shows each feature's passages, and "Find in source" finds
 * them verbatim in their articles.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, openApp, popup, test } from './fixtures';

const tool = (page: Page, name: string) =>
  page.getByRole('region', { name: 'Tools' }).getByRole('button', { name, exact: true });
const yourLayers = (page: Page) => page.getByRole('region', { name: 'Your layers' });

async function exportAs(page: Page, label: string): Promise<{ path: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download ${label}` }).click(),
  ]);
  const path = (await (file as Download).path())!;
  return { path, text: await readFile(path, 'utf8') };
}

/** "Find in source" on the popup's first excerpt: the reader must highlight exactly that quote. */
async function findFirstQuote(page: Page): Promise<void> {
  const card = popup(page);
  const quote = ((await card.locator('blockquote').first().textContent()) ?? '').replace(
    /^“|”$/g,
    '',
  );
  expect(quote.length).toBeGreaterThan(20);
  await card.getByRole('button', { name: 'Find in source' }).first().click();
  const reader = page.locator('aside.reader');
  await expect(reader.locator('mark').first()).toBeVisible();
  expect((await reader.locator('mark').allTextContents()).join('')).toBe(quote);
}

test('GeoJSON and CSV exported from the app come back with their excerpts, found in their sources', async ({
  page,
}) => {
  // One incident in view, so each export holds one feature with a point and excerpts.
  await openApp(page, '?layers=incidents&time=2017-09/2017-09');
  await tool(page, 'Export').click();
  const geojson = await exportAs(page, 'GeoJSON');
  const csv = await exportAs(page, 'CSV');
  const exported = JSON.parse(geojson.text) as {
    features: { id: string; properties: { name: string } }[];
  };
  const name = exported.features.find((feature) => feature.id === 'istanbul-detentions-2017-09-25')!
    .properties.name;
  await tool(page, 'Export').click();

  await page.getByTestId('import-input').setInputFiles([
    { name: 'view.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(geojson.text) },
    { name: 'view.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.text) },
  ]);
  await expect(yourLayers(page).getByRole('checkbox', { name: 'view.geojson' })).toBeChecked();
  await expect(yourLayers(page).getByRole('checkbox', { name: 'view.csv' })).toBeChecked();

  // The GeoJSON, from its feature list.
  await yourLayers(page).getByText('List its features').click();
  await yourLayers(page).getByRole('button', { name, exact: true }).click();
  await findFirstQuote(page);
  await page.keyboard.press('Escape');

  // The CSV, found by its name in the search.
  const box = page.getByRole('combobox', { name: /Search places/ });
  await box.fill(name.slice(0, 18));
  await page
    .getByRole('group', { name: /Your layers \(imported/ })
    .getByRole('option', { name: new RegExp(name.slice(0, 18)) })
    .first()
    .click();
  await expect(popup(page)).toContainText('From your table “view.csv”');
  await findFirstQuote(page);
});
