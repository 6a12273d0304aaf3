import type { Map as LeafletMap } from 'leaflet';
import {
  type ReactNode,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { DeliveredCorpus } from '../../data/compiled';
import { IncidentDetailsStore } from '../../data/incidentDetails';
import { later } from '../../loading/later';
import type { RevealContext } from '../../view/appState';
import { indexCorpus } from '../../view/corpusIndex';
import { filterLayers, type FeatureFilter } from '../../view/filters';
import { mapLayersOf } from '../../view/layers';
import { SCALE } from '../../view/scale';
import { clampRange, widenExtent } from '../../view/timeline';
import { CrossingsContext, type CrossingsContextValue } from '../CrossingsContext';
import { useCorpusSearch } from '../useCorpusSearch';
import { useAppliedSearch } from './useAppliedSearch';
import { useImportedLayers } from '../useImportedLayers';
import { AppContext, type AppModel } from './AppContext';
import { useAfterFirstView } from './useAfterFirstView';
import { useAppActions } from './useAppActions';
import { useAppStore } from './useAppStore';
import { delivery } from './delivery';

/**
 * Builds the app's model for one corpus: the store, the filter pipeline the
 * map, the list and the export share, and the actions; and provides it to
 * the layout (useApp) and to the popups (useCrossings).
 */
export function AppProvider({
  corpus,
  children,
}: {
  corpus: DeliveredCorpus;
  children: ReactNode;
}) {
  const layers = useMemo(() => mapLayersOf(corpus), [corpus]);
  const index = useMemo(() => indexCorpus(corpus, layers), [corpus, layers]);
  const details = useMemo(() => new IncidentDetailsStore(corpus, delivery.json), [corpus]);
  // The reducer reveals a selected feature through the filters of the latest render.
  const reveal = useRef<RevealContext>({
    layerOf: index.layerOf.get,
    whenOf: index.whenOf.get,
    time: null,
    matches: null,
  });
  const { state, ignored, dispatch } = useAppStore(index.known, reveal);
  const { link, local } = state;
  const afterFirstView = useAfterFirstView();
  const search = useCorpusSearch(
    details,
    local.searchWanted || link.query !== null,
    afterFirstView,
  );
  const imports = useImportedLayers(afterFirstView);
  const [map, setMap] = useState<LeafletMap | null>(null);

  // What follows the first paint, once the map has painted and the first view is done: the
  // popups' code first and a small corpus's details (a few kilobytes), so no popup waits.
  // Not in a plain mount effect: the map's first commit is synchronous (react-leaflet renders
  // its children from a ref callback), and its effects run in that same long task, where even
  // starting an import() costs a phone tens of milliseconds.
  useEffect(() => {
    if (!afterFirstView) return;
    void later.load('popups');
    if (corpus.incidents.features.length <= SCALE.prefetchDetailsUpTo)
      details.full().catch(() => undefined);
    void later.loadAll('after first paint');
  }, [afterFirstView, corpus, details]);

  // The user's dated tables stretch the timeline to their months.
  const extent = useMemo(
    () =>
      widenExtent(
        index.extent,
        imports.tables.map((table) => table.days),
      ),
    [index, imports.tables],
  );
  const time = useMemo(
    () => (extent && link.time ? clampRange(link.time, extent) : null),
    [extent, link.time],
  );
  const matches = useAppliedSearch(search, link.query, time);
  // Before any event after this commit can dispatch.
  useLayoutEffect(() => {
    reveal.current = { layerOf: index.layerOf.get, whenOf: index.whenOf.get, time, matches };
  }, [index, time, matches]);
  const filter: FeatureFilter = useMemo(
    () => ({ layers: link.layers, time, matches }),
    [link.layers, time, matches],
  );
  // Dragging the time range re-filters, re-clusters and re-lists 100,000 features: deferred, so
  // the slider answers at once and that work is rendered in slices React can interrupt.
  const shownFilter = useDeferredValue(filter);
  const shown = useMemo(() => filterLayers(layers, shownFilter), [layers, shownFilter]);
  const walk = link.walk ? index.walks().find((walk) => walk.id === link.walk!.walkId) : undefined;
  const actions = useAppActions({ dispatch, state, layers, index, map, imports });

  const crossings: CrossingsContextValue = useMemo(
    () => ({
      corpus,
      details,
      sourcesById: index.sourcesById,
      placesById: index.placesById,
      openSource: (sourceId, quote) => dispatch({ type: 'openSource', sourceId, quote }),
      selectFeature: (featureId) => dispatch({ type: 'selectFeature', featureId }),
      walkRoute: actions.walkRoute,
    }),
    [corpus, details, index, dispatch, actions.walkRoute],
  );
  const model: AppModel = {
    corpus,
    layers,
    index,
    details,
    search,
    state,
    ignored,
    dispatch,
    actions,
    time,
    extent,
    matches,
    filter,
    shown,
    updating: shownFilter !== filter,
    walk,
    afterFirstView,
    imports,
    map,
    setMap,
  };
  return (
    <CrossingsContext.Provider value={crossings}>
      <AppContext.Provider value={model}>{children}</AppContext.Provider>
    </CrossingsContext.Provider>
  );
}
