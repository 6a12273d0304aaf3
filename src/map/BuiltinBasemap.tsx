import { canvas, type PathOptions } from 'leaflet';
import type { FeatureCollection, LineString } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import { GeoJSON, Pane, Rectangle, useMap } from 'react-leaflet';
import type { Basemap, BasemapLayer } from '../geo/basemap';
import { createCountryLocator } from '../geo/countryAt';
import { backgroundRequests } from '../view/backgroundLabels';
import { usePublishBackgroundLabels } from './BackgroundLabels';
import { useMapContent } from './MapContent';

const SEA = '#b5d0dc';
const LAND: PathOptions = { stroke: false, fillColor: '#f2efe9', fillOpacity: 1 };
const BORDERS: PathOptions = { color: '#8d8a9c', weight: 1, dashArray: '4 3' };
const COAST: PathOptions = { color: '#6f9bb4', weight: 1 };
/** Rivers in the sea's blue, darkened to read on the land; under the borders. */
const RIVERS: PathOptions = { color: '#6a9fc0', weight: 1.6, lineCap: 'round', lineJoin: 'round' };

/** Drawn in this order: land, then the lines over it. */
const LAYER_PARTS = ['land', 'borders', 'coast'] as const;
type Part = (typeof LAYER_PARTS)[number];
const PART_STYLES: Record<Part, PathOptions> = {
  land: LAND,
  borders: BORDERS,
  coast: COAST,
};

type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; basemap: Basemap }
  | { status: 'error'; message: string };

/**
 * The basemap built into the app, used when map tiles fail or when the user
 * picks it: Natural Earth's countries, borders and coasts, GSHHG's rivers,
 * drawn on one canvas under every feature layer; and the names of countries,
 * rivers and GeoNames towns round the story, which it hands to the map's
 * label placement (they give way to the story's own names).
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
  const publish = usePublishBackgroundLabels();
  useEffect(() => {
    if (state.status !== 'ready') return;
    const { basemap } = state;
    const source = { countries: basemap.labels, towns: basemap.towns, rivers: basemap.rivers };
    const countryAt = createCountryLocator(basemap.detail.land);
    publish({ requestsFor: (screen) => backgroundRequests(source, { ...screen, countryAt }) });
    return () => publish(null);
  }, [state, publish]);
  const rivers = useMemo(
    () => (state.status === 'ready' ? riverLines(state.basemap) : null),
    [state],
  );
  // Credited once, by the map's attribution control: as a GeoJSON option it would pass to
  // every country's polygon, and each one added would rebuild the control (200 rebuilds,
  // a fifth of a second on a phone).
  const attribution = state.status === 'ready' ? state.basemap.attribution : null;
  useEffect(() => {
    const control = map.attributionControl;
    if (!attribution || !control) return;
    control.addAttribution(attribution);
    return () => void control.removeAttribution(attribution);
  }, [map, attribution]);
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
  const layer = (
    part: BasemapLayer,
    key: 'world' | 'detail',
    parts: readonly Part[] = LAYER_PARTS,
  ) =>
    parts.map((name) => (
      <GeoJSON
        key={`${key}-${name}`}
        data={part[name]}
        style={PART_STYLES[name]}
        interactive={false}
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
        {layer(basemap.detail, 'detail', ['land'])}
        {rivers && <GeoJSON data={rivers} style={RIVERS} interactive={false} {...onCanvas} />}
        {layer(basemap.detail, 'detail', ['borders', 'coast'])}
      </Pane>
    </>
  );
}

function riverLines(basemap: Basemap): FeatureCollection<LineString> {
  return {
    type: 'FeatureCollection',
    features: basemap.rivers.map((river) => ({
      type: 'Feature',
      properties: { name: river.name },
      geometry: { type: 'LineString', coordinates: river.line },
    })),
  };
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
