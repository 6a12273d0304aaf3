import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledCorpus } from '../../src/data/compiled';
import { deliveryClient } from '../../src/data/delivery/client';
import { DELIVERY_LAYOUT } from '../../src/data/delivery/layout';
import { deliverCorpus, packCorpus } from '../../src/data/delivery/wire';
import { CorpusSearch, type SearchIndexFile } from '../../src/search/corpusSearch';
import { openSearch } from '../../src/search/openSearch';
import { checkDefaultCorpus } from './fixtureCorpus';

let corpus: CompiledCorpus;
beforeAll(async () => {
  corpus = (await checkDefaultCorpus()).corpus!;
});

/** A data folder as `npm run check` writes it, served from memory; records what is fetched. */
function served(corpusBuild: string | undefined, index: SearchIndexFile | null) {
  const { delivered, chunks } = deliverCorpus(corpus, 5);
  const files = new Map<string, unknown>([
    [DELIVERY_LAYOUT.corpus, { ...packCorpus(delivered), build: corpusBuild }],
    ...delivered.incidentDetails.chunks.map((path, i): [string, unknown] => [path, chunks[i]]),
  ]);
  if (index) files.set(DELIVERY_LAYOUT.searchIndex, index);
  const fetched: string[] = [];
  const fetcher = (async (url: URL) => {
    const path = url.pathname.replace(/^\/data\//, '');
    fetched.push(path);
    const body = files.get(path);
    return body === undefined
      ? new Response('', { status: 404, statusText: 'Not Found' })
      : new Response(JSON.stringify(body));
  }) as unknown as typeof fetch;
  return { client: deliveryClient('https://example.org/data/', fetcher), fetched };
}

const QUERIES = ['Serekaniye', 'Hasaka', 'deported', 'Istanbul'];

describe('opening the search in the worker', () => {
  it('reads the prebuilt index of the same build, and fetches no incident details', async () => {
    const index = { build: 'b1', index: CorpusSearch.build(corpus).toJSON() };
    const { client, fetched } = served('b1', JSON.parse(JSON.stringify(index)));
    const opened = await openSearch(client);
    expect(opened.prebuilt).toBe(true);
    expect(fetched.filter((path) => path.startsWith('incidents/'))).toEqual([]);
    const built = CorpusSearch.build(corpus);
    for (const query of QUERIES) expect(opened.search.search(query)).toEqual(built.search(query));
  });

  it('builds its own index when the prebuilt one is of another build, or missing', async () => {
    const index = { build: 'b0', index: CorpusSearch.build(corpus).toJSON() };
    for (const [build, file] of [
      ['b1', index],
      ['b1', null],
      [undefined, index],
    ] as const) {
      const { client, fetched } = served(build, file);
      const opened = await openSearch(client);
      expect(opened.prebuilt).toBe(false);
      expect(fetched.some((path) => path.startsWith('incidents/'))).toBe(true);
      expect(opened.search.search('Serekaniye')[0]?.id).toBe('ras-al-ayn');
    }
  });
});
