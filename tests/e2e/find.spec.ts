import type { Page } from '@playwright/test';
import type { DateSpan } from '../../src/data/dates';
import { overlaps, type MonthRange } from '../../src/view/timeline';
import {
  corpus,
  expect,
  listedIds,
  listIds,
  markerById,
  markerIds,
  openApp,
  popup,
  test,
} from './fixtures';

const searchBox = (page: Page) => page.getByRole('combobox', { name: /^Search places/ });
const options = (page: Page) =>
  page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
const placesGroup = (page: Page) =>
  page.getByRole('listbox', { name: 'Search results' }).getByRole('group', { name: 'Places' });
const list = (page: Page) => page.getByRole('region', { name: /^On the map/ });

/**
 * The list view and the map must always show the same features (an incident
 * placed only on an area is on the map as its area's count): returns every
 * feature listed.
 */
async function expectListMatchesMap(page: Page): Promise<string[]> {
  // Both sides are read on every try: either may still be catching up with a filter.
  await expect
    .poll(async () => {
      const [list, markers] = [await listIds(page), await markerIds(page)];
      return list.join(' ') === markers.join(' ');
    })
    .toBe(true);
  return listedIds(page);
}

/** Ids of dated features (incidents and dated flows) and undated ones a month range keeps. */
function idsShownIn(range: MonthRange): string[] {
  const features = [
    ...corpus.places.features,
    ...corpus.routes.features,
    ...corpus.incidents.features,
  ];
  return features
    .filter((feature) => {
      const when = (feature.properties as { when?: DateSpan }).when;
      return !when || overlaps(when, range);
    })
    .map((feature) => feature.id)
    .sort();
}

test.describe('search by any spelling', () => {
  const spellings: [string, string][] = [
    ['Serekaniye', 'Ras al-Ayn'],
    ['Serêkaniyê', 'Ras al-Ayn'],
    ['Sari Kani', 'Ras al-Ayn'],
    ['ras al ain', 'Ras al-Ayn'],
    ['Resulayn', 'Ras al-Ayn'],
    ['Hasakah', 'Al Hasakah'],
    ['Hasaka', 'Al Hasakah'],
    ['Al-Hasakah', 'Al Hasakah'],
    ['Tel Tamer', 'Tall Tamr'],
    ['Dirbesiye', 'Ad Darbasiyah'],
  ];

  test('each spelling finds its place first among places', async ({ page, pageErrors }) => {
    await openApp(page);
    for (const [query, name] of spellings) {
      await searchBox(page).fill(query);
      await expect(placesGroup(page).getByRole('option').first(), query).toContainText(name);
    }
    expect(pageErrors.messages).toEqual([]);
  });

  test('arrows and Enter choose a result: the map flies to it and opens its popup', async ({
    page,
  }) => {
    await openApp(page);
    const box = searchBox(page);
    await box.fill('Dirbesiye');
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await box.press('ArrowDown');
    const first = options(page).first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    await expect(first).toContainText('also “Dirbesiye”');
    await box.press('Enter');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(popup(page).getByRole('heading', { name: 'Ad Darbasiyah' })).toBeVisible();
    await expect(page).toHaveURL(/feature=ad-darbasiyah/);
    await expect(
      list(page).locator('[data-feature-id="ad-darbasiyah"][aria-current="true"]'),
    ).toBeVisible();
  });

  test('results are grouped by kind; a source opens in the reader', async ({ page }) => {
    await openApp(page);
    await searchBox(page).fill('deport');
    const listbox = page.getByRole('listbox', { name: 'Search results' });
    for (const group of ['Routes and flows', 'Incidents', 'Sources'])
      await expect(listbox.getByRole('group', { name: new RegExp(`^${group}`) })).toBeVisible();
    await listbox
      .getByRole('group', { name: 'Sources' })
      .getByRole('option', { name: /Turkey Resumes Deporting/ })
      .click();
    await expect(page.getByRole('complementary')).toContainText(
      'Turkey Resumes Deporting ISIS Foreign Militants',
    );
    await expect(page).toHaveURL(/source=asharq-deportations-resume/);
  });

  test('Escape closes the results, then clears the text', async ({ page }) => {
    await openApp(page);
    const box = searchBox(page);
    await box.fill('Amuda');
    await expect(options(page).first()).toBeVisible();
    await box.press('Escape');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(options(page).first()).toBeHidden();
    await expect(box).toHaveValue('Amuda');
    await box.press('Escape');
    await expect(box).toHaveValue('');
    await expect(box).toBeFocused();
  });

  test('Enter with no result chosen narrows the map and the list to every match, in the URL', async ({
    page,
  }) => {
    await openApp(page);
    await searchBox(page).fill('Istanbul');
    await searchBox(page).press('Enter');
    await expect(page).toHaveURL(/q=Istanbul/);
    await expect(page.getByRole('status')).toContainText('matching “Istanbul”');
    const ids = await expectListMatchesMap(page);
    expect(ids).toContain('istanbul');
    expect(ids).toContain('istanbul-airport-attack-2016');
    expect(ids).not.toContain('amuda');
    expect(ids.length).toBeLessThan(20);

    await page.reload();
    await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true');
    // The search index loads after the first view; the filter applies once it has.
    await expect(page.getByRole('status')).toContainText(`matching “Istanbul” (${ids.length})`);
    expect(await expectListMatchesMap(page)).toEqual(ids);

    await page.getByRole('button', { name: 'Clear the search for Istanbul' }).first().click();
    await expect(page).not.toHaveURL(/q=/);
    await expect(searchBox(page)).toHaveValue('');
    expect((await expectListMatchesMap(page)).length).toBeGreaterThan(ids.length);

    await page.goBack();
    await expect(page).toHaveURL(/q=Istanbul/);
    await expect(searchBox(page)).toHaveValue('Istanbul');
    expect(await expectListMatchesMap(page)).toEqual(ids);
  });
});

