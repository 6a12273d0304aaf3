import { expect, openApp, test } from './fixtures';

test.describe('the built app', () => {
  test('loads from a sub-path and shows the default layers, with no console errors', async ({
    page,
    pageErrors,
  }) => {
    await openApp(page);
    await expect(page).toHaveTitle(/Crossings/);
    for (const layer of ['Cities', 'Border towns', 'Smuggling route', 'Incidents']) {
      await expect(page.getByRole('checkbox', { name: layer })).toBeChecked();
    }
    // 12 places and 6 incidents are markers, 4 routes are lines; all are SVG paths in the overlay pane.
    await expect(page.locator('.leaflet-overlay-pane path')).toHaveCount(22);
    await expect(page.locator('.leaflet-control-attribution')).toContainText('OpenStreetMap');
    expect(pageErrors.messages).toEqual([]);
  });

  test('toggling a layer off removes exactly its features', async ({ page }) => {
    await openApp(page);
    await page.getByRole('checkbox', { name: 'Smuggling route' }).uncheck();
    await expect(page.locator('.leaflet-overlay-pane path')).toHaveCount(18);
  });
});
