/**
 * A corpus far larger than the default one (2,000 synthetic incidents from
 * the benchmark's generator): incidents are clustered and the list draws only
 * the rows in view, yet every incident is one click from its cluster or its
 * row, and search still finds them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unpackCorpus, type WireCorpus } from '../../src/data/delivery/wire';
import { DELIVERY_LAYOUT } from '../../src/data/delivery/layout';
import { expect, openApp, popup, serveCompiledCorpus, test } from './fixtures';

const REPO = join(import.meta.dirname, '..', '..');
const INCIDENTS = 2000;

let workspace: string;
/** A place with several incidents, and their names. */
let busiest: { lon: number; lat: number; names: string[] };
/** A time range that keeps about half the incidents: still clustered, in smaller clusters. */
let firstHalf: string;

test.beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'crossings-scale-'));
  const root = join(workspace, 'geo');
  const tsx = (script: string, ...args: string[]) =>
    execFileSync('npx', ['tsx', join(REPO, script), ...args], { cwd: REPO, stdio: 'pipe' });
  tsx('bench/generate.ts', '--incidents', String(INCIDENTS), '--out', root);
  tsx('scripts/check.ts', '--root', root, '--out', join(workspace, 'data'));
  const corpus = unpackCorpus(
    JSON.parse(
      await readFile(join(workspace, 'data', DELIVERY_LAYOUT.corpus), 'utf8'),
    ) as WireCorpus,
  );
  const byPlace = new Map<string, (typeof corpus.incidents.features)[number][]>();
  for (const incident of corpus.incidents.features)
    byPlace.set(incident.properties.place, [
      ...(byPlace.get(incident.properties.place) ?? []),
      incident,
    ]);
  const [, incidents] = [...byPlace].sort((a, b) => b[1].length - a[1].length)[0]!;
  const [lon, lat] = incidents[0]!.geometry.coordinates as [number, number];
  busiest = { lon, lat, names: incidents.map((incident) => incident.properties.name) };
  const starts = corpus.incidents.features.map((incident) => incident.properties.when.start).sort();
  firstHalf = `${starts[0]!.slice(0, 7)}/${starts[starts.length / 2]!.slice(0, 7)}`;
});

test.afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

test.beforeEach(async ({ page }) => {
  await serveCompiledCorpus(page, join(workspace, 'data'));
});

const clusters = (page: import('@playwright/test').Page) =>
  page.locator('.leaflet-marker-pane .cluster');

test('2,000 incidents are drawn as a few clusters, and a cluster zooms in to where it splits', async ({
  page,
}) => {
  await openApp(page, '?layers=incidents');
  await expect(clusters(page).first()).toBeVisible();
  const drawn = await page.locator('.leaflet-marker-pane .leaflet-marker-icon').count();
  expect(drawn).toBeLessThan(300);
  const counts = await clusters(page).evaluateAll((elements) =>
    elements.map((element) => Number(element.textContent)),
  );
  expect(counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(INCIDENTS / 2);

  const zoomBefore = Number(new URL(page.url()).searchParams.get('map')?.split('/')[0] ?? 0);
  // The cluster nearest the centre of the map, clear of its controls.
  const map = (await page.locator('.map').boundingBox())!;
  const centre = { x: map.x + map.width / 2, y: map.y + map.height / 2 };
  const splitting = page.getByRole('button', { name: /incidents here: zoom in/ });
  const boxes = await splitting.evaluateAll((elements) =>
    elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect),
  );
  const distance = (box: DOMRect) =>
    Math.hypot(box.x + box.width / 2 - centre.x, box.y + box.height / 2 - centre.y);
  const nearest = boxes.indexOf(boxes.reduce((a, b) => (distance(a) <= distance(b) ? a : b)));
  await splitting.nth(nearest).click();
  await expect
    .poll(() => Number(new URL(page.url()).searchParams.get('map')?.split('/')[0] ?? 0))
    .toBeGreaterThan(zoomBefore);
});

test('incidents close together are listed in their cluster, each one click from its popup', async ({
  page,
}) => {
  await openApp(page, `?map=15/${busiest.lat}/${busiest.lon}&layers=incidents`);
  const together = page.getByRole('button', { name: /incidents close together: list them/ });
  await together.first().click();
  const list = popup(page).locator('.cluster-list');
  await expect(list.getByRole('heading')).toHaveText(`${busiest.names.length} incidents here`);
  const first = list.getByRole('button').first();
  const name = (await first.textContent())!.split(',')[0]!;
  await first.click();
  await expect(popup(page).locator('.popup__title')).toHaveText(name);
  expect(new URL(page.url()).searchParams.get('feature')).toMatch(/^incident-/);
});

test('the list draws only the rows in view, says how many there are, and a row opens its incident', async ({
  page,
}) => {
  await openApp(page, '?layers=incidents');
  const group = page.locator('.feature-list__group').filter({ hasText: 'Incidents' });
  await expect(group.getByRole('heading', { level: 3 })).toContainText(String(INCIDENTS));
  const rows = group.getByRole('listitem');
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(INCIDENTS));
  expect(await rows.count()).toBeLessThan(60);

  await group.locator('.virtual-list').evaluate((box) => (box.scrollTop = 44 * 1500));
  const row = group.locator('[aria-posinset="1501"] button');
  await expect(row).toBeVisible();
  const name = await row.locator('.feature-list__name').textContent();
  await row.click();
  await expect(popup(page).locator('.popup__title')).toHaveText(name!);
});

test('search over a large corpus is built when the box is focused, and finds incidents by place', async ({
  page,
}) => {
  await openApp(page);
  const box = page.getByRole('combobox', { name: /search/i });
  await box.fill(busiest.names[0]!.replace(/^\w+( plot)? in /, ''));
  await expect(page.getByRole('option').first()).toBeVisible({ timeout: 15_000 });
});

test('a cluster is a button a keyboard user can activate', async ({ page }) => {
  await openApp(page, '?layers=incidents&map=6/37.5/38');
  const cluster = page.getByRole('button', { name: /incidents here: zoom in/ }).first();
  await cluster.focus();
  await expect(cluster).toBeFocused();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => Number(new URL(page.url()).searchParams.get('map')?.split('/')[0] ?? 0))
    .toBeGreaterThan(6);
});

test('after a time filter every cluster is named by its own new count, not an old one', async ({
  page,
}) => {
  await openApp(page, '?layers=incidents&map=6/37.5/38');
  await expect(clusters(page).first()).toBeVisible();
  const before = await clusters(page).count();
  // Back to a link with a time range: the same map, most clusters now hold fewer incidents.
  await page.evaluate((range) => {
    window.history.pushState(null, '', `?layers=incidents&map=6/37.5/38&time=${range}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, firstHalf);
  await expect(page.getByRole('status').filter({ hasText: 'Filtered' })).toBeVisible();
  await expect.poll(() => clusters(page).count()).not.toBe(before);
  const named = await clusters(page).evaluateAll((elements) =>
    elements.map((element) => ({
      shown: element.textContent,
      name: element.getAttribute('aria-label'),
      title: element.getAttribute('title'),
    })),
  );
  expect(named.length).toBeGreaterThan(0);
  for (const { shown, name, title } of named) {
    expect(name).toMatch(new RegExp(`^${shown} incidents `));
    expect(title).toBe(name);
  }
});
