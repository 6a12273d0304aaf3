/**
 * Loads a test corpus: the valid fixture with a bad fixture's files laid over
 * it, so each bad fixture holds only what it breaks.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readCorpusFiles } from '../../scripts/corpusFiles';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export async function loadFixtureCorpus(badFixture?: string): Promise<Map<string, Uint8Array>> {
  const files = await readCorpusFiles(join(FIXTURES, 'valid'));
  if (!badFixture) return files;
  const dir = join(FIXTURES, 'bad', badFixture);
  for (const [path, bytes] of await readCorpusFiles(dir)) files.set(path, bytes);
  const removals = await readFile(join(dir, 'remove.json'), 'utf8').catch(() => '[]');
  for (const path of JSON.parse(removals) as string[]) files.delete(path);
  return files;
}
