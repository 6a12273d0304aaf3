/**
 * Where routes meet the reference borders, measured once at check time so the
 * app ships numbers, not a geometry library: how far a place lies from a
 * border, and where a drawn leg crosses one.
 */
import { lineString, multiLineString, point } from '@turf/helpers';
import lineIntersect from '@turf/line-intersect';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';

export interface NearestBorder {
  border: string;
  name: string;
  /** Great-circle distance to the border line, km (0.1 km). */
  km: number;
  /** The nearest point of the border line: computed, never a reported crossing. */
  position: Position;
}

export interface BorderCrossing {
  /** Index of the leg (stop i → stop i + 1) that crosses. */
  leg: number;
  border: string;
  name: string;
  /** Where the leg as drawn meets the border line. */
  position: Position;
}

/** A reference border as geometry needs it: any feature with an id, a name and a line. */
export interface BorderLine {
  id: string;
  properties: { name: string };
  geometry: LineString | MultiLineString;
}

const round = (value: number, places: number) => Number(value.toFixed(places));
const roundPosition = (position: Position) => [round(position[0]!, 5), round(position[1]!, 5)];

/** The reference border closest to `position`, or null when there is none. */
export function nearestBorder(
  position: Position,
  borders: readonly BorderLine[],
): NearestBorder | null {
  let best: NearestBorder | null = null;
  for (const border of borders) {
    const nearest = nearestPointOnLine(border.geometry, point(position), { units: 'kilometers' });
    const km = nearest.properties.dist;
    if (best === null || km < best.km)
      best = {
        border: border.id,
        name: border.properties.name,
        km: round(km, 1),
        position: roundPosition(nearest.geometry.coordinates),
      };
  }
  return best;
}

/** Every point where a leg, as drawn, crosses a reference border. */
export function borderCrossings(
  legs: readonly Position[][][],
  borders: readonly BorderLine[],
): BorderCrossing[] {
  return legs.flatMap((parts, leg) => {
    const line: Feature<LineString | MultiLineString> =
      parts.length === 1 ? lineString(parts[0]!) : multiLineString(parts);
    return borders.flatMap((border) =>
      lineIntersect(line, border.geometry).features.map((crossing) => ({
        leg,
        border: border.id,
        name: border.properties.name,
        position: roundPosition(crossing.geometry.coordinates),
      })),
    );
  });
}
