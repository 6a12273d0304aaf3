import { expect, markerById, openApp, popup, test } from './fixtures';

test.describe('state in the URL', () => {
  test('a deep link restores the view, the layers, the selected feature and the highlighted quote', async ({
    page,
  }) => {
    await openApp(
      page,
      '?map=9/36.9/40.4&layers=border-towns,route&feature=ad-darbasiyah&source=isis-flee-to-turkey&quote=ad-darbasiyah.0',
    );
    await expect(page.getByRole('checkbox', { name: 'Cities' })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Border towns' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Incidents' })).not.toBeChecked();
    await expect(popup(page).getByRole('heading', { name: 'Ad Darbasiyah' })).toBeVisible();
    await expect(page.getByRole('complementary').locator('mark')).toContainText(
      'reach the border-towns of Sari Kani and Ad Darbasiyah.',
    );
  });

  test('Back undoes the last selection', async ({ page }) => {
    await openApp(page, '?feature=amuda');
    await expect(popup(page).getByRole('heading', { name: 'Amuda' })).toBeVisible();
    await markerById(page, 'qamishli').click();
    await expect(popup(page).getByRole('heading', { name: 'Qamishli' })).toBeVisible();
    await page.goBack();
    await expect(popup(page).getByRole('heading', { name: 'Amuda' })).toBeVisible();
    await expect(page).toHaveURL(/feature=amuda/);
  });

  test('a malformed URL falls back to defaults field by field, and says what it ignored', async ({
    page,
    pageErrors,
  }) => {
    await openApp(
      page,
      '?map=banana&layers=cities,bogus&feature=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&source=isis-flee-to-turkey&quote=nope.9',
    );
    await expect(page.getByRole('checkbox', { name: 'Incidents' })).toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: 'ignored' })).toContainText(
      'ignored: map, layers, feature, quote',
    );
    await expect(page.getByRole('complementary')).toContainText(
      'ISIS Militants and Commanders Flee to Turkey',
    );
    await expect(page.locator('mark')).toHaveCount(0);
    expect(pageErrors.messages).toEqual([]);
  });

  test('each field of the link, made garbage on its own, is the only one ignored', async ({
    page,
    pageErrors,
  }) => {
    const good: Record<string, string> = {
      map: '8/36.85/40.07',
      layers: 'cities,border-towns,route',
      time: '2014-01/2020-07',
      q: 'hasaka',
      feature: 'amuda',
      source: 'isis-flee-to-turkey',
      panel: 'export',
      walk: 'smuggling-route-ras-al-ayn.2',
    };
    const garbage: Record<string, string> = {
      map: '<img src=x onerror=alert(1)>',
      layers: 'cities,<script>',
      time: '9999-99/0000-00',
      q: ' '.repeat(3),
      feature: '../../etc/passwd',
      source: 'javascript:alert(1)',
      panel: '"><svg onload=alert(1)>',
      walk: 'smuggling-route-ras-al-ayn.999999999999',
    };
    for (const field of Object.keys(good)) {
      const params = new URLSearchParams({ ...good, [field]: garbage[field]! });
      await openApp(page, `?${params}`);
      await expect(page.getByRole('status').filter({ hasText: 'ignored' }), field).toContainText(
        `was not understood and was ignored: ${field}.`,
      );
      // The rest of the link still applies.
      if (field !== 'layers')
        await expect(page.getByRole('checkbox', { name: 'Incidents' })).not.toBeChecked();
    }
    expect(pageErrors.messages).toEqual([]);
  });
});
