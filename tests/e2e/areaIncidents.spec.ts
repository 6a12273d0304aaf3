/**
 * Nothing is drawn where the text gives no place: an incident the texts place
 * only in a country, a continent or a region is not a point of its own. It
 * is a count at its area's marker and an entry in the area's popup; search,
 * links, the list and exports still reach it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { checkExported } from '../../src/data/checkExported';
import {
  AREA_INCIDENT_IDS,
  corpus,
  expect,
  listedIds,
  markerById,
  openApp,
  popup,
  test,
} from './fixtures';

const NIGHTCLUB = 'nightclub-shooting-2017-01-01';
const turkeyEntries = (page: Page) => popup(page).locator('.area-incidents details');

test.describe('incidents placed only on an area', () => {
  test('are no points of their own: a count at the area’s marker, which the Incidents switch hides', async ({
    page,
  }) => {
    await openApp(page, '?map=5/38.5/36');
    for (const id of AREA_INCIDENT_IDS) await expect(markerById(page, id)).toHaveCount(0);
    const turkey = markerById(page, 'turkey');
    await expect(turkey).toHaveAttribute('aria-label', 'Turkey, 7 incidents, place not given');
    await expect(turkey.locator('.symbol__badge')).toHaveText('7');
    await expect(markerById(page, 'samsun-province')).toHaveAttribute(
      'aria-label',
      'Samsun province, 1 incident, place not given',
    );
    // Still listed, and counted with the incidents.
    for (const id of AREA_INCIDENT_IDS) expect(await listedIds(page)).toContain(id);
    await expect(page.getByRole('checkbox', { name: 'Incidents' })).toBeChecked();
    await page.getByRole('checkbox', { name: 'Incidents' }).uncheck();
    await expect(turkey).toHaveAttribute('aria-label', 'Turkey');
    await expect(turkey.locator('.symbol__badge')).toHaveCount(0);
  });

  test('the area’s popup lists them, each with its date, figures and passages', async ({
    page,
  }) => {
    await openApp(page, '?map=5/38.5/36');
    await markerById(page, 'turkey').click();
    await expect(
      popup(page).getByRole('heading', { name: '7 incidents, place not given' }),
    ).toBeVisible();
    await expect(turkeyEntries(page)).toHaveCount(7);
    const nightclub = popup(page).locator(`details[data-feature-id="${NIGHTCLUB}"]`);
    await nightclub.locator('summary').click();
    await expect(nightclub).toContainText('39 killed');
    await expect(nightclub).toContainText('2 excerpts from 2 sources');
    await nightclub.getByRole('button', { name: 'Open in source' }).first().click();
    await expect(page.locator('aside.reader mark')).toBeVisible();
  });

  test('a link to one opens its area with it shown in that list', async ({ page }) => {
    await openApp(page, `?feature=${NIGHTCLUB}`);
    await expect(popup(page).locator('.popup__title')).toHaveText('Turkey');
    const nightclub = popup(page).locator(`details[data-feature-id="${NIGHTCLUB}"]`);
    await expect(nightclub).toHaveAttribute('open', '');
    await expect(nightclub).toBeInViewport();
    // The link keeps naming the incident.
    await expect(page).toHaveURL(new RegExp(`feature=${NIGHTCLUB}`));
  });

  test('a search hit for one opens its area with it shown', async ({ page }) => {
    await openApp(page);
    await page.getByRole('combobox', { name: /^Search places/ }).fill('nightclub');
    const hit = page
      .getByRole('listbox', { name: 'Search results' })
      .getByRole('option', { name: /nightclub/i })
      .first();
    await hit.click();
    await expect(popup(page).locator('.popup__title')).toHaveText('Turkey');
    await expect(popup(page).locator(`details[data-feature-id="${NIGHTCLUB}"]`)).toHaveAttribute(
      'open',
      '',
    );
  });

  test('exports give them no geometry, their place the area; npm run check -- --exported accepts it', async ({
    page,
  }) => {
    await openApp(page);
    await page
      .getByRole('region', { name: 'Tools' })
      .getByRole('button', { name: 'Export' })
      .click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download GeoJSON' }).click(),
    ]);
    const text = await readFile((await (file as Download).path())!, 'utf8');
    const exported = JSON.parse(text) as {
      features: { id: string; geometry: unknown; properties: { place?: string } }[];
    };
    const nightclub = exported.features.find((feature) => feature.id === NIGHTCLUB)!;
    expect(nightclub.geometry).toBeNull();
    expect(nightclub.properties.place).toBe('turkey');
    for (const feature of exported.features)
      if (!AREA_INCIDENT_IDS.has(feature.id)) expect(feature.geometry).not.toBeNull();
    const root = join(import.meta.dirname, '..', '..', 'geo');
    const texts = new Map(
      await Promise.all(
        corpus.sources.map(
          async (source) =>
            [source.id, await readFile(join(root, 'sources', `${source.id}.txt`), 'utf8')] as const,
        ),
      ),
    );
    expect(checkExported('crossings-view.geojson', text, texts)).toEqual([]);
  });
});
