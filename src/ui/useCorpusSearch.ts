import { useEffect, useState } from 'react';
import type { CompiledCorpus } from '../data/compiled';
import type { CorpusSearch } from '../search/corpusSearch';

/** Up to this many features the index is built at once after the first view; above, when first wanted. */
const EAGER_INDEX_LIMIT = 2000;

/**
 * The search index, built from a chunk loaded on demand. A large corpus is
 * indexed only once search is wanted (the box is focused, or the link holds a
 * search): indexing 100,000 incidents would otherwise compete with the first
 * minutes of panning.
 */
export function useCorpusSearch(corpus: CompiledCorpus, wanted: boolean): CorpusSearch | null {
  const [built, setBuilt] = useState<{ corpus: CompiledCorpus; search: CorpusSearch } | null>(null);
  const features =
    corpus.places.features.length +
    corpus.routes.features.length +
    corpus.incidents.features.length;
  const start = wanted || features <= EAGER_INDEX_LIMIT;
  useEffect(() => {
    if (!start) return;
    let live = true;
    void import('../search/corpusSearch')
      .then(({ CorpusSearch }) => CorpusSearch.create(corpus))
      .then((search) => {
        if (live) setBuilt({ corpus, search });
      });
    return () => {
      live = false;
    };
  }, [corpus, start]);
  return built?.corpus === corpus ? built.search : null;
}
