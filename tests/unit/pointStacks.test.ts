import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { stackByPosition } from '../../src/view/pointStacks';

const at = (id: string, lng: number, lat: number): Feature<Point> & { id: string } => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [lng, lat] },
  properties: {},
});

describe('stackByPosition', () => {
  it('gathers features at exactly the same position, in input order', () => {
    const features = [
      at('a', 40.1, 36.5),
      at('b', 39.0, 36.8),
      at('c', 40.1, 36.5),
      at('d', 40.1, 36.6),
    ];
    const stacks = stackByPosition(features);
    expect(stacks.map((stack) => stack.members.map((feature) => feature.id))).toEqual([
      ['a', 'c'],
      ['b'],
      ['d'],
    ]);
    expect(stacks[0]).toMatchObject({ lng: 40.1, lat: 36.5 });
  });

  it('keeps apart positions that share a longitude or a latitude only', () => {
    const stacks = stackByPosition([at('a', 40, 36), at('b', 40, 37), at('c', 41, 36)]);
    expect(stacks).toHaveLength(3);
  });

  it('loses no feature and counts each once', () => {
    const features = Array.from({ length: 500 }, (_, i) => at(`f${i}`, i % 7, i % 11));
    const stacks = stackByPosition(features);
    expect(stacks).toHaveLength(77);
    expect(stacks.flatMap((stack) => stack.members)).toHaveLength(500);
    expect(new Set(stacks.flatMap((stack) => stack.members))).toEqual(new Set(features));
  });

  it('makes nothing of nothing', () => {
    expect(stackByPosition([])).toEqual([]);
  });
});
