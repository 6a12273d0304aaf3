/**
 * Node-side loading for the pure checker: reads a corpus folder into memory
 * and loads Natural Earth boundaries once.
 */
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { createCountryIndex, type CountryIndex } from '../src/geo/countries';

const CORPUS_FILE =
  /(^sources\.json$|^borders\.json$|^measures\.json$|\.geojson$|^sources\/[^/]+\.txt$)/;

/** Every corpus file under `root`, keyed by its path relative to `root` with "/" separators. */
export async function readCorpusFiles(root: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const key = relative(root, path).split(sep).join('/');
    if (CORPUS_FILE.test(key)) files.set(key, await readFile(path));
  }
  return files;
}

let countries: CountryIndex | undefined;

/** Natural Earth 1:10m: at 1:50m, Ras al-Ayn's gazetteer point falls on the Turkish side. */
export async function loadCountryIndex(): Promise<CountryIndex> {
  if (!countries) {
    const path = createRequire(import.meta.url).resolve('world-atlas/countries-10m.json');
    countries = createCountryIndex(JSON.parse(await readFile(path, 'utf8')));
  }
  return countries;
}
