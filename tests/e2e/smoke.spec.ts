import { AREA_INCIDENT_IDS, corpus, expect, markerIds, openApp, test } from './fixtures';

test('the built app loads from a sub-path, shows every default layer and logs no error', async ({
  page,
  pageErrors,
}) => {
  await openApp(page);
  await expect(page).toHaveTitle(/Crossings/);
  for (const layer of [
    'Cities',
    'Border towns',
    'Smuggling route',
    'Incidents',
    'Turkey–Syria border',
  ]) {
    await expect(page.getByRole('checkbox', { name: layer, exact: true })).toBeChecked();
  }
  const everyFeature = [
    ...corpus.places.features,
    ...corpus.routes.features,
    ...corpus.incidents.features,
  ]
    .map((f) => f.id)
    // Incidents placed only on an area are counted at its marker, not drawn as points.
    .filter((id) => !AREA_INCIDENT_IDS.has(id))
    .sort();
  expect(AREA_INCIDENT_IDS.size).toBe(9);
  expect(await markerIds(page)).toEqual(everyFeature);
  await expect(page.locator('.leaflet-control-attribution')).toContainText(
    'OpenStreetMap contributors',
  );
  expect(pageErrors.messages).toEqual([]);
});