test.describe('timeline', () => {
  test('the keyboard moves the range: map, list and URL follow, and the link restores it', async ({
    page,
  }) => {
    await openApp(page);
    const from = page.getByRole('slider', { name: 'From month' });
    await from.focus();
    await from.press('End'); // clamped to the "to" thumb: the last month alone
    await expect(from).toHaveAttribute('aria-valuetext', 'Jul 2020');
    for (let i = 0; i < 8; i++) await from.press('ArrowLeft');
    await expect(from).toHaveAttribute('aria-valuetext', 'Nov 2019');
    await expect(page).toHaveURL(/time=2019-11\/2020-07/);

    const range = { from: '2019-11', to: '2020-07' };
    const ids = await expectListMatchesMap(page);
    const expected = idsShownIn(range);
    expect(ids.every((id) => expected.includes(id))).toBe(true);
    const incidents = corpus.incidents.features.filter((incident) =>
      overlaps(incident.properties.when, range),
    );
    expect(ids.filter((id) => corpus.incidents.features.some((i) => i.id === id))).toEqual(
      incidents.map((incident) => incident.id).sort(),
    );
    await expect(list(page).getByRole('heading', { name: /^Incidents/ })).toContainText(
      `${incidents.length} of ${corpus.incidents.features.length}`,
    );
    await expect(page.getByRole('status')).toContainText('Nov 2019 – Jul 2020');

    await page.reload();
    await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true');
    await expect(from).toHaveAttribute('aria-valuetext', 'Nov 2019');
    expect(await expectListMatchesMap(page)).toEqual(ids);

    await page.getByRole('button', { name: 'All dates', exact: true }).click();
    await expect(page).not.toHaveURL(/time=/);
    expect((await expectListMatchesMap(page)).length).toBeGreaterThan(ids.length);
  });

  test('selecting a feature the range hides (from a popup) widens the range to show it', async ({
    page,
  }) => {
    await openApp(page, '?time=2019-11/2020-07&feature=istanbul');
    const related = popup(page).getByRole('region', { name: 'Reported here' });
    await related.getByRole('button', { name: /36 detained in Istanbul/ }).click();
    await expect(
      popup(page).getByRole('heading', {
        name: '36 detained in Istanbul on suspicion of links with ISIS',
      }),
    ).toBeVisible();
    await expect(page).not.toHaveURL(/time=/);
    await expect(page).toHaveURL(/feature=istanbul-detentions-2017-09-25/);
    await expectListMatchesMap(page);
  });

  test('dragging the end of the range with the mouse changes what is drawn', async ({ page }) => {
    await openApp(page);
    const to = page.getByRole('slider', { name: 'To month' });
    const before = await markerIds(page);
    const box = (await to.boundingBox())!;
    const thumb = 16;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width - thumb / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.45, y, { steps: 8 });
    await page.mouse.up();

    const month = await to.getAttribute('aria-valuetext');
    await expect(page).toHaveURL(/time=2014-01\/\d{4}-\d{2}/);
    const [, toMonth] = /time=2014-01\/(\d{4}-\d{2})/.exec(page.url())!;
    expect(month).toMatch(new RegExp(`${toMonth!.slice(0, 4)}$`));
    const ids = await expectListMatchesMap(page);
    expect(ids.length).toBeLessThan(before.length);
    const expected = idsShownIn({ from: '2014-01', to: toMonth! });
    expect(ids.every((id) => expected.includes(id))).toBe(true);
  });
});

