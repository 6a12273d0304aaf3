/**
 * A user's own GeoJSON: added by the file picker or by dropping it, drawn as
 * a layer that toggles, with popups that list its properties as text. Every
 * bad file gets its own message and changes nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, listIds, markerIds, openApp, popup, test } from './fixtures';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');
const expectedErrors = JSON.parse(
  readFileSync(join(FIXTURES, 'bad', 'expected.json'), 'utf8'),
) as Record<string, { code: string; message: string }>;

const yourLayers = (page: Page) => page.getByRole('region', { name: 'Your layers' });
const fileInput = (page: Page) => page.getByTestId('import-input');
const addFiles = (page: Page, ...files: string[]) =>
  fileInput(page).setInputFiles(files.map((file) => join(FIXTURES, file)));

/** Zooms to the one-point layer with-excerpts.geojson and clicks the middle of the map, where its point then is. */
async function clickMapCentre(page: Page): Promise<void> {
  await yourLayers(page).getByRole('button', { name: 'Zoom to with-excerpts.geojson' }).click();
  await expect(page).toHaveURL(/map=12\/36\.(5999|6000)\/40\.(4499|4500)/);
  const box = (await page.locator('.map').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Everything a bad import must leave alone: the map, the list, the link, the user's layers. */
async function snapshot(page: Page) {
  return {
    markers: await markerIds(page),
    list: await listIds(page),
    url: page.url(),
    layers: await yourLayers(page).locator('.imported-layer').count(),
  };
}

test.describe('importing a GeoJSON file', () => {
  test('each bad file gets its own message, announced, and changes nothing', async ({ page }) => {
    await openApp(page);
    await addFiles(page, 'good/field-notes.geojson');
    await expect(
      yourLayers(page).getByRole('checkbox', { name: 'field-notes.geojson' }),
    ).toBeChecked();
    const before = await snapshot(page);

    const bad = Object.entries(expectedErrors);
    for (const [file, expected] of bad) {
      await addFiles(page, `bad/${file}`);
      const alert = yourLayers(page)
        .getByRole('alert')
        .filter({ hasText: `“${file}” was not added.` });
      await expect(alert, file).toContainText(expected.message);
      await alert.getByRole('button', { name: `Dismiss the message about ${file}` }).click();
      await expect(alert).toHaveCount(0);
    }
    // Over the limit: built in the test, not kept in git.
    await fileInput(page).setInputFiles({
      name: 'huge.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.alloc(20 * 1024 * 1024 + 1, ' '),
    });
    await expect(yourLayers(page).getByRole('alert')).toContainText(
      '“huge.geojson” was not added. The file is 20.0 MB (20,971,521 bytes); the limit is 20.0 MB',
    );
    expect(await snapshot(page)).toEqual(before);
    expect(bad.length + 1).toBe(14);
  });

  test('a good file becomes a layer that toggles, zooms, lists its features and is removed', async ({
    page,
    pageErrors,
  }) => {
    await openApp(page);
    const before = await snapshot(page);
    await addFiles(page, 'good/field-notes.geojson');
    const toggle = yourLayers(page).getByRole('checkbox', { name: 'field-notes.geojson' });
    await expect(toggle).toBeChecked();
    await expect(yourLayers(page)).toContainText(
      '3 features from your file, not checked against the sources; 1 without a geometry not drawn',
    );
    await yourLayers(page).getByText('List its features').click();
    await yourLayers(page).getByRole('button', { name: 'Checkpoint seen on 2019-10-12' }).click();
    const card = popup(page);
    await expect(
      card.getByRole('heading', { name: 'Checkpoint seen on 2019-10-12' }),
    ).toBeFocused();
    const properties = card.getByRole('definition');
    await expect(card.getByRole('term')).toHaveText([
      'name',
      'observer',
      'vehicles',
      'confirmed',
      'tags',
      'details',
      'note',
    ]);
    await expect(properties.nth(2)).toHaveText('4');
    await expect(properties.nth(3)).toHaveText('false');
    await expect(properties.nth(5)).toContainText('"road": "M4"');
    // Escape closes it and focus goes back to the list.
    await page.keyboard.press('Escape');
    await expect(card).toHaveCount(0);
    await expect(
      yourLayers(page).getByRole('button', { name: 'Checkpoint seen on 2019-10-12' }),
    ).toBeFocused();

    // The built-in layers are untouched by an import.
    expect(await markerIds(page)).toEqual(before.markers);

    await addFiles(page, 'good/with-excerpts.geojson');
    await clickMapCentre(page);
    await expect(popup(page).getByRole('heading', { name: 'Tall Tamr (my copy)' })).toBeVisible();
    await page.keyboard.press('Escape');

    // Switched off, its point is no longer there to click.
    await yourLayers(page).getByRole('checkbox', { name: 'with-excerpts.geojson' }).uncheck();
    await clickMapCentre(page);
    await expect(page.locator('.popup--imported')).toHaveCount(0);
    await yourLayers(page).getByRole('checkbox', { name: 'with-excerpts.geojson' }).check();
    await clickMapCentre(page);
    await expect(popup(page).getByRole('heading', { name: 'Tall Tamr (my copy)' })).toBeVisible();

    await yourLayers(page).getByRole('button', { name: 'Remove with-excerpts.geojson' }).click();
    await expect(yourLayers(page).locator('.imported-layer')).toHaveCount(1);
    await expect(page.locator('.popup--imported')).toHaveCount(0);
    expect(pageErrors.messages).toEqual([]);
  });

  test('quotes in the project shape are looked for in the source: found, not found, or not in the corpus', async ({
    page,
  }) => {
    await openApp(page);
    await addFiles(page, 'good/with-excerpts.geojson');
    await yourLayers(page).getByText('List its features').click();
    await yourLayers(page).getByRole('button', { name: 'Tall Tamr (my copy)' }).click();
    const card = popup(page);
    await expect(card.locator('blockquote')).toHaveCount(3);
    await expect(card).toContainText(
      'Source “a-source-not-in-this-corpus” is not in this corpus, so the quote cannot be checked.',
    );
    await card.getByRole('button', { name: 'Find in source' }).first().click();
    const reader = page.locator('aside.reader');
    await expect(reader.locator('mark')).toContainText('The most popular route for ISIS now');
    await expect(reader).toContainText('Highlighted: the passage quoted in your file');

    await popup(page).getByRole('button', { name: 'Find in source' }).nth(1).click();
    await expect(reader.getByRole('alert')).toContainText(
      'is not in this text: “This sentence is in no article of the corpus.”',
    );
    await expect(reader.locator('mark')).toHaveCount(0);
  });

  test('a file dropped on the page is added like a picked one', async ({ page }) => {
    await openApp(page);
    const text = readFileSync(join(FIXTURES, 'good', 'field-notes.geojson'), 'utf8');
    const dataTransfer = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.geojson', { type: 'application/geo+json' }));
      return transfer;
    }, text);
    await page.locator('.map').dispatchEvent('dragover', { dataTransfer });
    await expect(page.locator('.drop-overlay')).toBeVisible();
    await page.locator('.map').dispatchEvent('drop', { dataTransfer });
    await expect(page.locator('.drop-overlay')).toHaveCount(0);
    await expect(yourLayers(page).getByRole('checkbox', { name: 'dropped.geojson' })).toBeChecked();
  });

  test('every string of an imported file is shown as text and runs nothing', async ({
    page,
    pageErrors,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openApp(page);
    await addFiles(page, 'good/hostile.geojson');
    await yourLayers(page).getByText('List its features').click();
    const payloadTitle = '<img src=x onerror="window.pwned=1">Imported payload';
    await expect(yourLayers(page).getByRole('button', { name: payloadTitle })).toBeVisible();
    await yourLayers(page).getByRole('button', { name: payloadTitle }).click();
    const card = popup(page);
    await expect(card.getByRole('heading')).toHaveText(payloadTitle);
    await expect(card.getByRole('term').nth(1)).toHaveText('<script>window.pwned=2</script>');
    await expect(card.getByRole('definition').nth(1)).toHaveText(
      '<svg onload="window.pwned=3"></svg>',
    );
    await expect(card.getByRole('definition').nth(2)).toHaveText('javascript:window.pwned=4');
    await expect(card).toContainText('<b onmouseover=\\"window.pwned=5\\">bold</b>');
    await card.getByRole('button', { name: 'Find in source' }).click();
    await expect(page.locator('aside.reader').getByRole('alert')).toContainText(
      '“<img src=x onerror="window.pwned=7"> quoted”',
    );
    await yourLayers(page)
      .getByRole('button', { name: '<svg onload="window.pwned=8">line</svg>' })
      .click();
    await expect(popup(page).getByRole('heading')).toHaveText(
      '<svg onload="window.pwned=8">line</svg>',
    );

    const created = await page.evaluate(() => ({
      pwned: (window as unknown as { pwned?: number }).pwned ?? null,
      elements: document.querySelectorAll(
        '.leaflet-popup img, .leaflet-popup script, .leaflet-popup svg[onload], .leaflet-popup iframe, .import-control img, .import-control svg[onload], aside.reader img, a[href^="javascript:"]',
      ).length,
    }));
    expect(created).toEqual({ pwned: null, elements: 0 });
    expect(dialogs).toEqual([]);
    expect(pageErrors.messages).toEqual([]);
  });
});
