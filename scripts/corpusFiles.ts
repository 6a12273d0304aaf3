/**
 * Node-side loading for the pure checker: reads a corpus folder into memory
 * and loads Natural Earth boundaries once.
 */
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import {
  createCountryIndex,
  type CountriesTopology,
  type CountryIndex,
} from '../src/geo/countries';

const CORPUS_FILE =
  /(^sources\.json$|^borders\.json$|^measures\.json$|^focus\.json$|^place-names\.json$|\.geojson$|^sources\/[^/]+\.txt$|^basemap\/rivers\.json$)/;

/** Every corpus file under `root`, keyed by its path relative to `root` with "/" separators. */
export async function readCorpusFiles(root: string): Promise<Map<string, Uint8Array>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .map((path) => ({ path, key: relative(root, path).split(sep).join('/') }))
    .filter(({ key }) => CORPUS_FILE.test(key))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
  // Read together: a thousand articles one after another spend most of a second waiting.
  const contents = await Promise.all(paths.map(({ path }) => readFile(path)));
  return new Map(paths.map(({ key }, i) => [key, contents[i]!]));
}

let countries: CountryIndex | undefined;
const topologies = new Map<string, Promise<CountriesTopology>>();

/** Natural Earth countries at 1:10m, 1:50m or 1:110m, read once. */
export function loadCountriesTopology(scale: '10m' | '50m' | '110m'): Promise<CountriesTopology> {
  let topology = topologies.get(scale);
  if (!topology) {
    const path = createRequire(import.meta.url).resolve(`world-atlas/countries-${scale}.json`);
    topology = readFile(path, 'utf8').then((text) => JSON.parse(text) as CountriesTopology);
    topologies.set(scale, topology);
  }
  return topology;
}

/** Natural Earth 1:10m: at 1:50m, Ras al-Ayn's gazetteer point falls on the Turkish side. */
export async function loadCountryIndex(): Promise<CountryIndex> {
  countries ??= createCountryIndex(await loadCountriesTopology('10m'));
  return countries;
}
