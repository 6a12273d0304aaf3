import { expect, marker, openApp, popup, test, zoomToLayer } from './fixtures';

test.describe('the source reader', () => {
  test('"Open in source" shows the whole article with the quoted passage highlighted and in view', async ({
    page,
  }) => {
    await openApp(page);
    await zoomToLayer(page, 'Border towns');
    await marker(page, 'Amuda').click();
    await popup(page).getByRole('button', { name: 'Open in source' }).click();
    const reader = page.getByRole('complementary', {
      name: 'ISIS Militants and Commanders Flee to Turkey',
    });
    await expect(reader).toContainText('Sophie Mangal');
    await expect(reader).toContainText('Inside Syria Media Center');
    const mark = reader.locator('mark');
    await expect(mark).toHaveText(
      'Rarely they flee towards Amuda and Qamishli (it is more difficult to cross the border from there).',
    );
    await expect(mark).toBeInViewport();
    await expect(page).toHaveURL(/source=isis-flee-to-turkey&quote=amuda\.0/);
  });

  test('a place mentioned in the text flies the map to it and opens its popup', async ({
    page,
  }) => {
    // From Istanbul: the map opens on the route, where Ras al-Ayn needs no flight.
    await openApp(page, '?map=6/41.0/29.0');
    await page
      .getByRole('button', { name: 'ISIS Militants and Commanders Flee to Turkey' })
      .click();
    const reader = page.getByRole('complementary', {
      name: 'ISIS Militants and Commanders Flee to Turkey',
    });
    await reader.getByRole('button', { name: 'Sari Kani' }).click();
    await expect(popup(page).getByRole('heading', { name: 'Ras al-Ayn' })).toBeVisible();
    await expect(page).toHaveURL(/feature=ras-al-ayn/);
    await expect(page).toHaveURL(/map=\d+\/3[67]\.\d+\/40\.\d+/);
  });

  test('every article can be opened from the sources list', async ({ page }) => {
    await openApp(page);
    const list = page.getByRole('region', { name: 'Sources' });
    await expect(list.getByRole('listitem')).toHaveCount(5);
    await list.getByRole('button', { name: /Untitled/ }).click();
    await expect(page.getByRole('complementary')).toContainText('Turkey’s Embassy in Dushanbe');
    await page.getByRole('button', { name: 'Close the source' }).click();
    await expect(page.getByRole('complementary')).toHaveCount(0);
  });

  test('from the map alone, three clicks lead from the route to the sentence that describes it', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Zoom to Smuggling route' }).click(); // 1
    await marker(page, 'Smuggling route to Ras al-Ayn (Sari Kani)').click(); // 2
    await expect(popup(page)).toContainText('Ash Shaddadi');
    await popup(page).getByRole('button', { name: 'Open in source' }).first().click(); // 3
    await expect(page.getByRole('complementary').locator('mark')).toHaveText(
      'The most popular route for ISIS now is in the direction of the towns of Ash Shaddadi – Al Hasakah – Tall Tamr.',
    );
  });
});
