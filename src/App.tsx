import { startTransition, Suspense, useEffect, useMemo, useState } from 'react';
import { unpackCorpus, type WireCorpus } from './data/delivery/wire';
import { firstView } from './loading/firstView';
import { needsClusters, needsVirtualLists } from './view/scale';
import { useCorpus } from './useCorpus';

/**
 * The app proper is its own chunk, requested at startup beside the corpus:
 * nothing of it shows before the corpus arrives, so the entry holds only
 * React, the loader and the error boundary, and both downloads overlap.
 */
const crossingsModule = firstView.load('crossings');

/**
 * The app, and the code a corpus of this size needs for its first view
 * (clusters, virtual lists), fetched before the app renders so nothing
 * suspends on the way in.
 */
function prepareFor(corpus: WireCorpus): Promise<Awaited<typeof crossingsModule>> {
  const sizes = {
    places: corpus.places.features.length,
    incidents: corpus.incidents.id.length,
    sources: corpus.sources.length,
  };
  return Promise.all([
    crossingsModule,
    needsClusters(sizes) ? firstView.load('clusters') : null,
    needsVirtualLists(sizes) ? firstView.load('virtualList') : null,
  ]).then(([module]) => module);
}

export function App() {
  const state = useCorpus();
  const wire = state.status === 'ready' ? state.corpus : null;
  const prepared = useMemo(() => wire && prepareFor(wire), [wire]);
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
