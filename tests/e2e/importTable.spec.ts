/**
 * An analyst's own event table: a CSV or TSV export read off the main
 * thread, its broken rows reported by row, its rows clustered on the map with
 * popups of their cells, kept on the device across a reload; a table whose
 * header does not name its coordinates asks which columns hold them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { eventTableCsv } from '../../bench/eventTable';
import { expect, openApp, test } from './fixtures';

const TABLES = join(import.meta.dirname, '..', 'fixtures', 'tables');
const yourLayers = (page: Page) => page.getByRole('region', { name: 'Your layers' });
const fileInput = (page: Page) => page.getByTestId('import-input');
const tableRow = (page: Page, name: string) =>
  yourLayers(page).locator('.imported-layer').filter({ hasText: name });

test('an event export is placed row by row, its broken rows listed, and kept after a reload', async ({
  page,
}) => {
  await openApp(page);
  await fileInput(page).setInputFiles(join(TABLES, 'events-acled.csv'));
  const row = tableRow(page, 'events-acled.csv');
  await expect(row.getByRole('checkbox', { name: 'events-acled.csv' })).toBeChecked();
  await expect(row).toContainText('7 of 12 rows placed from your table');
  await expect(row).toContainText('read as UTF-8, separated by commas');

  await row.getByText('5 rows not placed').click();
  await expect(row.getByRole('listitem').first()).toHaveText(
    'Row 7: the latitude and the longitude are empty.',
  );
  await expect(row).toContainText(
    'Row 9: the latitude 140.1 is outside −90 to 90 (are latitude and longitude swapped?).',
  );
  await row.getByText('2 rows placed but undated').click();
  await expect(row).toContainText(
    'Row 11: the date “sometime in spring” is not in a form the import reads.',
  );

  // Zoomed out, its rows are a cluster on the map: a button that zooms in.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
  const clusters = page.locator('[data-imported-cluster]');
  await expect(clusters.first()).toBeVisible();
  const before = page.url();
  await clusters.first().focus();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(before);

  await page.reload();
  await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true');
  await expect(tableRow(page, 'events-acled.csv')).toContainText('7 of 12 rows placed');

  // Removed, it is gone after a reload too.
  await tableRow(page, 'events-acled.csv')
    .getByRole('button', { name: 'Remove events-acled.csv' })
    .click();
  await expect(tableRow(page, 'events-acled.csv')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true');
  await expect(yourLayers(page)).toContainText('Your layers');
  await expect(tableRow(page, 'events-acled.csv')).toHaveCount(0);
});

test('a UTF-8 table with a stray bad byte keeps its letters and says how many characters could not be read', async ({
  page,
}) => {
  await openApp(page);
  const good = Buffer.from(
    'name,lat,lon\nŞanlıurfa,37.16,38.79\nCeylanpınar,36.85,40.05\nAkçakale,36.71,38.95\nKızıltepe,37.19,40.59\n',
    'utf8',
  );
  const broken = Buffer.concat([good.subarray(0, 6), Buffer.from([0xff]), good.subarray(6)]);
  await fileInput(page).setInputFiles({
    name: 'stray-byte.csv',
    mimeType: 'text/csv',
    buffer: broken,
  });
  const row = tableRow(page, 'stray-byte.csv');
  await expect(row).toContainText('4 of 4 rows placed from your table');
  await expect(row).toContainText(
    'read as UTF-8 (1 character could not be read and shows as �), separated by commas',
  );
  // Its name is searchable as written: the letters after the bad byte were not mangled.
  await page.getByRole('combobox', { name: /Search places/ }).fill('Ceylanpınar');
  const imported = page.getByRole('group', { name: /Your layers \(imported/ });
  await expect(imported.getByRole('option', { name: /Ceylanpınar/ })).toContainText(
    'stray-byte.csv, row 3',
  );
});
test('a row opens a popup of its cells as text, with how precisely the file places it', async ({
  page,
}) => {
  await openApp(page);
  const csv =
    'location,latitude,longitude,geo_precision,event_date,notes\n' +
    'Tall Tamr,36.6526,40.3717,2,2019-03-14,"<img src=x onerror=alert(1)> two killed"\n';
  await fileInput(page).setInputFiles({
    name: 'one-row.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  const row = tableRow(page, 'one-row.csv');
  await row.getByRole('button', { name: 'Zoom to one-row.csv' }).click();
  await expect(page).toHaveURL(/map=12\/36\.65\d*\/40\.37/);
  const box = (await page.locator('.map').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const popup = page.locator('.leaflet-popup');
  await expect(popup.getByRole('heading', { name: 'Tall Tamr' })).toBeVisible();
  await expect(popup).toContainText('From your table “one-row.csv”, row 2.');
  await expect(popup).toContainText('Placed near the place, not at it (precision 2)');
  await expect(popup).toContainText('14 March 2019');
  await expect(popup).toContainText('<img src=x onerror=alert(1)> two killed');
  await expect(popup.locator('img')).toHaveCount(0);
});

test('a table whose header names no coordinates asks for the columns, then reads them', async ({
  page,
}) => {
  await openApp(page);
  await fileInput(page).setInputFiles(join(TABLES, 'semicolon-windows-1252.csv'));
  const form = yourLayers(page).getByRole('form', { name: /Which columns of/ });
  await expect(form).toBeVisible();
  const submit = form.getByRole('button', { name: 'Read with these columns' });
  await expect(submit).toBeDisabled();
  await form.getByLabel('Latitude').selectOption('Breite');
  await form.getByLabel('Longitude').selectOption('Länge');
  await form.getByLabel('Date (optional)').selectOption('Datum');
  await submit.click();
  const row = tableRow(page, 'semicolon-windows-1252.csv');
  await expect(row).toContainText('3 of 3 rows placed');
  await expect(row).toContainText('read as Windows-1252, separated by semicolons');
  await expect(form).toHaveCount(0);
});

test('a 60,000-row export is read with a progress bar, and can be cancelled', async ({ page }) => {
  await openApp(page);
  const buffer = Buffer.from(eventTableCsv(60_000));
  await fileInput(page).setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer });
  const progress = yourLayers(page).getByRole('progressbar', { name: 'Reading “big.csv”…' });
  await expect(progress).toBeVisible();
  await yourLayers(page).getByRole('button', { name: 'Cancel reading big.csv' }).click();
  await expect(progress).toHaveCount(0);
  await expect(tableRow(page, 'big.csv')).toHaveCount(0);

  await fileInput(page).setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer });
  const row = tableRow(page, 'big.csv');
  await expect(row).toContainText('59,940 of 60,000 rows placed', { timeout: 30_000 });
  await expect(row).toContainText('60 rows not placed');
  await expect(row).toContainText('60 rows placed but undated');
  await expect(page.locator('[data-imported-cluster]').first()).toBeVisible();

  // Found by location in the search: the first few, and how many more.
  await page.getByRole('combobox', { name: /Search places/ }).fill('Qamishli');
  const imported = page.getByRole('group', { name: /Your layers \(imported/ });
  await expect(imported.getByRole('option')).toHaveCount(5);
  await expect(imported).toContainText('(7,495 more)');

  // Still there after a reload.
  await page.reload();
  await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true');
  await expect(tableRow(page, 'big.csv')).toContainText('59,940 of 60,000 rows placed', {
    timeout: 30_000,
  });
});

test('the search finds a table’s rows by location, in any spelling, marked as imported', async ({
  page,
}) => {
  await openApp(page);
  await fileInput(page).setInputFiles(join(TABLES, 'events-acled.csv'));
  await expect(tableRow(page, 'events-acled.csv')).toContainText('7 of 12 rows placed');
  const box = page.getByRole('combobox', { name: /Search places/ });
  await box.fill('Kamishli');
  const group = page
    .getByRole('listbox', { name: 'Search results' })
    .getByRole('group', { name: /Your layers \(imported/ });
  const option = group.getByRole('option', { name: /Qamishli/ });
  await expect(option).toContainText('events-acled.csv, row 5 · March 2019');
  await option.click();
  const popup = page.locator('.leaflet-popup');
  await expect(popup.getByRole('heading', { name: 'Qamishli' })).toBeFocused();
  await expect(popup).toContainText('From your table “events-acled.csv”, row 5.');
  // Zoomed in on it (the popup pans the map a little to fit).
  await expect(page).toHaveURL(/map=1\d\/37\.\d+\/41\.2/);
});

test('when the browser will not keep files, the table is still on the map and the panel says so', async ({
  page,
}) => {
  // As in some private windows: IndexedDB refuses to open.
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    Object.defineProperty(window.indexedDB, 'open', { value: refuse });
  });
  await openApp(page);
  await fileInput(page).setInputFiles(join(TABLES, 'events-acled.csv'));
  await expect(tableRow(page, 'events-acled.csv')).toContainText('7 of 12 rows placed');
  await expect(yourLayers(page).getByRole('alert')).toContainText(
    '“events-acled.csv” is on the map, but could not be kept on this device: the browser refused its storage (SecurityError: private browsing, or storage blocked). It will be gone after a reload.',
  );
});

test('a dated table stretches the timeline, and the time range hides its rows outside it', async ({
  page,
}) => {
  await openApp(page);
  const csv = [
    'location,lat,lon,date',
    'Al Hasakah,36.5,40.7,2021-05-01',
    'Al Hasakah,36.5,40.7,2021-05-02',
    'Al Hasakah,36.5,40.7,2021-05-03',
    'Al Hasakah,36.5,40.7,2015-03-01',
    'Al Hasakah,36.5,40.7,March 2015',
  ].join('\n');
  await fileInput(page).setInputFiles({
    name: 'dated.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await expect(tableRow(page, 'dated.csv')).toContainText('5 of 5 rows placed');
  // The corpus's last month is July 2020; the table's is May 2021.
  await expect(page.getByRole('slider', { name: 'To month' })).toHaveAttribute(
    'aria-valuetext',
    'May 2021',
  );
  const cluster = page.locator('[data-imported-cluster]');
  await expect(cluster).toHaveText('5');

  await openApp(page, '?time=2014-01/2020-12');
  await expect(tableRow(page, 'dated.csv')).toContainText('5 of 5 rows placed');
  await expect(page.getByRole('slider', { name: 'To month' })).toHaveAttribute(
    'aria-valuetext',
    'Dec 2020',
  );
  await expect(cluster).toHaveText('2');
  // The list view counts them too.
  await expect(page.getByRole('region', { name: /^On the map/ })).toContainText(
    'dated.csv: 2 of 5 rows shown',
  );
});

test('the view’s GeoJSON and CSV exports hold the table’s rows, marked as imported', async ({
  page,
}) => {
  await openApp(page);
  await fileInput(page).setInputFiles(join(TABLES, 'events-acled.csv'));
  await expect(tableRow(page, 'events-acled.csv')).toContainText('7 of 12 rows placed');
  await page.getByRole('region', { name: 'Tools' }).getByRole('button', { name: 'Export' }).click();
  await expect(page.getByTestId('export-summary')).toContainText(
    'The GeoJSON and the CSV also hold the 7 rows of your tables in view, marked as imported.',
  );
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download GeoJSON' }).click(),
  ]);
  const geojson = JSON.parse(await readFile((await file.path())!, 'utf8')) as {
    features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[];
  };
  const imported = geojson.features.filter((feature) => feature.properties.imported);
  expect(imported).toHaveLength(7);
  expect(imported[0]!.properties).toMatchObject({
    location: 'Tall Tamr',
    notes: 'IED on the road to Al Hasakah, two killed',
    imported: { file: 'events-acled.csv', row: 2 },
  });
  expect(imported[0]!.geometry.coordinates).toEqual([40.3717, 36.6526]);
});

test('rows are coloured by a column the user picks, and its values switch rows off', async ({
  page,
}) => {
  await openApp(page);
  await fileInput(page).setInputFiles(join(TABLES, 'events-acled.csv'));
  const row = tableRow(page, 'events-acled.csv');
  await expect(row).toContainText('7 of 12 rows placed');
  // Far enough out that all seven are one cluster.
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
  const cluster = page.locator('[data-imported-cluster]');
  await expect(cluster).toHaveText('7');

  await row.getByLabel('Colour by').selectOption('event_type');
  const values = row.getByRole('group', { name: 'Show rows whose event_type is' });
  await expect(values.getByRole('checkbox')).toHaveCount(4);
  await expect(values).toContainText('Battles 2');
  await values.getByRole('checkbox', { name: /Battles/ }).uncheck();
  await expect(cluster).toHaveText('5');
  // The list and the search keep to what the map shows.
  await expect(page.getByRole('region', { name: /^On the map/ })).toContainText(
    'events-acled.csv: 5 of 7 rows shown',
  );
  const box = page.getByRole('combobox', { name: /Search places/ });
  await box.fill('Ras al-Ayn');
  await expect(page.getByRole('search')).toHaveAttribute('data-answered', 'Ras al-Ayn');
  await expect(page.getByRole('group', { name: /Your layers \(imported/ })).toHaveCount(0);
  await box.fill('');
  await values.getByRole('checkbox', { name: /Protests/ }).uncheck();
  await expect(cluster).toHaveText('3');
  await row.getByLabel('Colour by').selectOption('');
  await expect(cluster).toHaveText('7');
});
