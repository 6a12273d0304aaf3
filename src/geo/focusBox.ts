/**
 * The box round a set of points with a margin in kilometres: how a corpus's
 * focus (geo/focus.json) becomes the view the map opens on.
 */
import bbox from '@turf/bbox';
import { multiPoint } from '@turf/helpers';
import type { Position } from 'geojson';

/** Kilometres in a degree of latitude (and of longitude at the equator). */
const KM_PER_DEGREE = 111.32;

/**
 * [west, south, east, north] of `points`, widened by `marginKm` on every side
 * (longitude degrees shrink towards the poles, so the east–west margin is
 * measured at the box's middle latitude).
 *
 * @example focusBox([[40.73, 36.06], [40.07, 36.85]], 10) // ≈ [39.96, 35.97, 40.84, 36.94]
 */
export function focusBox(
  points: readonly Position[],
  marginKm: number,
): [number, number, number, number] {
  const [west, south, east, north] = bbox(multiPoint(points as Position[])) as [
    number,
    number,
    number,
    number,
  ];
  const dLat = marginKm / KM_PER_DEGREE;
  const middle = ((south + north) / 2) * (Math.PI / 180);
  const dLng = marginKm / (KM_PER_DEGREE * Math.max(Math.cos(middle), 0.01));
  const round = (value: number) => Number(value.toFixed(4));
  return [
    round(Math.max(-180, west - dLng)),
    round(Math.max(-90, south - dLat)),
    round(Math.min(180, east + dLng)),
    round(Math.min(90, north + dLat)),
  ];
}
