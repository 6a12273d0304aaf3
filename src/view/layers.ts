/**
 * The layer table: every map layer is one row of `LAYER_SPECS`, and
 * everything else about layers (ids, the legend, counts, which features a
 * layer holds, filtering, bounding boxes, draw order) is derived from it.
 * Adding a layer is adding a row here and a view for it in map/layerViews.tsx;
 * the type checker names every other place that must follow.
 */
import bbox from '@turf/bbox';
import type { Feature } from 'geojson';
import type {
  CompiledBorder,
  CompiledPlace,
  CompiledRoute,
  CorpusBase,
  IncidentSummary,
} from '../data/compiled';
import { AREA_KINDS } from '../data/kinds';
import type { SymbolKind } from './symbols';

/**
 * The features of a corpus by the lists layers draw: one list per layer id,
 * and the towns that are only route stops (drawn, and focusable, with the
 * smuggling route, but not counted as routes).
 */
export interface MapLayers {
  cities: CompiledPlace[];
  'border-towns': CompiledPlace[];
  areas: CompiledPlace[];
  route: CompiledRoute[];
  'route-stops': CompiledPlace[];
  flows: CompiledRoute[];
  /** Incidents at a settlement: drawn as points there. */
  incidents: IncidentSummary[];
  /**
   * Incidents the texts place only on an area (a country, a continent, a
   * region): not points of their own, since their area's gazetteer point is
   * not where they happened. Shown as a count at the area's marker and listed
   * in its popup; on the timeline, in search, the list and exports like any other.
   */
  'area-incidents': IncidentSummary[];
  border: CompiledBorder[];
}

export type MemberList = keyof MapLayers;
export type AnyMapFeature = MapLayers[MemberList][number];

export interface LayerSpec {
  id: MemberList;
  /** The checkbox's accessible name and the legend's label. */
  name: string;
  description: string;
  /** The legend's symbol: the marker the map draws, or a line. */
  symbol: SymbolKind | 'line';
  /** The lists this layer draws; the first is what its count counts, unless `counted` says. */
  members: readonly [MemberList, ...MemberList[]];
  /** The lists its count adds up, when more than the first member. */
  counted?: readonly MemberList[];
  /** Bottom to top on the map: lines under points, areas' halos under towns. */
  drawOrder: number;
  /** Whether search and time narrow it; reference lines are no source's claim, so they are not. */
  filtered: boolean;
}

/** The layers, in the legend's order. */
export const LAYER_SPECS = [
  {
    id: 'cities',
    name: 'Cities',
    description: 'Cities and towns the articles name',
    symbol: 'city',
    members: ['cities'],
    drawOrder: 4,
    filtered: true,
  },
  {
    id: 'border-towns',
    name: 'Border towns',
    description: 'Towns on the Syrian side where crossings are reported',
    symbol: 'border-town',
    members: ['border-towns'],
    drawOrder: 5,
    filtered: true,
  },
  {
    id: 'areas',
    name: 'Regions and countries',
    description:
      'Provinces, enclaves, countries and continents named as a whole: the halo marks the gazetteer point, not a precise location',
    symbol: 'area',
    members: ['areas'],
    drawOrder: 1,
    filtered: true,
  },
  {
    id: 'route',
    name: 'Smuggling route',
    description:
      'Schematic: straight legs between the towns named, arrows in the direction of travel; dashed where the text calls it rare',
    symbol: 'route-arrow',
    members: ['route', 'route-stops'],
    drawOrder: 3,
    filtered: true,
  },
  {
    id: 'flows',
    name: 'Flows',
    description:
      'Evacuations, returns, deportations and transit between countries: schematic great-circle arcs; dashed where the text expects rather than reports them',
    symbol: 'flow-arrow',
    members: ['flows'],
    drawOrder: 2,
    filtered: true,
  },
  {
    id: 'incidents',
    name: 'Incidents',
    description: 'Dated detentions, attacks, foiled plots and deportations',
    symbol: 'incident',
    members: ['incidents', 'area-incidents'],
    counted: ['incidents', 'area-incidents'],
    drawOrder: 6,
    filtered: true,
  },
  {
    id: 'border',
    name: 'Borders',
    description: 'Reference lines from Natural Earth 1:10m',
    symbol: 'line',
    members: ['border'],
    drawOrder: 0,
    filtered: false,
  },
] as const satisfies readonly LayerSpec[];

