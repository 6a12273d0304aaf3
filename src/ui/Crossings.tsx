import type { Map as LeafletMap } from 'leaflet';
import { useCallback, useMemo, useState } from 'react';
import type { CompiledCorpus } from '../data/compiled';
import { CrossingsMap } from '../map/CrossingsMap';
import type { SearchHit, SearchKind } from '../search/hits';
import { indexCorpus } from '../view/corpusIndex';
import { listGroups, type ListSort } from '../view/featureList';
import { filterLayers, isNarrowed, type FeatureFilter } from '../view/filters';
import { layerBbox, layerCounts, layerInfos, mapLayersOf, type LayerId } from '../view/layers';
import { clampRange, inRange, type MonthRange } from '../view/timeline';
import type { MapView, QuoteRef, UrlState } from '../view/urlState';
import { CrossingsContext, type CrossingsContextValue } from './CrossingsContext';
import { FeatureList } from './FeatureList';
import { FilterStatus } from './FilterStatus';
import { LayerPanel } from './LayerPanel';
import { ReaderPanel } from './ReaderPanel';
import { SearchBox } from './SearchBox';
import { SourceList } from './SourceList';
import { Timeline } from './Timeline';
import { useCorpusSearch } from './useCorpusSearch';
import { useUrlState } from './useUrlState';

/** The whole app for one compiled corpus: search, layers, list and sources, the map and its timeline, and the reader. */
export function Crossings({ corpus }: { corpus: CompiledCorpus }) {
  const layers = useMemo(() => mapLayersOf(corpus), [corpus]);
  const index = useMemo(() => indexCorpus(corpus, layers), [corpus, layers]);
  const { state, ignored, update } = useUrlState(index.known);
  const [sidebarOpen, setSidebarOpen] = useState(false);
  const [map, setMap] = useState<LeafletMap | null>(null);
  const [sort, setSort] = useState<ListSort>('name');
  const search = useCorpusSearch(corpus);

  const time = useMemo(
    () => (index.extent && state.time ? clampRange(state.time, index.extent) : null),
    [index, state.time],
  );
  const allowInTime = useCallback(
    (_kind: SearchKind, id: string) => inRange(index.whenOf.get(id), time),
    [index, time],
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
    [state.layers, time, matches],
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