test.describe('list view', () => {
  test('lists every feature on the map, grouped by layer, and follows the layer switches', async ({
    page,
  }) => {
    await openApp(page);
    const ids = await expectListMatchesMap(page);
    expect(ids.length).toBeGreaterThanOrEqual(
      corpus.places.features.length + corpus.incidents.features.length,
    );
    for (const layer of ['Cities', 'Border towns', 'Incidents', 'Flows'])
      await expect(
        list(page).getByRole('heading', { name: new RegExp(`^${layer}`) }),
      ).toBeVisible();

    await page.getByRole('checkbox', { name: 'Incidents' }).uncheck();
    await expect(list(page).getByRole('heading', { name: /^Incidents/ })).toHaveCount(0);
    await expect(list(page)).toContainText('Layers switched off: Incidents');
    const without = await expectListMatchesMap(page);
    expect(without.length).toBe(ids.length - corpus.incidents.features.length);
  });

  test('sorts by name or by date', async ({ page }) => {
    await openApp(page);
    const incidents = list(page)
      .locator('.feature-list__group')
      .filter({ has: page.getByRole('heading', { name: /^Incidents/ }) })
      .locator('.feature-list__name');
    const byName = await incidents.allTextContents();
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(byName).toEqual([...byName].sort(collator.compare));
    await list(page).getByLabel('Sort by').selectOption('date');
    const byDate = await list(page)
      .locator('.feature-list__group')
      .filter({ has: page.getByRole('heading', { name: /^Incidents/ }) })
      .locator('[data-feature-id]')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.featureId!));
    const starts = byDate.map(
      (id) =>
        corpus.incidents.features.find((incident) => incident.id === id)!.properties.when.start,
    );
    expect(starts).toEqual([...starts].sort());
  });

  test('choosing an item selects it on the map, and a marker clicked on the map is marked in the list', async ({
    page,
  }) => {
    await openApp(page);
    await list(page)
      .getByRole('button', { name: /^Tall Tamr/ })
      .click();
    await expect(popup(page).getByRole('heading', { name: 'Tall Tamr' })).toBeVisible();
    await expect(page).toHaveURL(/feature=tall-tamr/);
    await expect(list(page).locator('[data-feature-id="tall-tamr"]')).toHaveAttribute(
      'aria-current',
      'true',
    );

    // The open popup covers the neighbouring town, so reach its marker by keyboard.
    await markerById(page, 'amuda').focus();
    await page.keyboard.press('Enter');
    await expect(popup(page).getByRole('heading', { name: 'Amuda' })).toBeVisible();
    await expect(list(page).locator('[data-feature-id="amuda"]')).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(list(page).locator('[aria-current="true"]')).toHaveCount(1);
  });
});
