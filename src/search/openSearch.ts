/**
 * The search as the worker opens it: the corpus and the index `npm run check`
 * wrote beside it, fetched at once; the index is read only when it names the
 * corpus's build. Otherwise (files of two builds, or no index) every
 * incident's details are fetched and the index is built here, slower but the same.
 */
import type { DeliveredCorpus } from '../data/compiled';
import type { DeliveryClient } from '../data/delivery/client';
import { DELIVERY_LAYOUT } from '../data/delivery/layout';
import { unpackCorpus } from '../data/delivery/wire';
import { IncidentDetailsStore } from '../data/incidentDetails';
import { CorpusSearch, type SearchIndexFile } from './corpusSearch';

export interface OpenedSearch {
  search: CorpusSearch;
  corpus: DeliveredCorpus;
  /** Read from the prebuilt index, not built. */
  prebuilt: boolean;
}

export async function openSearch(client: DeliveryClient): Promise<OpenedSearch> {
  // A missing index is not an error: the search is built instead.
  const prebuilt = client.json(DELIVERY_LAYOUT.searchIndex).catch(() => null);
  const corpus = unpackCorpus(await client.corpus());
  const file = (await prebuilt) as SearchIndexFile | null;
  if (file !== null && corpus.build !== undefined && file.build === corpus.build)
    return { search: CorpusSearch.load(corpus, file.index), corpus, prebuilt: true };
  const full = await new IncidentDetailsStore(corpus, client.json).full();
  return { search: CorpusSearch.build(full), corpus, prebuilt: false };
}
