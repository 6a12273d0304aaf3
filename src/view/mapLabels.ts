/**
 * Which features the map names, and how much each name matters: the label
 * hierarchy of a newsroom map ("show what needs to be shown"). The selected
 * feature first, then the stops of the smuggling route (always named from
 * the zoom that frames the route up), then border towns, cities and regions.
 * Incidents and flows are named by their popups and the list, not on the map.
 */
import { AREA_KINDS } from '../data/kinds';
import type { MapLayers } from './layers';
import { SCALE } from './scale';
import { SYMBOLS, type SymbolKind } from './symbols';

export interface MapLabel {
  id: string;
  text: string;
  lng: number;
  lat: number;
  /** Higher is placed first. */
  priority: number;
  /** Named whatever else must give way (a route stop from the route's zoom up, the selection). */
  required: boolean;
  /** Half the size of the symbol it names: the label keeps clear of it. */
  radius: number;
  /** The label's style: a route stop's name is set bolder than a region's. */
  kind: 'selected' | 'route-stop' | 'border-town' | 'city' | 'region' | 'route';
}

/** The hierarchy, highest first. */
export const LABEL_PRIORITY = {
  selected: 100,
  'route-stop': 50,
  route: 45,
  'border-town': 40,
  city: 30,
  region: 10,
} as const;

const radiusOf = (symbol: SymbolKind) => SYMBOLS[symbol].size / 2;

/**
 * The labels for the features shown. Below `routeZoom` (where the route's
 * stops cannot all be named) its stops give way to one label for the route
 * as a whole, at its middle stop.
 *
 * @example mapLabels(shown, { selected: 'ras-al-ayn', zoom: 8, routeZoom: 8 }).find((l) => l.id === 'ras-al-ayn')?.kind // 'selected'
 */
export function mapLabels(
  shown: MapLayers,
  { selected, zoom, routeZoom }: { selected: string | null; zoom: number; routeZoom: number },
): MapLabel[] {
  const stopIds = new Set(shown.route.flatMap((route) => route.properties.stops));
  // A layer drawn as clusters has no symbol of its own for each place to name.
  const drawnOneByOne = <T>(list: T[]): T[] => (list.length > SCALE.clusterAbove ? [] : list);
  const wholeRoute = zoom < routeZoom;
  // A place with incidents fanned round it is named outside the fan.
  const fans = fanRadii(shown);
  const labels: MapLabel[] = [];
  const add = (
    place: {
      id: string;
      properties: { name: string; markedAt?: { name: string } };
      geometry: { coordinates: number[] };
    },
    kind: Exclude<MapLabel['kind'], 'selected' | 'route'>,
    symbol: SymbolKind,
  ) => {
    const isSelected = place.id === selected;
    const isStop = kind === 'route-stop' || stopIds.has(place.id);
    if (isStop && wholeRoute && !isSelected) return;
    const [lng, lat] = place.geometry.coordinates as [number, number];
    const shownKind = isSelected ? 'selected' : isStop ? 'route-stop' : kind;
    // A region is drawn at its seat: the name says so, so the point is not read as the region's place.
    const markedAt = kind === 'region' ? place.properties.markedAt : undefined;
    labels.push({
      id: place.id,
      text: markedAt ? `${place.properties.name} (at ${markedAt.name})` : place.properties.name,
      lng,
      lat,
      priority: LABEL_PRIORITY[shownKind],
      required: isSelected || isStop,
      radius: Math.max(radiusOf(symbol), fans.get(place.id) ?? 0),
      kind: shownKind,
    });
  };
  for (const place of drawnOneByOne(shown['route-stops'])) add(place, 'route-stop', 'route-stop');
  for (const place of drawnOneByOne(shown['border-towns']))
    add(place, 'border-town', 'border-town');
  for (const place of drawnOneByOne(shown.cities)) add(place, 'city', 'city');
  for (const place of drawnOneByOne(shown.areas))
    // Countries and continents have a gazetteer point, not a place: their names would mislead there.
    if (
      !['country', 'continent'].includes(place.properties.kind) &&
      AREA_KINDS.includes(place.properties.kind)
    )
      add(place, 'region', 'area');
  const [main] = shown.route;
  if (wholeRoute && main) {
    const stops = main.properties.stops;
    const middle = [...shown['route-stops'], ...shown['border-towns'], ...shown.cities].find(
      (place) => place.id === stops[Math.floor(stops.length / 2)],
    );
    if (middle) {
      const [lng, lat] = middle.geometry.coordinates as [number, number];
      labels.push({
        id: `route:${main.id}`,
        text: 'Smuggling route',
        lng,
        lat,
        priority: LABEL_PRIORITY.route,
        required: true,
        radius: radiusOf('route-stop'),
        kind: 'route',
      });
    }
  }
  return labels;
}

/** A symbol on the map that no label may cover: where it is, and half its size. */
export interface LabelObstacle {
  id: string;
  lat: number;
  lng: number;
  radius: number;
}

/**
 * Every symbol drawn one by one: places, route arrows and incidents (an
 * incident fan is covered whole, ring and all). Layers drawn as clusters are
 * left out: their markers change with every move.
 */
export function labelObstacles(shown: MapLayers): LabelObstacle[] {
  const obstacles: LabelObstacle[] = [];
  const point = (coordinates: number[]) => ({ lng: coordinates[0]!, lat: coordinates[1]! });
  const places: [
    keyof MapLayers & ('cities' | 'border-towns' | 'areas' | 'route-stops'),
    SymbolKind,
  ][] = [
    ['cities', 'city'],
    ['border-towns', 'border-town'],
    ['areas', 'area'],
    ['route-stops', 'route-stop'],
  ];
  for (const [list, symbol] of places)
    if (shown[list].length <= SCALE.clusterAbove)
      for (const place of shown[list])
        obstacles.push({
          id: place.id,
          ...point(place.geometry.coordinates),
          radius: radiusOf(symbol),
        });
  for (const route of [...shown.route, ...shown.flows])
    route.properties.arrows.forEach((arrow, i) =>
      obstacles.push({
        id: `${route.id}:arrow-${i}`,
        ...point(arrow.position),
        radius: radiusOf('route-arrow'),
      }),
    );
  // A fan of incidents counts as its place's own symbol: the place's name goes round it.
  const fans = fanRadii(shown);
  const fanned = new Set<string>();
  for (const incident of shown.incidents) {
    const place = incident.properties.place;
    if (fanned.has(place) || !fans.has(place)) continue;
    fanned.add(place);
    obstacles.push({
      id: place,
      ...point(incident.geometry.coordinates),
      radius: fans.get(place)!,
    });
  }
  return obstacles;
}

/**
 * How far from its place each fan of incidents reaches, in pixels: the ring
 * IncidentsLayer draws (20 + 2n px; none for a lone incident) plus a
 * triangle's half. Empty when incidents are drawn as clusters.
 */
function fanRadii(shown: MapLayers): Map<string, number> {
  const counts = new Map<string, number>();
  if (shown.incidents.length > SCALE.clusterAbove) return new Map();
  for (const incident of shown.incidents)
    counts.set(incident.properties.place, (counts.get(incident.properties.place) ?? 0) + 1);
  return new Map(
    [...counts].map(([place, count]) => [
      place,
      (count > 1 ? 20 + 2 * count : 0) + radiusOf('incident'),
    ]),
  );
}
