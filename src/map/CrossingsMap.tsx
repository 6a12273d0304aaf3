import type { Map as LeafletMap } from 'leaflet';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { BackgroundLabelsContext, type BackgroundLabels } from './BackgroundLabels';
import { MapContainer, ScaleControl, TileLayer } from 'react-leaflet';
import { labelObstacles, mapLabels } from '../view/mapLabels';
import { LabelsLayer } from './LabelsLayer';
import { WholeStoryControl } from './WholeStoryControl';
import { LAYERS_BY_DRAW_ORDER, type LayerId, type MapLayers } from '../view/layers';
import type { MapView } from '../view/urlState';
import { FeatureRegistry, FeatureRegistryContext } from './FeatureRegistry';
import {
  PopupAccessibility,
  ReadyFlag,
  BusyFlag,
  SelectionSync,
  SizeSync,
  ViewSync,
  ZoomBandSync,
} from './MapSync';
import { HitAreas } from './HitAreas';
import { MapKeysHint, RovingFocus } from './RovingFocus';
import { PointChooser } from './PointChooser';
import { LAYER_VIEWS } from './layerViews';
import { MapContentContext, type MapContent } from './MapContent';
import { later } from '../loading/later';

const BuiltinBasemap = later.lazyPart('builtinBasemap', 'default');
const OverviewInset = later.lazyPart('overviewInset', 'OverviewInset');

/** Tiles failing in a row before the built-in basemap takes over: one failure can be a blip. */
const TILE_FAILURES_TO_FALL_BACK = 3;

export type BasemapChoice = 'tiles' | 'builtin';

const OSM_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

interface CrossingsMapProps {
  layers: MapLayers;
  /** The layers are about to change (a filter is being applied): said to assistive technology. */
  updating: boolean;
  visible: ReadonlySet<LayerId>;
  /** [west, south, east, north] of the story's focus: the map opens on it when the URL has no view. */
  focus: [number, number, number, number];
  /** [west, south, east, north] of every place the articles name: what "Whole story" fits. */
  wholeStory: [number, number, number, number];
  initialView: MapView | null;
  selected: string | null;
  onSelect: (id: string | null) => void;
  onViewChange: (view: MapView) => void;
  /** Receives the Leaflet map, for actions outside it (zoom to a layer). */
  mapRef: (map: LeafletMap | null) => void;
  basemap: BasemapChoice;
  /** Called once when map tiles keep failing (offline, blocked, rate-limited). */
  onTilesFailed: () => void;
  onBasemapError: (message: string) => void;
  /** Popup content and what choosing a feature does: the app's, not the map's. */
  content: MapContent;
  /** Whether to draw the overview inset: false for the first view, whose long task it would lengthen. */
  overview: boolean;
  /** Tool layers drawn over the features (a route walk, a measurement). */
  children?: ReactNode;
}

/** The map: a basemap and one layer per kind of feature, each drawn only while visible. */
export function CrossingsMap({
  layers,
  updating,
  visible,
  focus,
  wholeStory,
  initialView,
  selected,
  onSelect,
  onViewChange,
  mapRef,
  basemap,
  onTilesFailed,
  onBasemapError,
  content,
  overview,
  children,
}: CrossingsMapProps) {
  const registry = useMemo(() => new FeatureRegistry(), []);
  const tileFailures = useRef(0);
  useEffect(() => {
    tileFailures.current = 0;
  }, [basemap]);
  const tileEvents = useMemo(
    () => ({
      tileload: () => (tileFailures.current = 0),
      tileerror: () => {
        tileFailures.current += 1;
        if (tileFailures.current === TILE_FAILURES_TO_FALL_BACK) onTilesFailed();
      },
    }),
    [onTilesFailed],
  );
  const focusBounds = useMemo(() => boundsOf(focus), [focus]);
  const wholeBounds = useMemo(() => boundsOf(wholeStory), [wholeStory]);
  const placement = initialView
    ? { center: [initialView.lat, initialView.lng] as [number, number], zoom: initialView.zoom }
    : { bounds: focusBounds, boundsOptions: { padding: [48, 48] as [number, number] } };
  const labelsAt = useCallback(
    (zoom: number, routeZoom: number) => mapLabels(layers, { selected, zoom, routeZoom }),
    [layers, selected],
  );
  const obstacles = useMemo(() => labelObstacles(layers), [layers]);
  const [background, setBackground] = useState<BackgroundLabels | null>(null);
  // An incident placed only on an area has no marker: selecting it opens its area.
  const hostOf = useMemo(
    () =>
      new Map(layers['area-incidents'].map((incident) => [incident.id, incident.properties.place])),
    [layers],
  );
  return (
    <BackgroundLabelsContext.Provider value={setBackground}>
      <FeatureRegistryContext.Provider value={registry}>
        <MapContentContext.Provider value={content}>
          <MapContainer
            ref={mapRef}
            id="map"
            className="map"
            {...placement}
            worldCopyJump
            markerZoomAnimation={false}
            keyboardPanDelta={120}
            aria-label="Map"
          >
            {basemap === 'tiles' ? (
              <TileLayer
                url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
                attribution={OSM_ATTRIBUTION}
                maxZoom={19}
                eventHandlers={tileEvents}
              />
            ) : (
              <Suspense fallback={null}>
                <BuiltinBasemap onError={onBasemapError} />
              </Suspense>
            )}
            {/* One boundary: a layer still loading its code holds back data-ready. */}
            <Suspense fallback={null}>
              {LAYERS_BY_DRAW_ORDER.map(({ id }) => {
                const View = LAYER_VIEWS[id];
                return (
                  visible.has(id) && (
                    <View key={id} layers={layers} selected={selected} visible={visible} />
                  )
                );
              })}
              <ReadyFlag />
            </Suspense>
            <BusyFlag busy={updating} />
            <LabelsLayer
              labelsAt={labelsAt}
              obstacles={obstacles}
              focus={focusBounds}
              background={basemap === 'builtin' ? background : null}
            />
            <WholeStoryControl bounds={wholeBounds} />
            <ScaleControl position="bottomleft" imperial={false} />
            {overview && (
              <Suspense fallback={null}>
                <OverviewInset flows={layers.flows} basemap={basemap} />
              </Suspense>
            )}
            {children}
            <PointChooser />
            <RovingFocus />
            <HitAreas />
            <ZoomBandSync />
            <SelectionSync selected={selected} onSelect={onSelect} hostOf={hostOf} />
            <PopupAccessibility />
            <ViewSync onViewChange={onViewChange} />
            <SizeSync />
          </MapContainer>
          <MapKeysHint />
        </MapContentContext.Provider>
      </FeatureRegistryContext.Provider>
    </BackgroundLabelsContext.Provider>
  );
}

/** Leaflet's [[south, west], [north, east]] from [west, south, east, north]. */
function boundsOf([west, south, east, north]: [number, number, number, number]): [
  [number, number],
  [number, number],
] {
  return [
    [south, west],
    [north, east],
  ];
}
