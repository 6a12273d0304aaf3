import { useEffect, useState } from 'react';
import { later } from '../loading/later';
import { SCALE } from '../view/scale';
import type { IncidentDetailsStore } from '../data/incidentDetails';
import type { CorpusSearch } from '../search/corpusSearch';

/**
 * The search index, built from a chunk loaded on demand. A large corpus is
 * indexed only once search is wanted (the box is focused, or the link holds a
 * search): indexing 100,000 incidents would otherwise compete with the first
 * minutes of panning.
 */
export function useCorpusSearch(
  details: IncidentDetailsStore,
  wanted: boolean,
): CorpusSearch | null {
  const [built, setBuilt] = useState<{
    details: IncidentDetailsStore;
    search: CorpusSearch;
  } | null>(null);
  const { corpus } = details;
  const features =
    corpus.places.features.length +
    corpus.routes.features.length +
    corpus.incidents.features.length;
  const start = wanted || features <= SCALE.eagerSearchUpTo;
  useEffect(() => {
    if (!start) return;
    let live = true;
    // Excerpts are searched too: the incidents' details are fetched with the index's code.
    void Promise.all([later.load('search'), details.full()])
      .then(([{ CorpusSearch }, full]) => CorpusSearch.create(full))
      .then((search) => {
        if (live) setBuilt({ details, search });
      });
    return () => {
      live = false;
    };
  }, [details, start]);
  return built?.details === details ? built.search : null;
}
