import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/data/checkCorpus';
import type { CompiledCorpus } from '../../src/data/compiled';
import { loadCountryIndex, readCorpusFiles } from '../../scripts/corpusFiles';
import { figuresByMeasure } from '../../src/view/figures';
import { routeWalks } from '../../src/view/routeWalk';

let corpus: CompiledCorpus;

beforeAll(async () => {
  const result = await checkCorpus({
    files: await readCorpusFiles(join(import.meta.dirname, '..', '..', 'geo')),
    root: 'geo',
    countries: await loadCountryIndex(),
  });
  corpus = result.corpus!;
});

describe('figures across sources', () => {
  it('sets the detention figures of four sources side by side, earliest first, unknown dates last', () => {
    const held = figuresByMeasure(corpus).find(
      (group) => group.measure.id === 'held-or-detained-in-turkey',
    )!;
    expect(held.sourceCount).toBe(4);
    expect(held.rows.map((row) => [row.figure.count, row.figure.refersTo])).toEqual([
      [2, '2017-03'],
      [5, '2017-08?'],
      [36, '2017-09-25?'],
      [143, '2017-11?'],
      [1201, '2019-11?'],
      [1172, '2019-11?'],
      [813, '2019-11?'],
      [750, '2019-11?'],
      [1150, null],
    ]);
    expect(held.max).toBe(1201);
  });

  it('shows one number once when the same passage backs two features', () => {
    const deported = figuresByMeasure(corpus).find(
      (group) => group.measure.id === 'deported-by-turkey',
    )!;
    const nine = deported.rows.filter((row) => row.figure.count === 9);
    expect(nine).toHaveLength(1);
    expect(nine[0]!.about.map((about) => about.id)).toEqual([
      'deportations-resume-2020-07-01',
      'deportation-turkey-to-belgium',
    ]);
  });

  it('opens each figure on the passage that gives its number', () => {
    for (const group of figuresByMeasure(corpus))
      for (const row of group.rows) {
        expect(row.excerpt.source).toBe(row.figure.source);
        const digits = row.figure.count.toLocaleString('en');
        const written = [digits, digits.replace(/,/g, '')];
        const quote = row.excerpt.quote.toLowerCase();
        const wordsOrDigits = written.some((form) => quote.includes(form)) || /[a-z]/.test(quote);
        expect(wordsOrDigits).toBe(true);
      }
  });

  it('says where sources agree and where they differ for the same date', () => {
    const groups = figuresByMeasure(corpus);
    const pairs = groups.flatMap((group) =>
      group.rows.flatMap((row) => row.differsFrom.map((other) => [row.key, other.key])),
    );
    // Every pair is symmetric: if A differs from B, B differs from A.
    for (const [a, b] of pairs) expect(pairs).toContainEqual([b, a]);
  });
});

describe('the route walk', () => {
  it('visits the smuggling route in the order the text gives it, branches after', () => {
    const [walk] = routeWalks(corpus);
    expect(walk!.id).toBe('smuggling-route-ras-al-ayn');
    expect(walk!.steps.map((step) => step.place.id)).toEqual([
      'ash-shaddadi',
      'al-hasakah',
      'tall-tamr',
      'ras-al-ayn',
      'ad-darbasiyah',
      'amuda',
      'qamishli',
    ]);
    expect(walk!.steps.map((step) => step.leg?.from.id ?? null)).toEqual([
      null,
      'ash-shaddadi',
      'al-hasakah',
      'tall-tamr',
      'tall-tamr',
      'tall-tamr',
      'tall-tamr',
    ]);
  });

  it('supports each stop with the sentence that names it, under any spelling', () => {
    const [walk] = routeWalks(corpus);
    const quotes = walk!.steps.map((step) => step.excerpt.quote);
    expect(quotes[0]).toContain('Ash Shaddadi');
    expect(quotes[3]).toContain('Sari Kani');
    expect(quotes[5]).toContain('Amuda');
  });

  it('finds where a drawn flow crosses the Turkey–Syria border, and that the smuggling legs stop short of it', () => {
    const walks = routeWalks(corpus);
    const raqqa = walks.find((walk) => walk.id === 'raqqa-evacuation-to-turkey')!;
    const crossing = raqqa.steps[1]!.leg!.crossings[0]!;
    expect(crossing.name).toBe('Turkey–Syria border');
    expect(crossing.position[1]).toBeGreaterThan(36.5);
    expect(crossing.position[1]).toBeLessThan(37.1);
    expect(walks[0]!.steps.flatMap((step) => step.leg?.crossings ?? [])).toEqual([]);
    expect(walks[0]!.steps[3]!.place.properties.nearestBorder?.km).toBeLessThan(1);
  });
});
