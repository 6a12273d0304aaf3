import { Suspense, useMemo } from 'react';
import { unpackCorpus, type WireCorpus } from './data/deliver';
import { Crossings } from './ui/Crossings';
import { useCorpus } from './useCorpus';

export function App() {
  const state = useCorpus();
  if (state.status === 'loading') {
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
      <UnpackedCrossings wire={state.corpus} />
    </Suspense>
  );
}

/** Unpacked while rendering, so a corpus file of the wrong shape reaches the error boundary. */
function UnpackedCrossings({ wire }: { wire: WireCorpus }) {
  const corpus = useMemo(() => unpackCorpus(wire), [wire]);
  return <Crossings corpus={corpus} />;
}
