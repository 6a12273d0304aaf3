import { corpus, expect, openApp, popup, test } from './fixtures';

test.describe('the whole corpus: areas, flows and figures', () => {
  test('a flow between countries is a great-circle arc whose popup gives certainty and figures', async ({
    page,
  }) => {
    await openApp(page, '?feature=raqqa-evacuation-to-turkey');
    const card = popup(page);
    await expect(card.getByRole('heading')).toHaveText(
      'Raqqa evacuation: many evacuees smuggled into Turkey, according to the BBC',
    );
    await expect(card).toContainText('attributed by the article to another source');
    // The figures count everyone given passage out of Raqqa, not arrivals in Turkey.
    const leaving = 'counted leaving Raqqa; how many reached Turkey is not given';
    await expect(card.locator('.figures li')).toHaveText([
      `3,500 evacuated (IS family members) — ${leaving}`,
      `250 evacuated (fighters) — ${leaving}`,
    ]);
    await expect(card).toContainText('Drawn at');
    await expect(card).toContainText('does not say where the evacuees went first');
    await expect(card).toContainText('Schematic: great-circle arcs');
    await expect(card).toContainText('not where people went');
    // The app draws the compiled arc (many vertices), not a two-point straight line.
    await expect(page.locator('path.route--attributed').first()).toBeVisible();
    const flow = corpus.routes.features.find((r) => r.id === 'raqqa-evacuation-to-turkey')!;
    expect(flow.geometry.coordinates.length).toBeGreaterThan(10);
  });

  test('a movement the text only expects is dashed and says so', async ({ page }) => {
    await openApp(page, '?feature=expected-deportations-to-european-union');
    await expect(popup(page)).toContainText('expected or feared, not reported as having happened');
    await expect(popup(page).locator('.figures li')).toHaveText([
      'as many as 2,500 deported (militants, the majority to EU nations) — counted leaving Turkey; how many reached Europe is not given — expected, not reported as done',
    ]);
    await expect(page.locator('path.route--expected').first()).toHaveAttribute(
      'stroke-dasharray',
      '10 8',
    );
  });

  test('a province is mapped at province level, its marker at its seat, and says so', async ({
    page,
  }) => {
    await openApp(page, '?feature=samsun-province');
    const card = popup(page);
    await expect(card).toContainText('region: marker at its seat, Samsun; its extent is not drawn');
    await expect(card).toContainText('GeoNames 740263');
    await expect(card).toContainText('marker: GeoNames 740264');
  });

  test("a figure keeps the text's hedge: more than 500 wounded is not 500", async ({ page }) => {
    await openApp(page, '?feature=ankara-peace-rally-bombing-2015');
    await expect(popup(page).locator('.figures li')).toHaveText([
      '109 killed',
      'more than 500 wounded',
    ]);
  });

  test('an event two articles report is one incident quoting both', async ({ page }) => {
    await openApp(page, '?feature=deportations-begin-2019-11-11');
    const card = popup(page);
    await expect(card).toContainText('11 Nov 2019');
    await expect(card).toContainText('Corroborated');
    await expect(card).toContainText('2 excerpts from 2 sources');
  });

  test('a span of years reads as years, not invented days', async ({ page }) => {
    await openApp(page, '?feature=attacks-on-turkish-soil-2014-2017');
    await expect(popup(page)).toContainText('2014 – 2017');
    await expect(popup(page)).not.toContainText('1 Jan 2014');
  });
});

test('a home country lists what is reported there, with its figures, one click from each', async ({
  page,
}) => {
  await openApp(page, '?feature=belgium');
  const related = popup(page).getByRole('region', { name: 'Reported here' });
  await expect(related).toContainText('9 deported (Belgian nationals)');
  await related
    .getByRole('button', {
      name: 'Nine Belgian ISIS militants deported from Turkey, Turkish authorities announced',
    })
    .click();
  await expect(page).toHaveURL(/feature=deportation-turkey-to-belgium/);
  // The title only: while the map flies to the flow, Belgium's popup (two headings) is still the last one,
  // and an ambiguous locator fails at once instead of waiting.
  await expect(popup(page).getByRole('heading', { level: 2 })).toHaveText(
    'Nine Belgian ISIS militants deported from Turkey, Turkish authorities announced',
  );
});
