import { startTransition, useEffect, useState } from 'react';
import type { WireCorpus } from './data/delivery/wire';
import { delivery } from './ui/state/delivery';

export type CorpusState =
  | { status: 'loading' }
  | { status: 'ready'; corpus: WireCorpus }
  | { status: 'error'; message: string };

/** Loads the compiled corpus that `npm run check` wrote; it is trusted, having been validated there. */
export function useCorpus(): CorpusState {
  const [state, setState] = useState<CorpusState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    delivery
      .corpus(controller.signal)
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
  }, []);
  return state;
}
