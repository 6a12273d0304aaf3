/**
 * Which feature goes in which map layer. Pure, so the map, the legend and the
 * tests agree on the same sets.
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

export const LAYER_IDS = [
  'cities',
  'border-towns',
  'areas',
  'route',
  'flows',
  'incidents',
  'border',
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export interface LayerInfo {
  id: LayerId;
  /** The checkbox's accessible name. */
  name: string;
  description: string;
}

export const LAYERS: Record<LayerId, LayerInfo> = {
  cities: {
    id: 'cities',
    name: 'Cities',
    description: 'Cities and towns the articles name',
  },
  areas: {
    id: 'areas',
    name: 'Regions and countries',
    description:
      'Provinces, enclaves, countries and continents named as a whole: the halo marks the gazetteer point, not a precise location',
  },
  flows: {
    id: 'flows',
    name: 'Flows',
    description:
      'Evacuations, returns, deportations and transit between countries: schematic great-circle arcs; dashed where the text expects rather than reports them',
  },
  'border-towns': {
    id: 'border-towns',
    name: 'Border towns',
    description: 'Towns on the Syrian side where crossings are reported',
  },
  route: {
    id: 'route',
    name: 'Smuggling route',
    description:
      'Schematic: straight legs between the towns named, arrows in the direction of travel; dashed where the text calls it rare',
  },
  incidents: {
    id: 'incidents',
    name: 'Incidents',
    description: 'Dated detentions, attacks, foiled plots and deportations',
  },
  border: {
    id: 'border',
    name: 'Borders',
    description: 'Reference lines from Natural Earth 1:10m',
  },
};

/** The legend's entries; a single reference border gives the layer its own name. */
export function layerInfos(layers: MapLayers): LayerInfo[] {
  const [onlyBorder, ...others] = layers.borders;
  const border =
    onlyBorder && others.length === 0
      ? {
          ...LAYERS.border,
          name: onlyBorder.properties.name,
          description: 'Reference line from Natural Earth 1:10m',
        }
      : LAYERS.border;
  return [
    LAYERS.cities,
    LAYERS['border-towns'],
    LAYERS.areas,
    LAYERS.route,
    LAYERS.flows,
    LAYERS.incidents,
    border,
  ];
}

export interface MapLayers {
  cities: CompiledPlace[];
  borderTowns: CompiledPlace[];
  areas: CompiledPlace[];
  /** Towns that are only route stops: drawn, and focusable, with the route. */
  routeStops: CompiledPlace[];
  routes: CompiledRoute[];
  flows: CompiledRoute[];
  incidents: IncidentSummary[];
  borders: CompiledBorder[];
}

/** @example mapLayersOf(corpus).borderTowns.map((p) => p.properties.name) // ['Ras al-Ayn', …] */
export function mapLayersOf(corpus: CorpusBase): MapLayers {
  const places = corpus.places.features;
  const isSmuggling = (route: CompiledRoute) => route.properties.kind === 'smuggling route';
  const routes = corpus.routes.features.filter(isSmuggling);
  const stopIds = new Set(routes.flatMap((route) => route.properties.stops));
  const isRouteStopTown = (place: CompiledPlace) =>
    place.properties.kind === 'town' && stopIds.has(place.id);
  const isArea = (place: CompiledPlace) => AREA_KINDS.includes(place.properties.kind);
  return {
    cities: places.filter(
      (place) =>
        place.properties.kind !== 'border town' && !isArea(place) && !isRouteStopTown(place),
    ),
    borderTowns: places.filter((place) => place.properties.kind === 'border town'),
    areas: places.filter(isArea),
    routeStops: places.filter(isRouteStopTown),
    routes,
    flows: corpus.routes.features.filter((route) => !isSmuggling(route)),
    incidents: corpus.incidents.features,
    borders: corpus.borders.features,
  };
}

/** Which of `MapLayers`' lists each layer draws. */
export const LAYER_MEMBERS: Record<LayerId, readonly (keyof MapLayers)[]> = {
  cities: ['cities'],
  'border-towns': ['borderTowns'],
  areas: ['areas'],
  route: ['routes', 'routeStops'],
  flows: ['flows'],
  incidents: ['incidents'],
  border: ['borders'],
};

/** Every feature a layer draws. */
export function layerFeatures(layers: MapLayers, id: LayerId): AnyMapFeature[] {
  return LAYER_MEMBERS[id].flatMap((member): AnyMapFeature[] => layers[member]);
}

export type AnyMapFeature = MapLayers[keyof MapLayers][number];

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

/** How many features each layer draws, for the legend. */
export function layerCounts(layers: MapLayers): Record<LayerId, number> {
  return {
    cities: layers.cities.length,
    'border-towns': layers.borderTowns.length,
    areas: layers.areas.length,
    route: layers.routes.length,
    flows: layers.flows.length,
    incidents: layers.incidents.length,
    border: layers.borders.length,
  };
}
