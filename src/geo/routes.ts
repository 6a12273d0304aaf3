/**
 * Route geometry built from its stops, so each coordinate lives in one place
 * (the place feature) and a route can never drift from the towns it joins.
 */
import distance from '@turf/distance';
import type { LineString, Position } from 'geojson';

export interface RouteGeometry {
  line: LineString;
  /** Great-circle length of each leg, stop i → stop i+1, in km (0.1 km). */
  legsKm: number[];
  totalKm: number;
}

/**
 * @example routeGeometry([[40.73, 36.06], [40.75, 36.50]]).legsKm // [48.9]
 */
export function routeGeometry(stops: readonly Position[]): RouteGeometry {
  const legsKm = stops
    .slice(1)
    .map((to, i) => roundKm(distance(stops[i]!, to, { units: 'kilometers' })));
  return {
    line: {
      type: 'LineString',
      coordinates: stops.map((position) => [position[0]!, position[1]!]),
    },
    legsKm,
    totalKm: roundKm(legsKm.reduce((sum, leg) => sum + leg, 0)),
  };
}

function roundKm(km: number): number {
  return Math.round(km * 10) / 10;
}
