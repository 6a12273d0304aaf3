/**
 * Where a candidate lies, as evidence that an article means it: a town near
 * the corpus's focus area (geo/focus.json), or near another town the article
 * surely names, is a plausible reading even when the article never names its
 * country — an article about a border names towns on both sides of it and
 * often neither country. A lone namesake far from both is not.
 */
import distance from '@turf/distance';

export type Box = readonly [west: number, south: number, east: number, north: number];

export interface Located {
  lon: number;
  lat: number;
}

/** How far from the focus area a town still belongs to the story's region: the border's length, about. */
export const FOCUS_REACH_KM = 300;
/** How far from a town the article surely names another one is its neighbour. */
export const NEIGHBOUR_KM = 120;

/** Kilometres from the point to the nearest point of the box (0 inside it). */
export function kmFromBox(point: Located, box: Box): number {
  const [west, south, east, north] = box;
  const nearest: [number, number] = [
    Math.min(Math.max(point.lon, west), east),
    Math.min(Math.max(point.lat, south), north),
  ];
  return distance([point.lon, point.lat], nearest);
}

export interface Whereabouts {
  /** The corpus's focus area, when it has one. */
  focus: Box | null;
  /** Towns the article surely names (high confidence), found in a first reading. */
  anchors: readonly (Located & { name: string })[];
}

/** Why the place is plausible by where it is, or null when it is not. */
export function nearbyReason(city: Located, where: Whereabouts): string | null {
  if (where.focus && kmFromBox(city, where.focus) <= FOCUS_REACH_KM)
    return `within ${FOCUS_REACH_KM} km of the corpus's focus area`;
  let nearest: { name: string; km: number } | null = null;
  for (const anchor of where.anchors) {
    const km = distance([city.lon, city.lat], [anchor.lon, anchor.lat]);
    if (km > 0 && km <= NEIGHBOUR_KM && (!nearest || km < nearest.km))
      nearest = { name: anchor.name, km };
  }
  return nearest
    ? `${Math.round(nearest.km)} km from ${nearest.name}, which the article names`
    : null;
}
