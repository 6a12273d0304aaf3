/**
 * Point features gathered by exact position. Incidents are placed at the
 * town the text names, so a large corpus has far fewer positions than
 * incidents (100,000 synthetic incidents fall on 2,000 towns): clustering the
 * positions, each carrying its count, takes fifty times fewer points. (A
 * cluster's centre then weighs each town once, not by its incidents.)
 */
import type { Feature, Point } from 'geojson';

export interface PointStack<F> {
  lng: number;
  lat: number;
  /** In the order of the input. */
  members: F[];
}

/** The stacks in the order their first member comes in `features`. */
export function stackByPosition<F extends Feature<Point>>(features: readonly F[]): PointStack<F>[] {
  // Nested maps keyed by number: no string key built per feature.
  const byLng = new Map<number, Map<number, PointStack<F>>>();
  const stacks: PointStack<F>[] = [];
  for (const feature of features) {
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    let byLat = byLng.get(lng);
    if (!byLat) byLng.set(lng, (byLat = new Map()));
    let stack = byLat.get(lat);
    if (!stack) {
      stack = { lng, lat, members: [] };
      byLat.set(lat, stack);
      stacks.push(stack);
    }
    stack.members.push(feature);
  }
  return stacks;
}
