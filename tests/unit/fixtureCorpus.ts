/**
 * Loads a test corpus: the valid fixture with a bad fixture's files laid over
 * it, so each bad fixture holds only what it breaks.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCountryIndex, readCorpusFiles } from '../../scripts/corpusFiles';
import { checkCorpus, type CheckResult } from '../../src/data/checkCorpus';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
/** The default corpus authors edit. */
export const GEO_ROOT = join(import.meta.dirname, '..', '..', 'geo');

/** `npm run check` on `geo/`, in memory: what the app would load. */
export async function checkDefaultCorpus(): Promise<CheckResult> {
  return checkCorpus({
    files: await readCorpusFiles(GEO_ROOT),
    root: 'geo',
    countries: await loadCountryIndex(),
  });
}

export async function loadFixtureCorpus(badFixture?: string): Promise<Map<string, Uint8Array>> {
  const files = await readCorpusFiles(join(FIXTURES, 'valid'));
  if (!badFixture) return files;
  const dir = join(FIXTURES, 'bad', badFixture);
  for (const [path, bytes] of await readCorpusFiles(dir)) files.set(path, bytes);
  const removals = await readFile(join(dir, 'remove.json'), 'utf8').catch(() => '[]');
  for (const path of JSON.parse(removals) as string[]) files.delete(path);
  return files;
}
