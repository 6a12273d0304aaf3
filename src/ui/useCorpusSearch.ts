import { useEffect, useState } from 'react';
import type { CompiledCorpus } from '../data/compiled';
import type { CorpusSearch } from '../search/corpusSearch';

/** The search index is built after the first render, from a chunk loaded on demand. */
export function useCorpusSearch(corpus: CompiledCorpus): CorpusSearch | null {
  const [built, setBuilt] = useState<{ corpus: CompiledCorpus; search: CorpusSearch } | null>(null);
  useEffect(() => {
    let live = true;
    void import('../search/corpusSearch').then(({ CorpusSearch }) => {
      if (live) setBuilt({ corpus, search: new CorpusSearch(corpus) });
    });
    return () => {
      live = false;
    };
  }, [corpus]);
  return built?.corpus === corpus ? built.search : null;
}
