/**
 * The list view's rows: every feature the map shows, grouped by layer in the
 * legend's order, so a screen reader user gets everything a sighted one sees.
 */
import type { DateSpan } from '../data/dates';
import { collationRanks } from '../text/collation';
import {
  LAYER_IDS,
  layerFeatures,
  layerSpec,
  type LayerId,
  type LayerInfo,
  type MapLayers,
} from './layers';

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

/**
 * One group per switched-on layer, each sorted; `shown` is `filterLayers`'
 * result. Each layer of `all` is sorted once per order and the shown rows are
 * picked from it, so moving the time range or searching only filters.
 */
export function listGroups(
  all: MapLayers,
  shown: MapLayers,
  infos: readonly LayerInfo[],
  visible: ReadonlySet<LayerId>,
  sort: ListSort,
  ranked?: NameRanks,
): ListGroup[] {
  const infoOf = new Map(infos.map((info) => [info.id, info]));
  return LAYER_IDS.filter((id) => visible.has(id)).map((id) => {
    const sorted = sortedLayer(all, id, sort, ranked);
    // `shown` only ever leaves features out: as many means the same ones.
    const unfiltered = layerSpec(id).members.every(
      (member) => shown[member].length === all[member].length,
    );
    let items = sorted;
    if (!unfiltered) {
      const isShown = new Set(layerFeatures(shown, id).map((feature) => feature.id));
      items = sorted.filter((item) => isShown.has(item.id));
    }
    return { layer: infoOf.get(id)!, items, total: sorted.length };
  });
}

type LayerFeature = ReturnType<typeof layerFeatures>[number];

/** Each layer's rows in each order, worked out once per set of layers (a corpus, with its imports). */
const sortedLayers = new WeakMap<MapLayers, Map<string, ListItem[]>>();

function sortedLayer(all: MapLayers, id: LayerId, sort: ListSort, ranked?: NameRanks): ListItem[] {
  let sorted = sortedLayers.get(all);
  if (!sorted) sortedLayers.set(all, (sorted = new Map()));
  const key = `${id} ${sort}`;
  let items = sorted.get(key);
  if (!items)
    sorted.set(key, (items = sortItems(layerFeatures(all, id).map(listItemOf), sort, ranked)));
  return items;
}

function listItemOf(feature: LayerFeature): ListItem {
  const { properties } = feature;
  const when = 'when' in properties ? properties.when : undefined;
  const kind =
    'kind' in properties ? properties.kind : 'type' in properties ? properties.type : 'border';
  return { id: feature.id, name: properties.name, kind, ...(when ? { when } : {}) };
}

/**
 * By name; or by date, earliest first, with undated features last (by
 * name, then id). Names and dates repeat in large corpora ("Detention in
 * Mardin"), so each distinct one is ranked once and the rows are sorted by
 * their ranks as numbers, natively: 100,000 rows in milliseconds, where
 * comparing them pairwise took a fifth of a second.
 */
export function sortItems(
  items: readonly ListItem[],
  sort: ListSort,
  ranked?: NameRanks,
): ListItem[] {
  const count = items.length;
  const nameRankAt = namesRanked(items, ranked);
  const names = nameRankAt.reduce((max, rank) => Math.max(max, rank + 1), 0);
  const rankAt = new Float64Array(count);
  if (sort === 'date') {
    const dateRankAt = datesRanked(items);
    items.forEach((_, i) => (rankAt[i] = dateRankAt[i]! * names + nameRankAt[i]!));
  } else rankAt.set(nameRankAt);
  const order = byRank(rankAt);
  // By date, rows of the same date and name are put in id order; by name they stay as given.
  for (let from = 0; sort === 'date' && from < count;) {
    let to = from + 1;
    while (to < count && rankAt[order[to]!] === rankAt[order[from]!]) to++;
    if (to - from > 1) {
      const run = order.slice(from, to).sort((a, b) => compareText(items[a]!.id, items[b]!.id));
      for (let k = 0; k < run.length; k++) order[from + k] = run[k]!;
    }
    from = to;
  }
  return order.map((i) => items[i]!);
}

/**
 * Names already ranked in collation order, by feature id: `npm run check`
 * ranks the incidents' (corpus.json's `incidentNameRanks`).
 */
export interface NameRanks {
  get(id: string): number | undefined;
}

/** Each row's name's rank: as given when every row has one, else collated here. */
function namesRanked(items: readonly ListItem[], ranked?: NameRanks): Float64Array {
  const given = new Float64Array(items.length);
  if (
    ranked &&
    items.every((item, i) => {
      const rank = ranked.get(item.id);
      if (rank === undefined) return false;
      given[i] = rank;
      return true;
    })
  )
    return given;
  const rank = collationRanks(items.map((item) => item.name));
  return Float64Array.from(items, (item) => rank.get(item.name)!);
}

/**
 * Each row's date's rank, earliest first, undated last. Incidents of one
 * day share one span object (the corpus reads each date once), so spans are
 * told apart by identity first and compared only once each.
 */
function datesRanked(items: readonly ListItem[]): Float64Array {
  const spans = new Map<DateSpan, number>();
  for (const item of items) if (item.when) spans.set(item.when, 0);
  const sorted = [...spans.keys()].sort(
    (a, b) => compareText(a.start, b.start) || compareText(a.end, b.end),
  );
  sorted.forEach((span, i) => {
    const previous = sorted[i - 1];
    const same = previous && previous.start === span.start && previous.end === span.end;
    spans.set(span, same ? spans.get(previous)! : i);
  });
  return Float64Array.from(items, (item) => (item.when ? spans.get(item.when)! : sorted.length));
}

/** Positions in order of their rank, equal ranks in position order. */
function byRank(rankAt: Float64Array): number[] {
  const count = rankAt.length;
  const maxRank = rankAt.reduce((max, rank) => Math.max(max, rank), 0);
  // Rank × count + position, sorted as numbers: exact while it stays below 2^53.
  if ((maxRank + 1) * count <= Number.MAX_SAFE_INTEGER) {
    const keys = rankAt.map((rank, i) => rank * count + i);
    keys.sort();
    return Array.from(keys, (key) => key % count);
  }
  return Array.from(rankAt.keys()).sort((a, b) => rankAt[a]! - rankAt[b]! || a - b);
}

/** Code-unit order: ISO dates and ids sort right without a locale's (slower) rules. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
