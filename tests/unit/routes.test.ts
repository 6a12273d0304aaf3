import { describe, expect, it } from 'vitest';
import { routeGeometry } from '../../src/geo/routes';

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
