import type { Map as LeafletMap } from 'leaflet';
import {
  lazy,
  startTransition,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { AnchoredExcerpt, DeliveredCorpus } from '../data/compiled';
import { captureOpener, returnFocus } from '../dom/focusReturn';
import { IncidentDetailsStore } from '../data/incidentDetails';
import type { WireCorpus } from '../data/deliver';
import { CLUSTER_THRESHOLD, loadClusters } from '../map/LazyClusters';
import { loadVirtualList, VIRTUAL_FROM } from './LazyVirtualList';
import { CORPUS_URL } from '../useCorpus';
import { CrossingsMap, type BasemapChoice } from '../map/CrossingsMap';
import type { LatLngPair } from '../map/MeasureLayer';
import type { SearchHit, SearchKind } from '../search/hits';
import { indexCorpus } from '../view/corpusIndex';
import { monthLabel } from '../view/format';
import { loadedWalks, loadWalks } from '../view/lazyWalks';
import { listGroups, type ListSort } from '../view/featureList';
import { filterLayers, isNarrowed, type FeatureFilter } from '../view/filters';
import { layerBbox, layerCounts, layerInfos, mapLayersOf, type LayerId } from '../view/layers';
import { clampRange, inRange, type MonthRange } from '../view/timeline';
import type { MapView, QuoteRef, UrlState } from '../view/urlState';
import type { BasemapNoticeKind } from './BasemapControls';
import { CrossingsContext, type CrossingsContextValue } from './CrossingsContext';
import { LayerPanel } from './LayerPanel';
import { SearchBox } from './SearchBox';
import { ToolBar, toolButtonId, type ToolId } from './ToolBar';
import { preloadPopups } from './popups/LazyPopups';
import { useCorpusSearch } from './useCorpusSearch';
import { useImportedLayers } from './useImportedLayers';
import type { OpenImported } from '../map/ImportedLayersMap';
import type { ImportedLayer } from '../data/importLayer';
import { useUrlState } from './useUrlState';

// Fetched after the first view; until it comes, a placeholder of its height holds its place.
const Timeline = lazy(() => import('./Timeline'));
// Not needed for the first view: each loads when its tool is first opened.
const ReaderPanel = lazy(() => import('./ReaderPanel'));
const FiguresPanel = lazy(() => import('./FiguresPanel'));
const ExportPanel = lazy(() => import('./ExportPanel'));
const WalkLayer = lazy(() => import('../map/WalkLayer'));
const MeasureLayer = lazy(() => import('../map/MeasureLayer'));
const RouteWalkPanel = lazy(() => import('./RouteWalkPanel'));
const MeasurePanel = lazy(() => import('./MeasurePanel'));
const ImportedLayersMap = lazy(() => import('../map/ImportedLayersMap'));
const secondary = () => import('./SecondaryPanels');
const FeatureList = lazy(() => secondary().then((m) => ({ default: m.FeatureList })));
const SourceList = lazy(() => secondary().then((m) => ({ default: m.SourceList })));
const BasemapPicker = lazy(() => secondary().then((m) => ({ default: m.BasemapPicker })));
const ImportControl = lazy(() => secondary().then((m) => ({ default: m.ImportControl })));
const FilterStatus = lazy(() => secondary().then((m) => ({ default: m.FilterStatus })));
const BasemapNotice = lazy(() => secondary().then((m) => ({ default: m.BasemapNotice })));

/**
 * The code a corpus of this size needs for its first view (clusters, virtual
 * lists), fetched before the app renders so nothing suspends on the way in.
 */
export function prepareFor(corpus: WireCorpus): Promise<unknown> {
  const places = corpus.places.features.length;
  const incidents = corpus.incidents.id.length;
  return Promise.all([
    new URLSearchParams(window.location.search).has('walk') ? loadWalks() : null,
    places > CLUSTER_THRESHOLD || incidents > CLUSTER_THRESHOLD ? loadClusters() : null,
    Math.max(places, incidents, corpus.sources.length) >= VIRTUAL_FROM ? loadVirtualList() : null,
  ]);
}

/** Up to this many incidents their details are fetched with the first view; above, when needed. */
const PREFETCH_DETAILS_UP_TO = 2000;

/** Details chunks sit beside corpus.json. */
const fetchBesideCorpus = (path: string): Promise<unknown> =>
  fetch(new URL(path, new URL(CORPUS_URL, window.location.href))).then((response) => {
    if (!response.ok) throw new Error(`${path} answered ${response.status} ${response.statusText}`);
    return response.json();
  });

/**
 * The excerpt a link quotes: at once for places and routes, once its details
 * have arrived for an incident.
 */
function useQuotedExcerpt(
  quote: QuoteRef | null,
  located: ReadonlyMap<string, AnchoredExcerpt[]>,
  details: IncidentDetailsStore,
): AnchoredExcerpt | null {
  const [loaded, setLoaded] = useState<{
    quote: QuoteRef;
    excerpt: AnchoredExcerpt | null;
  } | null>(null);
  const excerpts = quote ? located.get(quote.featureId) : undefined;
  useEffect(() => {
    if (!quote || excerpts || !details.has(quote.featureId)) return;
    let live = true;
    details.incident(quote.featureId).then(
      (incident) => {
        if (live)
          setLoaded({ quote, excerpt: incident.properties.excerpts[quote.excerptIndex] ?? null });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [quote, excerpts, details]);
  if (!quote) return null;
  if (excerpts) return excerpts[quote.excerptIndex] ?? null;
  return loaded?.quote === quote ? loaded.excerpt : null;
}

/** Whether the route-walk module is here, loading it once `wanted` (Back to a link with a walk, say). */
function useWalksWhen(wanted: boolean): boolean {
  const [ready, setReady] = useState(() => loadedWalks() !== null);
  useEffect(() => {
    if (wanted && !ready) void loadWalks().then(() => setReady(true));
  }, [wanted, ready]);
  return ready || loadedWalks() !== null;
}

/**
 * False for the first render, then true in a transition: the sidebar's lists
 * and the notices (a chunk of their own) render just after the map, so the
 * first view is not one long task (it would block a phone for a second).
 */
function useAfterFirstView(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    // After the first paint (a frame, then a task): the map shows before the rest is built.
    let task: number | undefined;
    const frame = requestAnimationFrame(() => {
      task = window.setTimeout(() => startTransition(() => setAfter(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(task);
    };
  }, []);
  return after;
}

/** Holds the timeline's place while its chunk loads, so the map above barely moves when it comes. */
function TimelinePending() {
  return (
    <section className="timeline timeline--pending" aria-label="Timeline" aria-busy="true">
      <p className="timeline__readout">Loading the timeline…</p>
    </section>
  );
}

/** Hands focus back to a tool's button when its view closes, so keyboard users stay where they were. */
const refocusTool = (id: ToolId) => returnFocus(() => document.getElementById(toolButtonId(id)));

/** The whole app for one compiled corpus: search, layers, list and sources, the map and its timeline, and the reader. */
export function Crossings({ corpus }: { corpus: DeliveredCorpus }) {
  const layers = useMemo(() => mapLayersOf(corpus), [corpus]);
  const index = useMemo(() => indexCorpus(corpus, layers), [corpus, layers]);
  const { state, ignored, update } = useUrlState(index.known);
  const [sidebarOpen, setSidebarOpen] = useState(false);
  const [map, setMap] = useState<LeafletMap | null>(null);
  const [sort, setSort] = useState<ListSort>('name');
  const [searchWanted, setSearchWanted] = useState(false);
  const listsShown = useAfterFirstView();
  const details = useMemo(() => new IncidentDetailsStore(corpus, fetchBesideCorpus), [corpus]);
  const search = useCorpusSearch(details, searchWanted || state.query !== null);
  const [measurePoints, setMeasurePoints] = useState<LatLngPair[] | null>(null);
  useEffect(() => {
    void preloadPopups();
    // A small corpus's details are a few kilobytes: fetch them now, so no popup waits.
    if (corpus.incidents.features.length <= PREFETCH_DETAILS_UP_TO)
      details.full().catch(() => undefined);
  }, [corpus, details]);
  /** Flies to [west, south, east, north] and, on a phone, closes the sidebar to show the map. */
  const flyToBox = useCallback(
    ([west, south, east, north]: [number, number, number, number], maxZoom: number) => {
      map?.flyToBounds(
        [
          [south, west],
          [north, east],
        ],
        { padding: [48, 48], maxZoom, duration: 0.5 },
      );
      setSidebarOpen(false);
    },
    [map],
  );
  const [basemap, setBasemap] = useState<BasemapChoice>('tiles');
  const [basemapNotice, setBasemapNotice] = useState<{
    kind: BasemapNoticeKind;
    detail: string | null;
  } | null>(null);
  const fallBackToBuiltin = useCallback(() => {
    setBasemap('builtin');
    setBasemapNotice({ kind: 'tiles-failed', detail: null });
  }, []);
  const builtinFailed = useCallback(
    (detail: string) => setBasemapNotice({ kind: 'builtin-failed', detail }),
    [],
  );
  const imports = useImportedLayers();
  const [openImported, setOpenImported] = useState<OpenImported | null>(null);
  const importOpener = useRef<HTMLElement | null>(null);
  const [looseQuote, setLooseQuote] = useState<{
    source: string;
    quote: string;
    origin: string;
  } | null>(null);
  const [dropping, setDropping] = useState(false);
  const chooseBasemap = (choice: BasemapChoice) => {
    setBasemap(choice);
    setBasemapNotice(null);
  };

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
  const counts = useMemo(() => layerCounts(layers), [layers]);
  const datedShown = useMemo(
    // Only the timeline shows it, and it comes after the first view.
    () => (listsShown ? index.dated().filter((item) => inRange(item.when, time)).length : 0),
    [listsShown, index, time],
  );
  const hiddenLayers = useMemo(
    () => infos.filter((info) => !state.layers.has(info.id)).map((info) => info.name),
    [infos, state.layers],
  );
  // Sorting 100,000 names takes a noticeable moment: only once the list is there to show them.
  const groups = useMemo(
    () => (listsShown ? listGroups(layers, shown, infos, state.layers, sort) : []),
    [listsShown, layers, shown, infos, state.layers, sort],
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
    (sourceId: string | null, quote?: QuoteRef) => {
      setLooseQuote(null);
      update({ source: sourceId, quote: quote ?? null }, 'push');
    },
    [update],
  );
  const openLooseQuote = useCallback(
    (source: string, quote: string, origin: string) => {
      update({ source, quote: null }, 'push');
      setLooseQuote({ source, quote, origin });
    },
    [update],
  );
  const openImportedFeature = (key: string, fromList: boolean) => {
    const layerId = key.slice(0, key.lastIndexOf(':'));
    if (imports.hidden.has(layerId)) imports.toggle(layerId, true);
    importOpener.current = fromList ? captureOpener() : null;
    setOpenImported({ key, fromList });
  };
  const closeImportedFeature = useCallback((key: string) => {
    setOpenImported((current) => (current?.key === key ? null : current));
    returnFocus(importOpener.current);
    importOpener.current = null;
  }, []);
  const zoomToImported = (layer: ImportedLayer) => flyToBox(layer.bbox, 12);
  /** Files dragged over the page can be dropped anywhere on it. */
  const dropHandlers = {
    onDragOver: (event: React.DragEvent) => {
      if (!event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setDropping(true);
    },
    onDragLeave: (event: React.DragEvent) => {
      if (event.relatedTarget === null) setDropping(false);
    },
    onDrop: (event: React.DragEvent) => {
      if (!event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      setDropping(false);
      void imports.addFiles(event.dataTransfer.files);
    },
  };
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
      flyToBox(box, 10);
    },
    [layers, map, state.layers, toggleLayer, flyToBox],
  );
  const walksReady = useWalksWhen(state.walk !== null);
  const walk =
    state.walk && walksReady
      ? index.walks().find((candidate) => candidate.id === state.walk!.walkId)
      : undefined;
  const walkStep = walk && state.walk ? walk.steps[state.walk.step] : undefined;
  const activeTools = new Set<ToolId>([
    ...(state.panel ? [state.panel] : []),
    ...(walk ? (['walk'] as const) : []),
    ...(measurePoints ? (['measure'] as const) : []),
  ]);
  const closeTool = (id: ToolId) => {
    if (id === 'walk') update({ walk: null }, 'push');
    else if (id === 'measure') setMeasurePoints(null);
    else update({ panel: null }, 'push');
    refocusTool(id);
  };
  // The walk and the measure work on the map, so they close the figures, which cover it.
  const uncoverMap: Partial<UrlState> = state.panel === 'figures' ? { panel: null } : {};
  const toggleTool = (id: ToolId) => {
    if (activeTools.has(id)) closeTool(id);
    else if (id === 'walk')
      void loadWalks().then(() => {
        const [first] = index.walks();
        if (first) update({ walk: { walkId: first.id, step: 0 }, ...uncoverMap }, 'push');
      });
    else if (id === 'measure') {
      setMeasurePoints([]);
      if (uncoverMap.panel === null) update(uncoverMap, 'push');
    } else if (id === 'figures' || id === 'export') update({ panel: id }, 'push');
  };
  const pickMeasurePoint = (point: LatLngPair) =>
    setMeasurePoints((points) => (points && points.length < 2 ? [...points, point] : [point]));
  const showFromPanel = (featureId: string) =>
    update({ panel: null, feature: featureId, ...revealing(featureId) }, 'push');

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

  const walkRoute = useCallback(
    (routeId: string) => {
      void loadWalks().then(({ walkStart }) => {
        const start = walkStart(index.walks(), routeId);
        if (start) update({ walk: { walkId: start.walk.id, step: start.step } }, 'push');
      });
    },
    [index, update],
  );

  const context: CrossingsContextValue = useMemo(
    () => ({
      corpus,
      details,
      sourcesById: index.sourcesById,
      placesById: index.placesById,
      openSource,
      selectFeature,
      walkRoute,
    }),
    [corpus, details, index, openSource, selectFeature, walkRoute],
  );
  const openSourceMeta = state.source ? index.sourcesById.get(state.source) : undefined;
  const excerpt = useQuotedExcerpt(state.quote, index.excerptsOf, details);

  return (
    <CrossingsContext.Provider value={context}>
      <div
        className={`crossings ${openSourceMeta ? 'crossings--reading' : ''} ${sidebarOpen ? 'crossings--sidebar-open' : ''}`}
        {...dropHandlers}
      >
        {dropping && (
          <div className="drop-overlay" aria-hidden="true">
            Drop GeoJSON files to add them as layers
          </div>
        )}
        <header className="topbar">
          <h1>Crossings</h1>
          <SearchBox
            search={search}
            allow={allowInTime}
            appliedQuery={state.query}
            onWant={() => setSearchWanted(true)}
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
          <ToolBar
            active={activeTools}
            unavailable={new Set(index.hasWalks ? [] : (['walk'] as const))}
            onToggle={toggleTool}
          />
          <LayerPanel
            layers={infos}
            counts={counts}
            visible={state.layers}
            onToggle={toggleLayer}
            onZoomTo={zoomToLayer}
          />
          {listsShown && (
            <Suspense fallback={null}>
              <BasemapPicker choice={basemap} onChoose={chooseBasemap} />
              <ImportControl
                imports={imports}
                openFeature={openImported?.key ?? null}
                onOpenFeature={(key) => openImportedFeature(key, true)}
                onZoomTo={zoomToImported}
              />
              <FeatureList
                groups={groups}
                hiddenLayers={hiddenLayers}
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
                onOpen={openSource}
              />
            </Suspense>
          )}
        </nav>
        <main className="map-area">
          <div className="map-stage">
            {listsShown && (
              <Suspense fallback={null}>
                <FilterStatus
                  query={state.query}
                  matchCount={matches?.size ?? null}
                  time={time}
                  onClearQuery={() => applyQuery(null)}
                  onClearTime={() => changeTime(null)}
                />
              </Suspense>
            )}
            <CrossingsMap
              layers={shown}
              visible={state.layers}
              bbox={corpus.bbox}
              initialView={state.view}
              selected={state.feature}
              onSelect={selectFeature}
              onViewChange={changeView}
              mapRef={setMap}
              basemap={basemap}
              onTilesFailed={fallBackToBuiltin}
              onBasemapError={builtinFailed}
            >
              <Suspense fallback={null}>
                {imports.layers.length > 0 && (
                  <ImportedLayersMap
                    layers={imports.layers}
                    hidden={imports.hidden}
                    open={openImported}
                    onOpen={(key) => openImportedFeature(key, false)}
                    onClose={closeImportedFeature}
                    onOpenQuote={openLooseQuote}
                  />
                )}
                {walkStep && <WalkLayer step={walkStep} />}
                {measurePoints && <MeasureLayer points={measurePoints} onPick={pickMeasurePoint} />}
              </Suspense>
            </CrossingsMap>
            {basemapNotice && (
              <Suspense fallback={null}>
                <BasemapNotice
                  kind={basemapNotice.kind}
                  detail={basemapNotice.detail}
                  onRetryTiles={() => chooseBasemap('tiles')}
                  onDismiss={() => setBasemapNotice(null)}
                />
              </Suspense>
            )}
            <Suspense fallback={null}>
              <div className="tool-cards">
                {walk && state.walk && (
                  <RouteWalkPanel
                    walk={walk}
                    step={state.walk.step}
                    onStep={(step) => update({ walk: { walkId: walk.id, step } }, 'replace')}
                    onOpenPassage={openSource}
                    onClose={() => closeTool('walk')}
                  />
                )}
                {measurePoints && (
                  <MeasurePanel
                    points={measurePoints}
                    onAddCentre={() => {
                      if (!map) return;
                      const centre = map.getCenter();
                      pickMeasurePoint([centre.lat, centre.lng]);
                    }}
                    onClear={() => setMeasurePoints([])}
                    onClose={() => closeTool('measure')}
                  />
                )}
                {state.panel === 'export' && (
                  <ExportPanel
                    details={details}
                    shown={shown}
                    visible={state.layers}
                    filters={[
                      ...(state.query ? [`the search “${state.query}”`] : []),
                      ...(time
                        ? [`the time range ${monthLabel(time.from)} – ${monthLabel(time.to)}`]
                        : []),
                    ]}
                    pending={state.query !== null && matches === null}
                    onClose={() => closeTool('export')}
                  />
                )}
              </div>
            </Suspense>
            <Suspense fallback={<p className="panel panel--loading">Loading…</p>}>
              {state.panel === 'figures' && (
                <FiguresPanel
                  details={details}
                  onOpenPassage={openSource}
                  onShowFeature={showFromPanel}
                  onClose={() => closeTool('figures')}
                />
              )}
            </Suspense>
          </div>
          {index.extent && (
            <Suspense fallback={<TimelinePending />}>
              {listsShown ? (
                <Timeline
                  items={index.dated()}
                  published={index.published}
                  extent={index.extent}
                  range={time}
                  shownCount={datedShown}
                  onChange={changeTime}
                />
              ) : (
                <TimelinePending />
              )}
            </Suspense>
          )}
        </main>
        {openSourceMeta && (
          <Suspense fallback={<p className="reader">Loading the reader…</p>}>
            <ReaderPanel
              source={openSourceMeta}
              excerpt={excerpt?.source === openSourceMeta.id ? excerpt : null}
              looseQuote={looseQuote?.source === openSourceMeta.id ? looseQuote : null}
              places={corpus.places.features}
              onMention={selectFeature}
              onClose={() => openSource(null)}
            />
          </Suspense>
        )}
      </div>
    </CrossingsContext.Provider>
  );
}
