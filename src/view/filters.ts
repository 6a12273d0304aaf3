/**
 * The one place that decides which features are shown: the map and the list
 * both draw what `filterLayers` returns, so they can never disagree.
 */
import type { DateSpan } from '../data/dates';
import type { LayerId, MapLayers } from './layers';
import { inRange, type MonthRange } from './timeline';

export interface FeatureFilter {
  /** Layers switched on. */
  layers: ReadonlySet<LayerId>;
  /** Dated features outside it are hidden; undated ones stay. Null: no time filter. */
  time: MonthRange | null;
  /** Ids a search matched. Null: no search filter. */
  matches: ReadonlySet<string> | null;
}

/** Reference lines are not claims of any source: search and time leave them alone. */
const UNFILTERED_LAYERS: ReadonlySet<LayerId> = new Set(['border']);

/** The features each list holds under the filter; a hidden layer's lists are empty. */
export function filterLayers(layers: MapLayers, filter: FeatureFilter): MapLayers {
  const keep =
    (layer: LayerId) =>
    <F extends { id: string; properties: object }>(features: F[]): F[] => {
      if (!filter.layers.has(layer)) return [];
      if (UNFILTERED_LAYERS.has(layer)) return features;
      return features.filter((feature) => inTime(feature, filter.time) && matched(feature, filter));
    };
  return {
    cities: keep('cities')(layers.cities),
    borderTowns: keep('border-towns')(layers.borderTowns),
    areas: keep('areas')(layers.areas),
    routeStops: keep('route')(layers.routeStops),
    routes: keep('route')(layers.routes),
    flows: keep('flows')(layers.flows),
    incidents: keep('incidents')(layers.incidents),
    borders: keep('border')(layers.borders),
  };
}

/** Whether a search or time filter is hiding anything a layer would otherwise show. */
export function isNarrowed(filter: FeatureFilter): boolean {
  return filter.time !== null || filter.matches !== null;
}

function inTime(feature: { properties: object }, time: MonthRange | null): boolean {
  return inRange((feature.properties as { when?: DateSpan }).when, time);
}

function matched(feature: { id: string }, filter: FeatureFilter): boolean {
  return filter.matches === null || filter.matches.has(feature.id);
}
