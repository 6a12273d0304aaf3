import { expect, marker, openApp, popup, test, zoomToLayer } from './fixtures';

test.describe('popups that quote the sources', () => {
  test('a border town opens on Enter with its aliases, country and the excerpt that names it', async ({
    page,
  }) => {
    await openApp(page);
    await marker(page, 'Ras al-Ayn').focus();
    await page.keyboard.press('Enter');
    const card = popup(page);
    await expect(card.getByRole('heading', { name: 'Ras al-Ayn' })).toBeFocused();
    await expect(card).toContainText('Also: Sari Kani, Serêkaniyê');
    await expect(card).toContainText('Syria');
    await expect(card).toContainText('border town');
    await expect(card.locator('blockquote')).toHaveText(
      '“Further, the majority of the Islamists with their families under the guise of refugees reach the border-towns of Sari Kani and Ad Darbasiyah.”',
    );
    await expect(card).toContainText('Inside Syria Media Center, 2017?');
    await expect(card).toContainText('Single source');
    await expect(page).toHaveURL(/feature=ras-al-ayn/);
  });

  test('the route shows its stops in order with leg and total distances, says it is schematic, and quotes the text', async ({
    page,
  }) => {
    await openApp(page);
    await zoomToLayer(page, 'Smuggling route');
    await marker(page, 'Smuggling route to Ras al-Ayn (Sari Kani)').click();
    const card = popup(page);
    await expect(
      card.getByRole('list', { name: 'Stops and legs' }).getByRole('listitem'),
    ).toHaveText([
      'Ash Shaddadi ↓ 49.5 km',
      'Al Hasakah ↓ 37.7 km',
      'Tall Tamr ↓ 34.4 km',
      'Ras al-Ayn',
    ]);
    await expect(card).toContainText('Total: 121.6 km');
    await expect(card).toContainText('Schematic');
    await expect(card.locator('blockquote').first()).toHaveText(
      '“The most popular route for ISIS now is in the direction of the towns of Ash Shaddadi – Al Hasakah – Tall Tamr.”',
    );
  });

  test('the rarer crossings are drawn dashed', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('path.route--rare')).toHaveCount(2);
    await expect(page.locator('path.route--rare').first()).toHaveAttribute(
      'stroke-dasharray',
      '2 8',
    );
    await expect(page.locator('path.route--usual').first()).not.toHaveAttribute(
      'stroke-dasharray',
      /.+/,
    );
  });

  test('an incident shows its date at its own precision, its figures and its excerpt, cut with an ellipsis', async ({
    page,
  }) => {
    // Istanbul's incidents: the map opens on the smuggling route, far to the east.
    await openApp(page, '?map=8/41.02/28.97');
    await marker(
      page,
      '36 detained in Istanbul on suspicion of links with ISIS, 25 Sep 2017?',
    ).click();
    const card = popup(page);
    await expect(card).toContainText('25 Sep 2017?');
    await expect(card).toContainText('day precision, uncertain');
    await expect(card.locator('dt', { hasText: 'Figures' })).toBeVisible();
    await expect(card.locator('.figures li')).toHaveText(['36 detained']);

    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/feature=/);
    await marker(page, /Foiled plot against an Istanbul shopping mall/).click();
    await expect(popup(page)).toContainText('Oct 2017?');
    await expect(popup(page)).toContainText('Single source');
    await expect(popup(page)).toContainText('3 excerpts from 1 source');
    await expect(popup(page).locator('blockquote').first()).toHaveText(
      /^“Last month’s thwarted strike .* secular republic…”$/,
    );
  });
});
