import { useCallback, useMemo, useState } from 'react';
import type { CompiledCorpus } from '../data/compiled';
import { CrossingsMap } from '../map/CrossingsMap';
import type { Map as LeafletMap } from 'leaflet';
import {
  LAYER_IDS,
  layerBbox,
  layerCounts,
  layerFeatures,
  layerInfos,
  mapLayersOf,
  type LayerId,
} from '../view/layers';
import type { KnownIds, MapView, QuoteRef } from '../view/urlState';
import { CrossingsContext, type CrossingsContextValue } from './CrossingsContext';
import { LayerPanel } from './LayerPanel';
import { ReaderPanel } from './ReaderPanel';
import { SourceList } from './SourceList';
import { useUrlState } from './useUrlState';

/** The whole app for one compiled corpus: layers and sources, the map, and the reader. */
export function Crossings({ corpus }: { corpus: CompiledCorpus }) {
  const layers = useMemo(() => mapLayersOf(corpus), [corpus]);
  const index = useMemo(() => indexCorpus(corpus, layers), [corpus, layers]);
  const { state, ignored, update } = useUrlState(index.known);
  const [sidebarOpen, setSidebarOpen] = useState(false);
  const [map, setMap] = useState<LeafletMap | null>(null);

  const selectFeature = useCallback(
    (featureId: string | null) => {
      const layer = featureId ? index.layerOf.get(featureId) : undefined;
      const visible =
        layer && !state.layers.has(layer) ? new Set([...state.layers, layer]) : state.layers;
      update({ feature: featureId, layers: visible }, 'push');
    },
    [index, state.layers, update],
  );
  const openSource = useCallback(
    (sourceId: string | null, quote?: QuoteRef) =>
      update({ source: sourceId, quote: quote ?? null }, 'push'),
    [update],
  );
  const toggleLayer = useCallback(
    (id: LayerId, visible: boolean) => {
      const next = new Set(state.layers);
      if (visible) next.add(id);
      else next.delete(id);
      update({ layers: next }, 'replace');
    },
    [state.layers, update],
  );
  const zoomToLayer = useCallback(
    (id: LayerId) => {
      const box = layerBbox(layers, id);
      if (!box || !map) return;
      if (!state.layers.has(id)) toggleLayer(id, true);
      const [west, south, east, north] = box;
      map.flyToBounds(
        [
          [south, west],
          [north, east],
        ],
        { padding: [48, 48], maxZoom: 10, duration: 0.5 },
      );
      setSidebarOpen(false);
    },
    [layers, map, state.layers, toggleLayer],
  );
  const changeView = useCallback((view: MapView) => update({ view }, 'replace'), [update]);

  const context: CrossingsContextValue = useMemo(
    () => ({
      corpus,
      sourcesById: index.sourcesById,
      placesById: index.placesById,
      openSource,
      selectFeature,
    }),
    [corpus, index, openSource, selectFeature],
  );
  const openSourceMeta = state.source ? index.sourcesById.get(state.source) : undefined;
  const excerpt = state.quote
    ? (index.excerptsOf.get(state.quote.featureId)?.[state.quote.excerptIndex] ?? null)
    : null;

  return (
    <CrossingsContext.Provider value={context}>
      <div
        className={`crossings ${openSourceMeta ? 'crossings--reading' : ''} ${sidebarOpen ? 'crossings--sidebar-open' : ''}`}
      >
        <header className="topbar">
          <h1>Crossings</h1>
          <button
            type="button"
            className="topbar__toggle"
            aria-expanded={sidebarOpen}
            aria-controls="sidebar"
            onClick={() => setSidebarOpen(!sidebarOpen)}
          >
            Layers &amp; sources
          </button>
        </header>
        <nav id="sidebar" className="sidebar" aria-label="Layers and sources">
          {ignored.length > 0 && (
            <p className="notice" role="status">
              Part of the link was not understood and was ignored: {ignored.join(', ')}.
            </p>
          )}
          <LayerPanel
            layers={layerInfos(layers)}
            counts={layerCounts(layers)}
            visible={state.layers}
            onToggle={toggleLayer}
            onZoomTo={zoomToLayer}
          />
          <SourceList
            sources={corpus.sources}
            openSourceId={state.source}
            onOpen={(id) => openSource(id)}
          />
        </nav>
        <main className="map-area">
          <CrossingsMap
            layers={layers}
            visible={state.layers}
            bbox={corpus.bbox}
            initialView={state.view}
            selected={state.feature}
            onSelect={selectFeature}
            onViewChange={changeView}
            mapRef={setMap}
          />
        </main>
        {openSourceMeta && (
          <ReaderPanel
            source={openSourceMeta}
            excerpt={excerpt?.source === openSourceMeta.id ? excerpt : null}
            places={corpus.places.features}
            onMention={selectFeature}
            onClose={() => openSource(null)}
          />
        )}
      </div>
    </CrossingsContext.Provider>
  );
}

function indexCorpus(corpus: CompiledCorpus, layers: ReturnType<typeof mapLayersOf>) {
  const features = [
    ...corpus.places.features,
    ...corpus.routes.features,
    ...corpus.incidents.features,
  ];
  const layerOf = new Map<string, LayerId>();
  for (const id of LAYER_IDS)
    for (const feature of layerFeatures(layers, id)) layerOf.set(feature.id, id);
  const excerptsOf = new Map(features.map((feature) => [feature.id, feature.properties.excerpts]));
  const known: KnownIds = {
    features: new Set(features.map((feature) => feature.id)),
    sources: new Set(corpus.sources.map((source) => source.id)),
    excerptCounts: new Map([...excerptsOf].map(([id, excerpts]) => [id, excerpts.length])),
  };
  return {
    layerOf,
    excerptsOf,
    known,
    sourcesById: new Map(corpus.sources.map((source) => [source.id, source])),
    placesById: new Map(corpus.places.features.map((place) => [place.id, place])),
  };
}
