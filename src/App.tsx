import { startTransition, Suspense, useEffect, useMemo, useState } from 'react';
import { unpackCorpus, type WireCorpus } from './data/deliver';
import { useCorpus } from './useCorpus';

/**
 * The app proper is its own chunk, requested at startup beside the corpus:
 * nothing of it shows before the corpus arrives, so the entry holds only
 * React, the loader and the error boundary, and both downloads overlap.
 */
const crossingsModule = import('./ui/Crossings');

export function App() {
  const state = useCorpus();
  const wire = state.status === 'ready' ? state.corpus : null;
  const prepared = useMemo(
    () => wire && crossingsModule.then((module) => module.prepareFor(wire).then(() => module)),
    [wire],
  );
  const modules = useLoaded(prepared);
  if (state.status === 'loading' || (state.status === 'ready' && !modules)) {
    return (
      <p className="status" role="status">
        Loading the corpus…
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <p className="status status--error" role="alert">
        The corpus could not be loaded ({state.message}). Run <code>npm run check</code> to build
        it, then reload.
      </p>
    );
  }
  return (
    <Suspense
      fallback={
        <p className="status" role="status">
          Loading the corpus…
        </p>
      }
    >
      <UnpackedCrossings wire={state.corpus} Crossings={modules!.Crossings} />
    </Suspense>
  );
}

/** Unpacked while rendering, so a corpus file of the wrong shape reaches the error boundary. */
function UnpackedCrossings({
  wire,
  Crossings,
}: {
  wire: WireCorpus;
  Crossings: CrossingsComponent;
}) {
  const corpus = useMemo(() => unpackCorpus(wire), [wire]);
  return <Crossings corpus={corpus} />;
}

type CrossingsComponent = Awaited<typeof crossingsModule>['Crossings'];

/** The value of a promise, or null until it settles (its failure reaches the error boundary). */
function useLoaded<T>(promise: Promise<T> | null): T | null {
  const [loaded, setLoaded] = useState<{ value: T } | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    if (!promise) return;
    let live = true;
    promise.then(
      (value) => live && startTransition(() => setLoaded({ value })),
      (error: unknown) => live && setFailure({ error }),
    );
    return () => {
      live = false;
    };
  }, [promise]);
  if (failure) throw failure.error;
  return loaded?.value ?? null;
}
