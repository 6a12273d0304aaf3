import type { Download, Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { readFile } from 'node:fs/promises';
import numberToWords from 'number-to-words';
import { join } from 'node:path';
import { checkExported } from '../../src/data/checkExported';
import { CSV_COLUMNS } from '../../src/view/exports';
import { corpus, expect, listedIds, markerById, openApp, popup, test } from './fixtures';

const tool = (page: Page, name: string) =>
  page.getByRole('region', { name: 'Tools' }).getByRole('button', { name });
const reader = (page: Page) => page.locator('aside.reader');

/** A number as a text may write it: "1,201", "1201" or "nine hundred". */
function writtenForms(count: number): RegExp {
  const digits = count.toLocaleString('en');
  const words = numberToWords.toWords(count).replace(/,/g, '').replace(/ /g, '[\\s,-]+');
  return new RegExp(`${digits}|${digits.replace(/,/g, '')}|${words}`, 'i');
}

test.describe('Figures across sources', () => {
  test('sets "nearly 300" beside "over 300" as not comparable, both hedges shown, with the reasons', async ({
    page,
  }) => {
    await openApp(page, '?panel=figures');
    const killed = page.getByRole('region', { name: 'People killed in attacks in Turkey' });
    const nearly = killed
      .locator('tr')
      .filter({ has: page.locator('strong', { hasText: /^nearly 300 killed/ }) });
    await expect(nearly.locator('.measure__tag--not-comparable')).toContainText(
      'Not comparable with over 300 killed',
    );
    await expect(nearly).toContainText(
      'they count different things: “civilians”, “ISIS attacks” and “people”',
    );
    await expect(nearly).toContainText('the period is not given for over 300');
    await expect(killed).not.toContainText('Same figure');
    await expect(killed.locator('.measure__summary')).toContainText(
      'alike numbers that are not comparable',
    );
    await expect(killed).not.toContainText('sources agree');
  });

  test('lists the detention figures of at least three sources, each opening its highlighted passage', async ({
    page,
    pageErrors,
  }) => {
    await openApp(page);
    await tool(page, 'Figures').click();
    await expect(page).toHaveURL(/panel=figures/);
    const panel = page.getByRole('region', { name: 'Figures across sources' });
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    const held = panel.getByRole('region', { name: 'ISIS suspects held or detained in Turkey' });
    const rows = held.locator('tbody tr');
    await expect(rows).toHaveCount(9);
    const cited = new Set(await held.locator('tbody cite').allInnerTexts());
    expect(cited.size).toBeGreaterThanOrEqual(3);
    await expect(held.getByText(/from 4 sources/)).toBeVisible();

    for (let i = 0; i < 9; i++) {
      const row = rows.nth(i);
      const count = Number(
        (await row.locator('strong').innerText()).match(/[\d,]+/)![0].replace(/,/g, ''),
      );
      const title = await row.locator('cite').innerText();
      await row.getByRole('button', { name: 'Read the passage' }).click();
      const open = reader(page);
      await expect(open.getByRole('heading', { level: 2 })).toHaveText(title);
      await expect(open.locator('mark')).toHaveText(writtenForms(count));
      // The figures stay open beside the reader, so the next can be read at once.
      await expect(held).toBeVisible();
    }
    expect(pageErrors.messages).toEqual([]);
  });

  test('keeps hedges and projections, links each figure to its feature, and closes with Escape back to its button', async ({
    page,
  }) => {
    await openApp(page, '?panel=figures');
    const panel = page.getByRole('region', { name: 'Figures across sources' });
    const wounded = panel.getByRole('region', { name: 'People wounded in attacks in Turkey' });
    await expect(wounded.locator('strong')).toHaveText(['more than 500 wounded']);
    const deported = panel.getByRole('region', { name: /deported by Turkey/ });
    const row = (figure: RegExp) =>
      deported.locator('tr').filter({ has: page.locator('strong', { hasText: figure }) });
    // What could happen is a measure of its own, never set beside what did.
    const projected = panel.getByRole('region', { name: /could deport/ });
    await expect(projected.locator('strong')).toHaveText([
      /^as many as 2,500 deported .* expected, not reported as done$/,
    ]);
    await expect(deported).not.toContainText('2,500');
    await expect(row(/^338 deported/)).toContainText('the Turkish Interior Ministry');

    const nine = row(/^9 deported/);
    await nine
      .getByRole('button', { name: /^Show “/ })
      .first()
      .click();
    await expect(panel).toHaveCount(0);
    await expect(popup(page)).toBeVisible();
    await expect(page).toHaveURL(/feature=/);

    await tool(page, 'Figures').click();
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(tool(page, 'Figures')).toBeFocused();
    await expect(tool(page, 'Figures')).toHaveAttribute('aria-pressed', 'false');
  });
});

test.describe('Walking the route', () => {
  const stops = [
    'Ash Shaddadi',
    'Al Hasakah',
    'Tall Tamr',
    'Ras al-Ayn',
    'Ad Darbasiyah',
    'Amuda',
    'Qamishli',
  ];

  test('visits every stop in the order the text gives, with legs, sentences and the border, by keyboard', async ({
    page,
    pageErrors,
  }) => {
    await openApp(page);
    await tool(page, 'Walk the route').click();
    const walk = page.getByRole('region', { name: /^Walk:/ });
    await expect(walk.getByRole('heading', { level: 2 })).toBeFocused();
    const seen: string[] = [];
    for (let i = 0; i < stops.length; i++) {
      await expect(walk.locator('.walk__progress')).toHaveText(
        `Stop ${i + 1} of ${stops.length}: ${stops[i]}`,
      );
      await expect(page).toHaveURL(new RegExp(`walk=smuggling-route-ras-al-ayn\\.${i + 1}`));
      seen.push(stops[i]!);
      if (i > 0) await expect(walk.locator('.walk__leg')).toContainText(/\d+(\.\d)? km from /);
      await expect(walk.locator('.walk__quote')).toBeVisible();
      if (i < stops.length - 1) await page.keyboard.press('ArrowRight');
    }
    expect(seen).toEqual(stops);
    const next = walk.getByRole('button', { name: 'Next stop →' });
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    await next.focus();
    await next.press('Enter');
    await expect(walk.locator('.walk__progress')).toContainText('Stop 7 of 7');
    await expect(next).toBeFocused();

    // Back to Ras al-Ayn: the route meets the border there, and the map marks the nearest point of it.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await expect(walk.locator('.walk__progress')).toContainText('Ras al-Ayn');
    await expect(walk.locator('.walk__border')).toContainText('Reaches the Turkey–Syria border');
    await expect(walk.locator('.walk__quote')).toContainText('Sari Kani');
    await expect(page.locator('.walk-border-point')).toHaveCount(1);
    await expect(page.locator('.leaflet-tooltip')).toContainText('Nearest border point');
    await expect(page.locator('.leaflet-tooltip')).toContainText('not a crossing');

    await walk.getByRole('button', { name: 'Read the passage' }).click();
    await expect(reader(page).locator('mark')).toContainText('Sari Kani');

    await page.reload();
    await expect(
      page.getByRole('region', { name: /^Walk:/ }).locator('.walk__progress'),
    ).toContainText('Stop 4 of 7: Ras al-Ayn');
    await page.getByRole('button', { name: 'Close the walk' }).click();
    await expect(page).not.toHaveURL(/walk=/);
    await expect(tool(page, 'Walk the route')).toBeFocused();
    expect(pageErrors.messages).toEqual([]);
  });

  test("starts from a route's popup at its first leg", async ({ page }) => {
    await openApp(page, '?feature=smuggling-route-amuda');
    await popup(page).getByRole('button', { name: 'Walk this route, stop by stop' }).click();
    const walk = page.getByRole('region', { name: /^Walk:/ });
    await expect(walk.locator('.walk__progress')).toHaveText('Stop 6 of 7: Amuda');
    await expect(walk.locator('.walk__leg')).toContainText('which the text calls rare');
    await expect(walk.locator('.walk__quote')).toContainText('Rarely they flee towards Amuda');
  });

  test('marks where a drawn flow crosses the border, found by line intersection', async ({
    page,
  }) => {
    await openApp(page, '?walk=raqqa-evacuation-to-turkey.2');
    const walk = page.getByRole('region', { name: /^Walk:/ });
    await expect(walk.locator('.walk__progress')).toHaveText('Stop 2 of 2: Turkey');
    await expect(walk.locator('.walk__border')).toContainText(
      /Crosses the Turkey–Syria border on this leg, as drawn, at 36\.\d\d°N 37\.\d\d°E/,
    );
    await expect(page.locator('.walk-crossing')).toHaveCount(1);
  });
});

test.describe('Measuring', () => {
  const haversineKm = ([lat1, lon1]: number[], [lat2, lon2]: number[]) => {
    const rad = Math.PI / 180;
    const a =
      Math.sin(((lat2! - lat1!) * rad) / 2) ** 2 +
      Math.cos(lat1! * rad) * Math.cos(lat2! * rad) * Math.sin(((lon2! - lon1!) * rad) / 2) ** 2;
    return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
  };
  const pointsOf = async (page: Page) =>
    (await page.locator('.measure-panel__points li').allInnerTexts()).map((text) => {
      const [, lat, ns, lon, ew] = /([\d.]+)°([NS]) ([\d.]+)°([EW])/.exec(text)!;
      return [Number(lat) * (ns === 'S' ? -1 : 1), Number(lon) * (ew === 'W' ? -1 : 1)];
    });

  /** Opens Measure near the route and clicks a first point as soon as the panel asks for one. */
  const pickFirstPoint = async (page: Page) => {
    await openApp(page, '?map=7/36.8/40.5');
    await tool(page, 'Measure').click();
    const panel = page.getByRole('region', { name: 'Measure' });
    await expect(panel).toContainText('Click two points on the map.');
    const box = (await page.locator('.map').boundingBox())!;
    await page.mouse.click(box.x + 80, box.y + 420);
    await expect(panel).toContainText('Now pick the second point.');
    return { panel, box };
  };

  test('gives the great-circle distance between two points picked on the map', async ({ page }) => {
    const { panel, box } = await pickFirstPoint(page);
    await page.mouse.click(box.x + box.width - 420, box.y + 120);
    const shown = Number((await panel.locator('strong').innerText()).replace(' km', ''));
    const [a, b] = await pointsOf(page);
    expect(Math.abs(shown - haversineKm(a!, b!)) / shown).toBeLessThan(0.002);
    await expect(page.locator('.measure-line')).toHaveCount(1);
  });

  test('a point clicked the moment the panel asks is picked, however slowly the drawing code loads', async ({
    page,
  }) => {
    // The flake behind this test: the click handler used to come with the lazy
    // drawing chunk, so a click before that chunk arrived was lost.
    await page.route('**/assets/MeasureLayer-*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await pickFirstPoint(page);
    await expect(page.locator('.measure-point')).toHaveCount(1);
  });

  test('works by keyboard: pan with the arrows, add the centre twice', async ({ page }) => {
    await openApp(page, '?map=7/36.8/40.5');
    await tool(page, 'Measure').click();
    const panel = page.getByRole('region', { name: 'Measure' });
    await panel.getByRole('button', { name: 'Add the map centre' }).click();
    await page.locator('.map').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page).not.toHaveURL(/map=7\/36\.8000\/40\.5000/);
    await panel.getByRole('button', { name: 'Add the map centre' }).click();
    await expect(panel.locator('strong')).toContainText(/km$/);
    const [a, b] = await pointsOf(page);
    expect(a![0]).toBeCloseTo(36.8, 1);
    expect(b![1]).toBeGreaterThan(a![1]!);
    await panel.getByRole('button', { name: 'Start over' }).click();
    await expect(panel).toContainText('Click two points on the map.');
    await page.keyboard.press('Escape');
  });

  test("a border town's popup gives its distance to the border", async ({ page }) => {
    await openApp(page, '?feature=ad-darbasiyah');
    await expect(popup(page).locator('.popup__border-distance')).toHaveText(
      /^0\.8 km to the Turkey–Syria border/,
    );
  });
});

/** The article texts of geo/, by source id. */
async function sourceTexts(): Promise<Map<string, string>> {
  const root = join(import.meta.dirname, '..', '..', 'geo');
  const ids = corpus.sources.map((source) => source.id);
  const texts = await Promise.all(
    ids.map((id) => readFile(join(root, 'sources', `${id}.txt`), 'utf8')),
  );
  return new Map(ids.map((id, i) => [id, texts[i]!]));
}

test.describe('Exporting the view', () => {
  const download = async (page: Page, label: string): Promise<string> => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download ${label}` }).click(),
    ]);
    return readFile((await (file as Download).path())!, 'utf8');
  };

  test('each format holds exactly the features in view, with their passages and sources', async ({
    page,
    baseURL,
  }) => {
    // A narrowed view: two layers switched off and a time range.
    await openApp(page, '?layers=border-towns,route,flows,incidents,border&time=2017-03/2017-11');
    const visible = await listedIds(page);
    expect(visible.length).toBeGreaterThan(5);
    await tool(page, 'Export').click();
    await expect(page.getByTestId('export-summary')).toContainText(
      `${visible.length} features in view`,
    );

    const geojsonText = await download(page, 'GeoJSON');
    // What `npm run check -- --exported` runs: the export schema, and every quote verbatim in geo/.
    expect(checkExported('crossings-view.geojson', geojsonText, await sourceTexts())).toEqual([]);
    const geojson = JSON.parse(geojsonText) as {
      type: string;
      features: { id: string; properties: { excerpts: unknown[] } }[];
    };
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features.map((feature) => feature.id).sort()).toEqual(visible);

    const rows = csvParse(await download(page, 'CSV'));
    expect(rows.columns).toEqual(CSV_COLUMNS);
    expect(rows.map((row) => row.id).sort()).toEqual(visible);
    expect(rows.every((row) => row.sources && row.excerpts)).toBe(true);
    // Excerpts go out verbatim, one per line, each a passage of its source.
    const excerptsOf = new Map(
      geojson.features.map((feature) => [feature.id, feature.properties.excerpts]),
    );
    for (const row of rows)
      expect(row.excerpts!.split('\n')).toEqual(
        (excerptsOf.get(row.id!) as { quote: string }[]).map((excerpt) => excerpt.quote),
      );

    const annotations = JSON.parse(await download(page, 'Web Annotations')) as {
      '@context': string;
      type: string;
      total: number;
      first: {
        items: {
          type: string;
          id: string;
          target: {
            source: string;
            selector: [
              { type: string; exact: string },
              { type: string; start: number; end: number },
            ];
          };
        }[];
      };
    };
    expect(annotations['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(annotations.type).toBe('AnnotationCollection');
    const items = annotations.first.items;
    expect(items).toHaveLength(annotations.total);
    const annotated = new Set(items.map((item) => new URL(item.id).searchParams.get('feature')));
    expect([...annotated].sort()).toEqual(visible);
    for (const item of items.slice(0, 12)) {
      expect(item.type).toBe('Annotation');
      const [quote, position] = item.target.selector;
      expect([quote.type, position.type]).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
      expect(item.target.source.startsWith(baseURL!)).toBe(true);
      const text = await (await page.request.get(item.target.source)).text();
      // Positions count Unicode code points, as the W3C model says.
      expect([...text].slice(position.start, position.end).join('')).toBe(quote.exact);
    }

    const citations = await download(page, 'Citation list');
    const cited = new Set(
      geojson.features.flatMap((feature) =>
        (feature.properties.excerpts as { source: string }[]).map((excerpt) => excerpt.source),
      ),
    );
    expect(citations.match(/^\[\d+\] /gm)).toHaveLength(cited.size);
    for (const id of cited) expect(citations).toContain(`/data/sources/${id}.txt`);
  });

  test('exports a search result as nothing more than it', async ({ page }) => {
    await openApp(page, '?q=amuda');
    // The search applies once its index has loaded.
    await expect.poll(() => listedIds(page)).not.toContain('adana');
    const visible = await listedIds(page);
    await openApp(page, '?q=amuda&panel=export');
    const geojson = JSON.parse(await download(page, 'GeoJSON')) as { features: { id: string }[] };
    expect(geojson.features.map((feature) => feature.id).sort()).toEqual(visible);
    await expect(markerById(page, 'amuda')).toBeVisible();
  });
});
