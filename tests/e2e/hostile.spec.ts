/**
 * Every string from data is text, never markup: a corpus whose every free
 * string is an XSS payload goes through `npm run check` (payloads are valid
 * text) and is opened in popups, the reader, the list, search and the figures.
 * Nothing runs; the payloads are shown as typed.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, openApp, popup, serveCompiledCorpus, test } from './fixtures';

const REPO = join(import.meta.dirname, '..', '..');

/** Each payload sets window.pwned if it ever runs. */
const PAYLOADS = {
  img: `<img src=x onerror="window.pwned='img'">`,
  script: `<script>window.pwned='script'</script>`,
  svg: `<svg onload="window.pwned='svg'"></svg>`,
  js: `javascript:window.pwned='js'`,
};
const NAME = `${PAYLOADS.img}Hostile`;
const QUOTE = `Smugglers from ${NAME} said ${PAYLOADS.script} and ${PAYLOADS.svg} twice, 3 times.`;
const TEXT = `${PAYLOADS.js}\n${QUOTE}\nThe end.\n`;

let workspace: string;

test.beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'crossings-hostile-'));
  const root = join(workspace, 'geo');
  await cp(join(REPO, 'geo'), root, { recursive: true });
  await writeFile(join(root, 'sources', 'hostile-report.txt'), TEXT);
  const sources = JSON.parse(await readFile(join(root, 'sources.json'), 'utf8')) as object[];
  sources.push({
    id: 'hostile-report',
    originalFile: PAYLOADS.svg,
    sha256: createHash('sha256').update(TEXT).digest('hex'),
    headline: PAYLOADS.img,
    outlet: PAYLOADS.script,
    author: PAYLOADS.js,
    published: null,
    publishedInferredFrom: null,
    language: 'en',
    url: null,
    notes: PAYLOADS.svg,
  });
  await writeFile(join(root, 'sources.json'), JSON.stringify(sources));
  const excerpts = [{ source: 'hostile-report', quote: QUOTE }];
  const addFeature = async (file: string, feature: object) => {
    const collection = JSON.parse(await readFile(join(root, file), 'utf8')) as {
      features: object[];
    };
    collection.features.push(feature);
    await writeFile(join(root, file), JSON.stringify(collection));
  };
  await addFeature('places.geojson', {
    type: 'Feature',
    id: 'hostile-town',
    geometry: { type: 'Point', coordinates: [40.2, 36.3] },
    properties: {
      name: NAME,
      aliases: [PAYLOADS.script, PAYLOADS.js],
      kind: 'town',
      country: 'SY',
      gazetteer: { wikidata: 'Q1' },
      excerpts,
      notes: PAYLOADS.svg,
    },
  });
  await addFeature('incidents.geojson', {
    type: 'Feature',
    id: 'hostile-incident',
    geometry: null,
    properties: {
      name: PAYLOADS.svg,
      type: 'detention',
      date: '2017-03?',
      place: 'hostile-town',
      figures: [
        {
          count: 3,
          what: 'detained',
          who: PAYLOADS.img,
          counts: ['times'],
          measure: 'held-or-detained-in-turkey',
          source: 'hostile-report',
          refersTo: null,
          attributedTo: PAYLOADS.script,
        },
      ],
      excerpts,
      claim: {
        says: PAYLOADS.svg,
        support: [QUOTE],
        attributedTo: 'Smugglers',
        dated: { from: 'relative to the article', how: PAYLOADS.img },
        placement: PAYLOADS.script,
      },
      notes: PAYLOADS.js,
    },
  });
  execFileSync(
    'npx',
    ['tsx', join(REPO, 'scripts', 'check.ts'), '--root', root, '--out', join(workspace, 'data')],
    { cwd: REPO, stdio: 'pipe' },
  );
});

test.afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

test.beforeEach(async ({ page }) => {
  await serveCompiledCorpus(page, join(workspace, 'data'));
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
});

const pwned = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { pwned?: string }).pwned ?? null);

test('payloads in every string field are shown as text in popups, reader, list, search and figures, and run nowhere', async ({
  page,
}) => {
  await openApp(page, '?feature=hostile-town');
  const card = popup(page);
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(NAME);
  await expect(card).toContainText(PAYLOADS.script);
  await expect(card).toContainText(PAYLOADS.svg);
  await expect(card.locator('img, script, svg[onload]')).toHaveCount(0);

  // The list view names it as typed.
  const list = page.getByRole('region', { name: /^On the map/ });
  await expect(list.locator('[data-feature-id="hostile-town"]')).toContainText(NAME);
  await expect(list.locator('[data-feature-id="hostile-incident"]')).toContainText(PAYLOADS.svg);

  // The reader: headline, outlet, author, file name and the text itself.
  await card.getByRole('button', { name: 'Open in source' }).click();
  const reader = page.locator('aside.reader');
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText(PAYLOADS.img);
  await expect(reader).toContainText(PAYLOADS.script);
  await expect(reader).toContainText(PAYLOADS.js);
  await expect(reader.locator('mark')).toContainText(PAYLOADS.svg);
  await expect(reader.locator('img, script, svg[onload], a[href^="javascript"]')).toHaveCount(0);

  // Search finds it under its hostile alias and shows it as text.
  const search = page.getByRole('combobox', { name: /^Search places/ });
  await search.fill('Hostile');
  const option = page.getByRole('option', { name: /Hostile/ }).first();
  await expect(option).toContainText(NAME);

  // The figures view: who, attribution and passage.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Figures' }).click();
  const row = page.locator('tr[data-figure="hostile-incident/0"]');
  await expect(row).toContainText(PAYLOADS.img);
  await expect(row).toContainText(PAYLOADS.script);
  await expect(page.locator('.figures').locator('img, script')).toHaveCount(0);

  // The incident's popup, with the placement note of its claim.
  await openApp(page, '?feature=hostile-incident');
  await expect(popup(page).locator('.facts')).toContainText(PAYLOADS.script);
  await expect(popup(page).locator('img, script, svg[onload]')).toHaveCount(0);

  expect(await pwned(page)).toBeNull();
});
