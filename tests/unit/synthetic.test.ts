import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedPlaces } from '../../bench/generate';
import { syntheticCorpus } from '../../bench/syntheticCorpus';
import { loadCountryIndex } from '../../scripts/corpusFiles';
import { checkCorpus } from '../../src/data/checkCorpus';
import { GEO_ROOT } from './fixtureCorpus';

async function generate(incidents: number, seed?: number) {
  return syntheticCorpus({
    incidents,
    seed,
    places: await seedPlaces(),
    bordersJson: await readFile(join(GEO_ROOT, 'borders.json'), 'utf8'),
  });
}

describe('the benchmark corpus generator', () => {
  it('gives the same corpus for the same seed, and another for another', async () => {
    const [a, b, c] = await Promise.all([generate(300), generate(300), generate(300, 7)]);
    expect([...a]).toEqual([...b]);
    expect(a.get('incidents.geojson')).not.toEqual(c.get('incidents.geojson'));
  });

  it('writes a corpus `npm run check` accepts: gazetteer points in their country, every quote verbatim', async () => {
    const files = await generate(300);
    const { problems, corpus } = await checkCorpus({
      files: new Map([...files].map(([path, text]) => [path, new TextEncoder().encode(text)])),
      root: 'synthetic',
      countries: await loadCountryIndex(),
    });
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(corpus!.incidents.features).toHaveLength(300);
    expect(corpus!.sources).toHaveLength(30);
    for (const place of corpus!.places.features) {
      expect(['TR', 'SY']).toContain(place.properties.country);
      expect(place.properties.gazetteer.geonames).toBeGreaterThan(0);
    }
  });
});
