import { expect, marker, openApp, popup, test } from './fixtures';

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

test.describe('on a 375 px phone', () => {
  test('the map fills the screen, the layers are a drawer, and nothing covers the map controls', async ({
    page,
  }) => {
    await openApp(page);
    const map = await page.locator('.map').boundingBox();
    expect(map!.width).toBe(375);
    await expect(page.getByRole('checkbox', { name: 'Cities' })).toBeHidden();
    await page.getByRole('button', { name: 'Layers & sources' }).click();
    await expect(page.getByRole('checkbox', { name: 'Cities' })).toBeVisible();
    await page.getByRole('button', { name: 'Layers & sources' }).click();
    const zoom = await page.locator('.leaflet-control-zoom').boundingBox();
    const topbar = await page.locator('.topbar').boundingBox();
    expect(zoom!.y).toBeGreaterThanOrEqual(topbar!.y + topbar!.height);
  });

  test('a popup fits the screen and leaves the zoom control uncovered', async ({ page }) => {
    await openApp(page, '?feature=amuda');
    const card = await popup(page).boundingBox();
    const zoom = await page.locator('.leaflet-control-zoom').boundingBox();
    expect(card!.x).toBeGreaterThanOrEqual(0);
    expect(card!.x + card!.width).toBeLessThanOrEqual(375);
    const overlaps =
      card!.x < zoom!.x + zoom!.width &&
      zoom!.x < card!.x + card!.width &&
      card!.y < zoom!.y + zoom!.height &&
      zoom!.y < card!.y + card!.height;
    expect(overlaps).toBe(false);
  });

  test('the reader opens as a sheet over the lower part of the map', async ({ page }) => {
    await openApp(page, '?feature=amuda');
    await popup(page).getByRole('button', { name: 'Open in source' }).click();
    const sheet = await page.getByRole('complementary').boundingBox();
    expect(sheet!.width).toBe(375);
    expect(sheet!.y).toBeGreaterThan(300);
    await expect(page.getByRole('complementary').locator('mark')).toBeInViewport();
    await expect(marker(page, 'Amuda')).toBeAttached();
  });
});
