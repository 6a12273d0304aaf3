import { startTransition, useEffect, useState } from 'react';
import type { WireCorpus } from './data/deliver';

export type CorpusState =
  | { status: 'loading' }
  | { status: 'ready'; corpus: WireCorpus }
  | { status: 'error'; message: string };

/** Relative to the page, so the site works under any sub-path. */
export const CORPUS_URL = `${import.meta.env.BASE_URL}data/corpus.json`;

/** Loads the compiled corpus that `npm run check` wrote; it is trusted, having been validated there. */
export function useCorpus(url: string = CORPUS_URL): CorpusState {
  const [state, setState] = useState<CorpusState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetch(url, { signal: controller.signal })
      .then((response) => {
        if (!response.ok)
          throw new Error(`${url} answered ${response.status} ${response.statusText}`);
        return response.json() as Promise<WireCorpus>;
      })
      // A transition: the first render of the whole app is then done in slices, not one long task.
      .then((corpus) => startTransition(() => setState({ status: 'ready', corpus })))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
        });
      });
    return () => controller.abort();
  }, [url]);
  return state;
}
