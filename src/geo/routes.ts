/**
 * Route geometry built from its stops, so each coordinate lives in one place
 * (the place feature) and a route can never drift from the places it joins.
 */
import distance from '@turf/distance';
import greatCircle from '@turf/great-circle';
import rhumbBearing from '@turf/rhumb-bearing';
import type { LineString, MultiLineString, Position } from 'geojson';

/**
 * Legs longer than this are drawn as great-circle arcs. Shorter ones are
 * straight: at that scale an arc is indistinguishable from a line.
 */
export const ARC_THRESHOLD_KM = 300;
const ARC_POINTS = 64;

export interface LegArrow {
  /** [longitude, latitude] at the middle of the leg as drawn. */
  position: Position;
  /** Direction of travel on a Mercator map there, degrees clockwise from north. */
  bearingDeg: number;
}

export interface RouteGeometry {
  /** A MultiLineString only when an arc has to be split at the antimeridian. */
  line: LineString | MultiLineString;
  /** Great-circle length of each leg, stop i → stop i+1, in km (0.1 km). */
  legsKm: number[];
  totalKm: number;
  /** One per leg, for the direction arrows. */
  arrows: LegArrow[];
  /** True when at least one leg is a great-circle arc. */
  hasArcs: boolean;
}

/**
 * @example routeGeometry([[40.73, 36.06], [40.75, 36.50]]).legsKm // [48.9]
 */
export function routeGeometry(stops: readonly Position[]): RouteGeometry {
  const legs = stops.slice(1).map((to, i) => legGeometry(stops[i]!, to));
  const legsKm = legs.map((leg) => leg.km);
  const parts = joinLegs(legs.flatMap((leg) => leg.parts));
  return {
    line:
      parts.length === 1
        ? { type: 'LineString', coordinates: parts[0]! }
        : { type: 'MultiLineString', coordinates: parts },
    legsKm,
    totalKm: roundKm(legsKm.reduce((sum, leg) => sum + leg, 0)),
    arrows: legs.map((leg) => leg.arrow),
    hasArcs: legs.some((leg) => leg.arc),
  };
}

/** Each leg as drawn (one part, or two where an arc crosses the antimeridian), for measuring against borders. */
export function legLines(stops: readonly Position[]): Position[][][] {
  return stops.slice(1).map((to, i) => legGeometry(stops[i]!, to).parts);
}

interface Leg {
  km: number;
  arc: boolean;
  parts: Position[][];
  arrow: LegArrow;
}

function legGeometry(from: Position, to: Position): Leg {
  const a = [from[0]!, from[1]!];
  const b = [to[0]!, to[1]!];
  const km = roundKm(distance(a, b, { units: 'kilometers' }));
  if (km <= ARC_THRESHOLD_KM) {
    return {
      km,
      arc: false,
      parts: [[a, b]],
      arrow: {
        position: [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2],
        bearingDeg: rhumbBearing(a, b),
      },
    };
  }
  const arc = greatCircle(a, b, { npoints: ARC_POINTS }).geometry;
  const parts = arc.type === 'LineString' ? [arc.coordinates] : arc.coordinates;
  const all = parts.flat();
  const middle = Math.floor(all.length / 2);
  return {
    km,
    arc: true,
    parts,
    arrow: { position: all[middle]!, bearingDeg: rhumbBearing(all[middle - 1]!, all[middle + 1]!) },
  };
}

/** Consecutive legs share their stop, so they join into one line unless an arc was split. */
function joinLegs(parts: Position[][]): Position[][] {
  const joined: Position[][] = [];
  for (const part of parts) {
    const last = joined.at(-1);
    const end = last?.at(-1);
    if (last && end && end[0] === part[0]![0] && end[1] === part[0]![1])
      last.push(...part.slice(1));
    else joined.push([...part]);
  }
  return joined;
}

function roundKm(km: number): number {
  return Math.round(km * 10) / 10;
}
