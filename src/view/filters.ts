/**
 * The one place that decides which features are shown: the map and the list
 * both draw what `filterLayers` returns, so they can never disagree.
 */
import type { DateSpan } from '../data/dates';
import {
  LAYER_SPECS,
  type AnyMapFeature,
  type LayerId,
  type MapLayers,
  type MemberList,
} from './layers';
import { inRange, type MonthRange } from './timeline';

export interface FeatureFilter {
  /** Layers switched on. */
  layers: ReadonlySet<LayerId>;
  /** Dated features outside it are hidden; undated ones stay. Null: no time filter. */
  time: MonthRange | null;
  /** Ids a search matched. Null: no search filter. */
  matches: ReadonlySet<string> | null;
}

/** The features each list holds under the filter; a hidden layer's lists are empty. */
export function filterLayers(layers: MapLayers, filter: FeatureFilter): MapLayers {
  const shown: Partial<Record<MemberList, AnyMapFeature[]>> = {};
  for (const spec of LAYER_SPECS)
    for (const member of spec.members) {
      const features: AnyMapFeature[] = layers[member];
      shown[member] = !filter.layers.has(spec.id)
        ? []
        : !spec.filtered
          ? features
          : features.filter((feature) => inTime(feature, filter.time) && matched(feature, filter));
    }
  return shown as MapLayers;
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
