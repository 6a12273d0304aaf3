import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CompiledCorpus } from '../data/compiled';
import type { DateSpan } from '../data/dates';
import type { CorpusSearch, SearchHit, SearchKind } from '../search/corpusSearch';
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
import { listGroups, type ListSort } from '../view/featureList';
import { filterLayers, isNarrowed, type FeatureFilter } from '../view/filters';
import { clampRange, extentOf, overlaps, type DatedItem, type MonthRange } from '../view/timeline';
import type { KnownIds, MapView, QuoteRef, UrlState } from '../view/urlState';
import { CrossingsContext, type CrossingsContextValue } from './CrossingsContext';
import { FeatureList } from './FeatureList';
import { FilterStatus } from './FilterStatus';
import { LayerPanel } from './LayerPanel';
import { ReaderPanel } from './ReaderPanel';
import { SearchBox } from './SearchBox';
import { Timeline } from './Timeline';
import { SourceList } from './SourceList';
import { useUrlState } from './useUrlState';

/** The whole app for one compiled corpus: layers and sources, the map, and the reader. */
export function Crossings({ corpus }: { corpus: CompiledCorpus }) {
  const layers = useMemo(() => mapLayersOf(corpus), [corpus]);
  const index = useMemo(() => indexCorpus(corpus, layers), [corpus, layers]);
  const { state, ignored, update } = useUrlState(index.known);
  const [sidebarOpen, setSidebarOpen] = useState(false);
  const [map, setMap] = useState<LeafletMap | null>(null);
  const [sort, setSort] = useState<ListSort>('name');
  const search = useCorpusSearch(corpus);

  const time = index.extent && state.time ? clampRange(state.time, index.extent) : null;
  const allowInTime = useCallback(
    (_kind: SearchKind, id: string) => inRange(index.whenOf.get(id), time),
    // Depend on the range's value, not its object, so typing does not re-search on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, time?.from, time?.to],
  );
  const matches = useMemo(
    () =>
      state.query && search
        ? new Set(search.search(state.query, allowInTime).map((hit) => hit.id))
        : null,
    [search, state.query, allowInTime],
  );
  const filter: FeatureFilter = useMemo(
    () => ({ layers: state.layers, time, matches }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.layers, time?.from, time?.to, matches],
  );
  const shown = useMemo(() => filterLayers(layers, filter), [layers, filter]);
  const infos = useMemo(() => layerInfos(layers), [layers]);
  const groups = useMemo(
    () => listGroups(layers, shown, infos, state.layers, sort),
    [layers, shown, infos, state.layers, sort],
  );

  /** What else must change for a feature to be seen: its layer on, filters that hide it off. */
  const revealing = useCallback(
    (featureId: string): Partial<UrlState> => {
      const layer = index.layerOf.get(featureId);
      const patch: Partial<UrlState> = {};
      if (layer && !state.layers.has(layer)) patch.layers = new Set([...state.layers, layer]);
      if (matches && !matches.has(featureId)) patch.query = null;
      if (!inRange(index.whenOf.get(featureId), time)) patch.time = null;
      return patch;
    },
    [index, state.layers, matches, time],
  );
  const selectFeature = useCallback(
    (featureId: string | null) =>
      update({ feature: featureId, ...(featureId ? revealing(featureId) : {}) }, 'push'),
    [revealing, update],
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
  const chooseHit = useCallback(
    (hit: SearchHit) => (hit.kind === 'source' ? openSource(hit.id) : selectFeature(hit.id)),
    [openSource, selectFeature],
  );
  const applyQuery = useCallback((query: string | null) => update({ query }, 'push'), [update]);
  const changeTime = useCallback(
    (range: MonthRange | null) => update({ time: range }, 'replace'),
    [update],
  );

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
          <SearchBox
            search={search}
            allow={allowInTime}
            appliedQuery={state.query}
            onChoose={chooseHit}
            onApply={applyQuery}
          />
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
            layers={infos}
            counts={layerCounts(layers)}
            visible={state.layers}
            onToggle={toggleLayer}
            onZoomTo={zoomToLayer}
          />
          <FeatureList
            groups={groups}
            hiddenLayers={infos
              .filter((info) => !state.layers.has(info.id))
              .map((info) => info.name)}
            narrowed={isNarrowed(filter)}
            sort={sort}
            selected={state.feature}
            onSort={setSort}
            onSelect={selectFeature}
            onZoomToLayer={zoomToLayer}
          />
          <SourceList
            sources={corpus.sources}
            openSourceId={state.source}
            onOpen={(id) => openSource(id)}
          />
        </nav>
        <main className="map-area">
          <FilterStatus
            query={state.query}
            matchCount={matches?.size ?? null}
            time={time}
            onClearQuery={() => applyQuery(null)}
            onClearTime={() => changeTime(null)}
          />
          <CrossingsMap
            layers={shown}
            visible={state.layers}
            bbox={corpus.bbox}
            initialView={state.view}
            selected={state.feature}
            onSelect={selectFeature}
            onViewChange={changeView}
            mapRef={setMap}
          />
          {index.extent && (
            <Timeline
              items={index.dated}
              published={index.published}
              extent={index.extent}
              range={time}
              shownCount={index.dated.filter((item) => inRange(item.when, time)).length}
              onChange={changeTime}
            />
          )}
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
  const dated: DatedItem[] = [...corpus.incidents.features, ...corpus.routes.features].flatMap(
    (feature) =>
      feature.properties.when
        ? [{ id: feature.id, label: feature.properties.name, when: feature.properties.when }]
        : [],
  );
  const published: DatedItem[] = corpus.sources.flatMap((source) =>
    source.publishedSpan
      ? [
          {
            id: source.id,
            label: source.headline ?? source.originalFile,
            when: source.publishedSpan,
          },
        ]
      : [],
  );
  return {
    layerOf,
    excerptsOf,
    known,
    dated,
    published,
    whenOf: new Map(dated.map((item) => [item.id, item.when])),
    extent: extentOf([...dated, ...published].map((item) => item.when)),
    sourcesById: new Map(corpus.sources.map((source) => [source.id, source])),
    placesById: new Map(corpus.places.features.map((place) => [place.id, place])),
  };
}

function inRange(when: DateSpan | undefined, range: MonthRange | null): boolean {
  return range === null || when === undefined || overlaps(when, range);
}

/** The search index is built after the first render, from a chunk loaded on demand. */
function useCorpusSearch(corpus: CompiledCorpus): CorpusSearch | null {
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
