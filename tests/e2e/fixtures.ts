/**
 * The page every end-to-end test gets: nothing leaves the machine (map tiles
 * are answered with a blank tile, anything else off-origin is refused), and
 * every console error or page error is collected so a test can assert none.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { unpackCorpus, type WireCorpus } from '../../src/data/delivery/wire';
import { DELIVERY_LAYOUT } from '../../src/data/delivery/layout';

const BLANK_TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=',
  'base64',
);

export interface PageErrors {
  messages: string[];
}

export const test = base.extend<{ pageErrors: PageErrors; offOriginRequests: string[] }>({
  offOriginRequests: [
    async ({ context, baseURL }, use) => {
      const requests: string[] = [];
      const origin = new URL(baseURL!).origin;
      await context.route(
        (url) => url.origin !== origin,
        (route) => {
          const url = route.request().url();
          requests.push(url);
          if (/tile\.openstreetmap\.org/.test(url))
            return route.fulfill({ contentType: 'image/png', body: BLANK_TILE });
          return route.abort('blockedbyclient');
        },
      );
      await use(requests);
    },
    { auto: true },
  ],
  pageErrors: async ({ page }, use) => {
    const errors: PageErrors = { messages: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') errors.messages.push(message.text());
    });
    page.on('pageerror', (error) => errors.messages.push(error.message));
    await use(errors);
  },
});

/** The compiled corpus the app under test serves (written by `npm run check`). */
export const corpus = unpackCorpus(
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', '..', DELIVERY_LAYOUT.defaultOutDir, DELIVERY_LAYOUT.corpus),
      'utf8',
    ),
  ) as WireCorpus,
);

/** Serves the corpus compiled into `dataDir` (by `npm run check -- --out`) in place of the default one. */
export async function serveCompiledCorpus(page: Page, dataDir: string): Promise<void> {
  await page.route(/\/data\/(.+)$/, async (route) => {
    const path = /\/data\/(.+)$/.exec(new URL(route.request().url()).pathname)![1]!;
    await route.fulfill({ body: await readFile(join(dataDir, decodeURIComponent(path))) });
  });
}

/** Opens the app and waits until the map has drawn its layers. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(query);
  await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true');
}

/** The focusable map marker of a feature, by its accessible name. */
export function marker(page: Page, name: string | RegExp): Locator {
  return page
    .locator('.leaflet-marker-pane')
    .getByRole('button', { name, exact: typeof name === 'string' });
}

/** The map marker of a feature, by its id (the list view's rows carry the same data attribute). */
export function markerById(page: Page, id: string): Locator {
  return page.locator(`.leaflet-marker-icon[data-feature-id="${id}"]`);
}

/** Feature ids of the focusable markers on the map now. */
export async function markerIds(page: Page): Promise<string[]> {
  // A filter is drawn in a deferred render, with aria-busy on the map until it is.
  await expect(page.locator('.map')).not.toHaveAttribute('aria-busy', 'true');
  const ids = await page
    .locator('.leaflet-marker-icon[role="button"]:not([aria-hidden="true"])')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.featureId ?? ''));
  return ids.sort();
}

/**
 * The incidents the texts place only on an area (a country, a continent, a
 * region): listed, and counted at their area's marker, but no marker of their own.
 */
export const AREA_INCIDENT_IDS: ReadonlySet<string> = new Set(
  corpus.incidents.features
    .filter((incident) =>
      ['region', 'country', 'continent'].includes(
        corpus.places.features.find((place) => place.id === incident.properties.place)!.properties
          .kind,
      ),
    )
    .map((incident) => incident.id),
);

/**
 * Feature ids the list view shows that have a marker of their own: leaving
 * out reference borders (lines, not markers) and the incidents placed only
 * on an area (see AREA_INCIDENT_IDS).
 */
export async function listIds(page: Page): Promise<string[]> {
  return (await listedIds(page)).filter((id) => !AREA_INCIDENT_IDS.has(id));
}

/** Every feature id the list view shows but the reference borders, area-placed incidents too. */
export async function listedIds(page: Page): Promise<string[]> {
  const borderIds = new Set(corpus.borders.features.map((border) => border.id));
  // The list renders just after the map (see src/ui/state/useAfterFirstView.ts).
  const list = page.getByRole('region', { name: /^On the map/ });
  await expect(list).toBeVisible();
  await expect(list).not.toHaveAttribute('aria-busy', 'true');
  const ids = await list
    .locator('[data-feature-id]')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.featureId ?? ''));
  return ids.filter((id) => !borderIds.has(id)).sort();
}

/** The open popup (a closed one fades out for 200 ms before it leaves the page). */
export const popup = (page: Page) => page.locator('.leaflet-popup').last();

/** Zooms the map to a layer with the legend's button, as a user would to pick apart nearby features. */
export async function zoomToLayer(page: Page, layer: string): Promise<void> {
  await page.getByRole('button', { name: `Zoom to ${layer}` }).click();
  await expect(page).toHaveURL(/map=\d+\//);
}

export { expect };
