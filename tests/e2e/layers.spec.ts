import { corpus, expect, marker, markerById, markerIds, openApp, test } from './fixtures';

const placesOfKind = (kind: string) =>
  corpus.places.features.filter((p) => p.properties.kind === kind).map((p) => p.id);
const smugglingRoutes = corpus.routes.features.filter(
  (r) => r.properties.kind === 'smuggling route',
);
const stopTowns = corpus.places.features
  .filter(
    (p) =>
      p.properties.kind === 'town' &&
      smugglingRoutes.some((r) => r.properties.stops.includes(p.id)),
  )
  .map((p) => p.id);
const areas = ['region', 'country', 'continent'].flatMap(placesOfKind);

const LAYER_FEATURES: Record<string, string[]> = {
  Cities: corpus.places.features
    .filter(
      (p) =>
        p.properties.kind !== 'border town' && !areas.includes(p.id) && !stopTowns.includes(p.id),
    )
    .map((p) => p.id),
  'Border towns': placesOfKind('border town'),
  'Regions and countries': areas,
  'Smuggling route': [...smugglingRoutes.map((r) => r.id), ...stopTowns],
  Flows: corpus.routes.features
    .filter((r) => r.properties.kind !== 'smuggling route')
    .map((r) => r.id),
  Incidents: corpus.incidents.features.map((i) => i.id),
};

test.describe('layer toggles', () => {
  for (const [layer, ids] of Object.entries(LAYER_FEATURES)) {
    test(`unchecking "${layer}" removes exactly its ${ids.length} features, and checking it brings them back`, async ({
      page,
    }) => {
      await openApp(page);
      const all = await markerIds(page);
      // The map follows the checkbox in a deferred render (AppProvider's useDeferredValue), so
      // the markers are polled for rather than read the moment the box changes.
      await page.getByRole('checkbox', { name: layer, exact: true }).uncheck();
      await expect.poll(() => markerIds(page)).toEqual(all.filter((id) => !ids.includes(id)));
      await page.getByRole('checkbox', { name: layer, exact: true }).check();
      await expect.poll(() => markerIds(page)).toEqual(all);
    });
  }

  test('the Turkey–Syria border is a reference line that toggles on its own', async ({ page }) => {
    await openApp(page);
    const all = await markerIds(page);
    await expect(page.locator('path.border-line')).toHaveCount(1);
    await page.getByRole('checkbox', { name: 'Turkey–Syria border' }).uncheck();
    await expect(page.locator('path.border-line')).toHaveCount(0);
    expect(await markerIds(page)).toEqual(all);
  });

  test('the layer checkboxes are reachable and operable by keyboard, and the legend gives counts', async ({
    page,
  }) => {
    await openApp(page);
    const borderTowns = page.getByRole('checkbox', { name: 'Border towns' });
    await borderTowns.focus();
    await page.keyboard.press('Space');
    await expect(borderTowns).not.toBeChecked();
    await expect(marker(page, 'Ras al-Ayn')).toHaveCount(0);
    await expect(borderTowns).toHaveAccessibleDescription(/^4 features\./);
  });

  test('every feature on the map is focusable and named after itself', async ({ page }) => {
    await openApp(page);
    for (const name of [
      'Ras al-Ayn',
      'Ad Darbasiyah',
      'Amuda',
      'Qamishli',
      'Istanbul',
      'Ash Shaddadi',
      'Smuggling route to Ras al-Ayn (Sari Kani)',
    ]) {
      // Focusable: by Tab for the one that holds the map's Tab stop, by the arrow keys for the rest.
      await expect(marker(page, name)).toHaveAttribute('tabindex', /^(0|-1)$/);
      await expect(marker(page, name)).toHaveAttribute('role', 'button');
    }
    await expect(page.locator('.leaflet-marker-icon[tabindex="0"]')).toHaveCount(1);
    const unnamed = await page
      .locator('.leaflet-marker-icon[role="button"]:not([aria-hidden="true"])')
      .evaluateAll((els) => els.filter((el) => !el.getAttribute('aria-label')?.trim()).length);
    expect(unnamed).toBe(0);
  });

  test('four incidents in Istanbul are each visible and clickable on their own', async ({
    page,
  }) => {
    await openApp(page);
    const istanbul = corpus.incidents.features.filter((i) => i.properties.place === 'istanbul');
    expect(istanbul.length).toBeGreaterThanOrEqual(3);
    const boxes: { x: number; y: number; width: number; height: number }[] = [];
    for (const incident of istanbul) {
      const box = await markerById(page, incident.id).boundingBox();
      boxes.push(box!);
    }
    const overlapping = boxes.some((a, i) =>
      boxes.some(
        (b, j) =>
          i !== j && Math.abs(a.x - b.x) < a.width / 2 && Math.abs(a.y - b.y) < a.height / 2,
      ),
    );
    expect(overlapping).toBe(false);
  });
});
