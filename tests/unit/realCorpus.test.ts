import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/data/checkCorpus';
import type { CompiledCorpus } from '../../src/data/compiled';
import { checkDefaultCorpus, GEO_ROOT as ROOT } from './fixtureCorpus';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
let result: CheckResult;
let corpus: CompiledCorpus;

beforeAll(async () => {
  result = await checkDefaultCorpus();
  corpus = result.corpus!;
});

describe('the default corpus in geo/', () => {
  it('passes the check with no error and no warning', () => {
    expect(result.problems).toEqual([]);
  });

  it('keeps every source byte-identical to the delivered article', async () => {
    for (const source of corpus.sources) {
      const delivered = await readFile(join(CORPUS, source.originalFile)).catch(() => null);
      if (delivered === null) continue; // shared/ is not beside every clone; the SHA-256 check still holds.
      expect(await readFile(join(ROOT, source.textPath))).toEqual(delivered);
    }
  });

  it('anchors every excerpt so that its position selector spans its exact text', async () => {
    for (const feature of [
      ...corpus.places.features,
      ...corpus.routes.features,
      ...corpus.incidents.features,
    ]) {
      for (const excerpt of feature.properties.excerpts) {
        const text = Array.from(
          await readFile(join(ROOT, 'sources', `${excerpt.source}.txt`), 'utf8'),
        );
        const [quote, position] = excerpt.selector;
        expect(text.slice(position.start, position.end).join('')).toBe(quote.exact);
      }
    }
  });

  it('draws the main smuggling route Ash Shaddadi → Al Hasakah → Tall Tamr → Ras al-Ayn, with leg lengths', () => {
    const route = corpus.routes.features.find(
      (feature) => feature.id === 'smuggling-route-ras-al-ayn',
    )!;
    expect(route.properties.stops).toEqual([
      'ash-shaddadi',
      'al-hasakah',
      'tall-tamr',
      'ras-al-ayn',
    ]);
    expect(route.geometry.coordinates[3]).toEqual([40.07055, 36.85034]);
    expect(route.properties.legsKm).toEqual([49.5, 37.7, 34.4]);
    expect(route.properties.totalKm).toBe(121.6);
  });

  it('leaves unstated metadata unknown: no outlet, author or URL is guessed', () => {
    const byId = new Map(corpus.sources.map((source) => [source.id, source]));
    expect(byId.get('isis-on-the-run')).toMatchObject({
      outlet: null,
      author: null,
      url: null,
      published: '2017?',
    });
    expect(byId.get('asharq-deportations-resume')).toMatchObject({
      outlet: 'Asharq Al-awsat',
      published: '2020-07-02',
    });
  });
});
