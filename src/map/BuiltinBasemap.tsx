import { canvas, divIcon, type PathOptions } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { GeoJSON, Marker, Pane, Rectangle, useMap, useMapEvents } from 'react-leaflet';
import type { Basemap, BasemapLayer, CountryLabel } from '../geo/basemap';
import { useMapContent } from './MapContent';

const SEA = '#b5d0dc';
const LAND: PathOptions = { stroke: false, fillColor: '#f2efe9', fillOpacity: 1 };
const BORDERS: PathOptions = { color: '#8d8a9c', weight: 1, dashArray: '4 3' };
const COAST: PathOptions = { color: '#6f9bb4', weight: 1 };

/** Drawn in this order: land, then the lines over it. */
const LAYER_PARTS = ['land', 'borders', 'coast'] as const;
const PART_STYLES: Record<(typeof LAYER_PARTS)[number], PathOptions> = {
  land: LAND,
  borders: BORDERS,
  coast: COAST,
};

type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; basemap: Basemap }
  | { status: 'error'; message: string };

/**
 * The basemap built into the app from Natural Earth, used when map tiles fail
 * or when the user picks it: countries, borders, coasts and country names,
 * drawn on one canvas under every feature layer.
 */
export default function BuiltinBasemap({ onError }: { onError: (message: string) => void }) {
  const state = useBasemap();
  const map = useMap();
  // Canvas, not SVG: thousands of 1:10m vertices stay fluid while panning.
  // (L.geoJSON hands its options, renderer included, to every layer it makes; the typings omit it.)
  const onCanvas = useMemo(() => ({ renderer: canvas({ pane: 'basemap', padding: 0.1 }) }), []);
  useEffect(() => {
    if (state.status === 'error') onError(state.message);
  }, [state, onError]);
  useEffect(() => {
    const container = map.getContainer();
    container.classList.add('map--builtin-basemap');
    return () => container.classList.remove('map--builtin-basemap');
  }, [map]);
  if (state.status !== 'ready') return null;
  const { basemap } = state;
  // The sea window sits a hair inside the 1:10m land, so no antialiased seam shows at its edge.
  const [west, south, east, north] = basemap.detailBox.map((edge, i) =>
    i < 2 ? edge + 0.02 : edge - 0.02,
  ) as [number, number, number, number];
  const layer = (part: BasemapLayer, key: 'world' | 'detail') =>
    LAYER_PARTS.map((name) => (
      <GeoJSON
        key={`${key}-${name}`}
        data={part[name]}
        style={PART_STYLES[name]}
        interactive={false}
        attribution={key === 'world' && name === 'land' ? basemap.attribution : undefined}
        {...onCanvas}
      />
    ));
  return (
    <>
      <Pane name="basemap" className="basemap-pane">
        {layer(basemap.world, 'world')}
        {/* The 1:10m window hides the coarse world beneath it. */}
        <Rectangle
          bounds={[
            [south, west],
            [north, east],
          ]}
          pathOptions={{ stroke: false, fillColor: SEA, fillOpacity: 1 }}
          {...onCanvas}
          interactive={false}
        />
        {layer(basemap.detail, 'detail')}
      </Pane>
      <Pane name="basemap-labels" className="basemap-labels-pane">
        <CountryLabels labels={basemap.labels} />
      </Pane>
    </>
  );
}

/** Country names that fit the zoom and do not overlap: the map's own features keep the foreground. */
function CountryLabels({ labels }: { labels: CountryLabel[] }) {
  const map = useMap();
  const [zoom, setZoom] = useState(map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const placed = useMemo(
    () => placeLabels(labels, zoom, (label) => map.project(latLngOf(label), zoom)),
    [labels, zoom, map],
  );
  return placed.map((label) => (
    <Marker
      key={label.name}
      position={latLngOf(label)}
      icon={labelIcon(label.name)}
      interactive={false}
      keyboard={false}
    />
  ));
}

const latLngOf = (label: CountryLabel): [number, number] => [label.position[1], label.position[0]];

/** Roughly the box of an upper-case label at 0.7rem, in pixels. */
const labelBox = (name: string, at: { x: number; y: number }) => {
  const halfWidth = name.length * 3.9 + 4;
  return { left: at.x - halfWidth, right: at.x + halfWidth, top: at.y - 9, bottom: at.y + 9 };
};

/** Greedy, biggest countries first (the labels come sorted so): a label that would overlap one already placed waits for a closer zoom. */
function placeLabels(
  labels: CountryLabel[],
  zoom: number,
  project: (label: CountryLabel) => { x: number; y: number },
): CountryLabel[] {
  const boxes: ReturnType<typeof labelBox>[] = [];
  return labels.filter((label) => {
    if (label.minZoom > zoom) return false;
    const box = labelBox(label.name, project(label));
    const overlaps = boxes.some(
      (other) =>
        box.left < other.right &&
        other.left < box.right &&
        box.top < other.bottom &&
        other.top < box.bottom,
    );
    if (!overlaps) boxes.push(box);
    return !overlaps;
  });
}

const icons = new Map<string, ReturnType<typeof divIcon>>();

/** The name goes in as a text node, never as HTML. */
function labelIcon(name: string) {
  let icon = icons.get(name);
  if (!icon) {
    const text = document.createElement('span');
    text.textContent = name;
    text.setAttribute('aria-hidden', 'true');
    icon = divIcon({ className: 'basemap-label', html: text, iconSize: undefined });
    icons.set(name, icon);
  }
  return icon;
}

/** The basemap file `npm run check` wrote beside the corpus, through the app's client. */
function useBasemap(): LoadState {
  const { loadBasemap } = useMapContent();
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadBasemap().then(
      (basemap) => live && setState({ status: 'ready', basemap }),
      (error: unknown) =>
        live &&
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [loadBasemap]);
  return state;
}