type LayerRow = (typeof LAYER_SPECS)[number];
export type LayerId = LayerRow['id'];

export const LAYER_IDS: readonly LayerId[] = LAYER_SPECS.map((spec) => spec.id);

/** A layer's row of the table. */
export function layerSpec(id: LayerId): LayerRow {
  return LAYER_SPECS.find((spec) => spec.id === id)!;
}

/** The layers bottom to top, as the map draws them. */
export const LAYERS_BY_DRAW_ORDER: readonly LayerRow[] = [...LAYER_SPECS].sort(
  (a, b) => a.drawOrder - b.drawOrder,
);

/** What the legend shows of a layer. */
export interface LayerInfo {
  id: LayerId;
  name: string;
  description: string;
  symbol: SymbolKind | 'line';
}

/** The legend's entries; a single reference border gives its layer its own name. */
export function layerInfos(layers: MapLayers): LayerInfo[] {
  const [onlyBorder, ...others] = layers.border;
  return LAYER_SPECS.map(({ id, name, description, symbol }) =>
    id === 'border' && onlyBorder && others.length === 0
      ? {
          id,
          name: onlyBorder.properties.name,
          description: 'Reference line from Natural Earth 1:10m',
          symbol,
        }
      : { id, name, description, symbol },
  );
}

/** @example mapLayersOf(corpus)['border-towns'].map((p) => p.properties.name) // ['Ras al-Ayn', …] */
export function mapLayersOf(corpus: CorpusBase): MapLayers {
  const places = corpus.places.features;
  const isSmuggling = (route: CompiledRoute) => route.properties.kind === 'smuggling route';
  const routes = corpus.routes.features.filter(isSmuggling);
  const stopIds = new Set(routes.flatMap((route) => route.properties.stops));
  const isRouteStopTown = (place: CompiledPlace) =>
    place.properties.kind === 'town' && stopIds.has(place.id);
  const isArea = (place: CompiledPlace) => AREA_KINDS.includes(place.properties.kind);
  const areaIds = new Set(places.filter(isArea).map((place) => place.id));
  return {
    cities: places.filter(
      (place) =>
        place.properties.kind !== 'border town' && !isArea(place) && !isRouteStopTown(place),
    ),
    'border-towns': places.filter((place) => place.properties.kind === 'border town'),
    areas: places.filter(isArea),
    route: routes,
    'route-stops': places.filter(isRouteStopTown),
    flows: corpus.routes.features.filter((route) => !isSmuggling(route)),
    incidents: corpus.incidents.features.filter(
      (incident) => !areaIds.has(incident.properties.place),
    ),
    'area-incidents': corpus.incidents.features.filter((incident) =>
      areaIds.has(incident.properties.place),
    ),
    border: corpus.borders.features,
  };
}

/** Every feature a layer draws. */
export function layerFeatures(layers: MapLayers, id: LayerId): AnyMapFeature[] {
  return layerSpec(id).members.flatMap((member): AnyMapFeature[] => layers[member]);
}

/** [west, south, east, north] of a layer's features, or null when it has none. */
export function layerBbox(layers: MapLayers, id: LayerId): [number, number, number, number] | null {
  const features = layerFeatures(layers, id);
  if (features.length === 0) return null;
  return bbox({ type: 'FeatureCollection', features: features as Feature[] }) as [
    number,
    number,
    number,
    number,
  ];
}

/** How many features each layer holds, for the legend: a route's stops are not routes. */
export function layerCounts(layers: MapLayers): Record<LayerId, number> {
  return Object.fromEntries(
    LAYER_SPECS.map((spec: LayerSpec) => [
      spec.id,
      (spec.counted ?? [spec.members[0]]).reduce(
        (sum: number, member: MemberList) => sum + layers[member].length,
        0,
      ),
    ]),
  ) as Record<LayerId, number>;
}
