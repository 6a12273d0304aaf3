/**
 * The list view's rows: every feature the map shows, grouped by layer in the
 * legend's order, so a screen reader user gets everything a sighted one sees.
 */
import type { DateSpan } from '../data/dates';
import { LAYER_IDS, layerFeatures, type LayerId, type LayerInfo, type MapLayers } from './layers';

export const LIST_SORTS = ['name', 'date'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

export interface ListItem {
  id: string;
  name: string;
  /** What it is, in words: "border town", "deportation", "detention". */
  kind: string;
  when?: DateSpan;
}

export interface ListGroup {
  layer: LayerInfo;
  items: ListItem[];
  /** How many the layer holds before search and time filters. */
  total: number;
}

/** One group per switched-on layer, each sorted; `shown` is `filterLayers`' result. */
export function listGroups(
  all: MapLayers,
  shown: MapLayers,
  infos: readonly LayerInfo[],
  visible: ReadonlySet<LayerId>,
  sort: ListSort,
): ListGroup[] {
  const infoOf = new Map(infos.map((info) => [info.id, info]));
  return LAYER_IDS.filter((id) => visible.has(id)).map((id) => ({
    layer: infoOf.get(id)!,
    items: sortItems(layerFeatures(shown, id).map(listItemOf), sort),
    total: layerFeatures(all, id).length,
  }));
}

function listItemOf(feature: ReturnType<typeof layerFeatures>[number]): ListItem {
  const { properties } = feature;
  const when = 'when' in properties ? properties.when : undefined;
  const kind =
    'kind' in properties ? properties.kind : 'type' in properties ? properties.type : 'border';
  return { id: feature.id, name: properties.name, kind, ...(when ? { when } : {}) };
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** By name; or by date, earliest first, with undated features last (by name). */
export function sortItems(items: ListItem[], sort: ListSort): ListItem[] {
  const rank = nameRanks(items);
  const ranked = items.map((item) => ({ item, rank: rank.get(item.name)! }));
  type Ranked = (typeof ranked)[number];
  const byRank = (a: Ranked, b: Ranked) => a.rank - b.rank;
  ranked.sort(
    sort === 'name'
      ? byRank
      : (a, b) =>
          compareDates(a.item.when, b.item.when) ||
          byRank(a, b) ||
          compareText(a.item.id, b.item.id),
  );
  return ranked.map(({ item }) => item);
}

/**
 * Each distinct name's place in collation order. Collating is slow (half a
 * second for 100,000 names) and large corpora repeat names ("Detention in
 * Mardin"): only the distinct ones are collated.
 */
function nameRanks(items: ListItem[]): Map<string, number> {
  const names = [...new Set(items.map((item) => item.name))].sort(byName.compare);
  return new Map(names.map((name, i) => [name, i]));
}

function compareDates(a: DateSpan | undefined, b: DateSpan | undefined): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  return compareText(a.start, b.start) || compareText(a.end, b.end);
}

/** Code-unit order: ISO dates and ids sort right without a locale's (slower) rules. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
