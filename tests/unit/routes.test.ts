import { describe, expect, it } from 'vitest';
import { ARC_THRESHOLD_KM, routeGeometry } from '../../src/geo/routes';

describe('routeGeometry', () => {
  it('joins the stops in order and measures each leg along the great circle', () => {
    // One degree of longitude on the equator is 111.2 km on Turf's mean earth radius.
    const route = routeGeometry([
      [0, 0],
      [1, 0],
      [1, 1],
    ]);
    expect(route.line).toEqual({
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 0],
        [1, 1],
      ],
    });
    expect(route.legsKm).toEqual([111.2, 111.2]);
    expect(route.totalKm).toBe(222.4);
  });
});

describe('routeGeometry of long flows', () => {
  // Ankara → Brussels, about 2,250 km.
  const flow = routeGeometry([
    [32.85, 39.92],
    [4.35, 50.85],
  ]);

  it('draws a leg longer than the threshold as a great-circle arc, not a straight line', () => {
    expect(flow.hasArcs).toBe(true);
    const coordinates = flow.line.coordinates as number[][];
    expect(coordinates.length).toBeGreaterThan(ARC_THRESHOLD_KM / 100);
    expect(coordinates[0]).toEqual([32.85, 39.92]);
    expect(coordinates.at(-1)![0]).toBeCloseTo(4.35, 6);
    // A great circle between these points bows north of the straight line's middle.
    const middle = coordinates[Math.floor(coordinates.length / 2)]!;
    expect(middle[1]).toBeGreaterThan((39.92 + 50.85) / 2);
  });

  it('puts the direction arrow on the arc, pointing the way of travel', () => {
    const [arrow] = flow.arrows;
    expect(arrow!.bearingDeg).toBeLessThan(-30); // north-west, from Ankara to Brussels
    expect(arrow!.bearingDeg).toBeGreaterThan(-90);
  });

  it('keeps short legs straight', () => {
    const short = routeGeometry([
      [40.73478, 36.05756],
      [40.74772, 36.50237],
    ]);
    expect(short.hasArcs).toBe(false);
    expect(short.line.coordinates).toHaveLength(2);
  });
});
