import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledCorpus } from '../../src/data/compiled';
import { focusBox } from '../../src/geo/focusBox';
import { checkDefaultCorpus } from './fixtureCorpus';

let corpus: CompiledCorpus;
beforeAll(async () => {
  corpus = (await checkDefaultCorpus()).corpus!;
});

const inside = ([west, south, east, north]: number[], [lng, lat]: number[]) =>
  lng! >= west! && lng! <= east! && lat! >= south! && lat! <= north!;

describe('the corpus’s focus', () => {
  it('widens the box round its points by the margin, in kilometres on the ground', () => {
    const [west, south, east, north] = focusBox(
      [
        [40.0, 36.0],
        [41.0, 37.0],
      ],
      11.132,
    );
    expect(south).toBeCloseTo(35.9, 4);
    expect(north).toBeCloseTo(37.1, 4);
    // At 36.5° N a degree of longitude is 0.804 of one at the equator: the margin is wider in degrees.
    expect(40.0 - west).toBeCloseTo(0.1 / Math.cos((36.5 * Math.PI) / 180), 3);
    expect(east - 41.0).toBeCloseTo(0.1 / Math.cos((36.5 * Math.PI) / 180), 3);
  });

  it('frames every stop of the smuggling route, and not the flows’ far ends', () => {
    const stops = new Set(
      corpus.routes.features
        .filter((route) => route.properties.kind === 'smuggling route')
        .flatMap((route) => route.properties.stops),
    );
    expect(stops.size).toBe(7);
    for (const place of corpus.places.features)
      if (stops.has(place.id))
        expect(inside(corpus.focus, place.geometry.coordinates), place.id).toBe(true);
    const raqqa = corpus.places.features.find((place) => place.id === 'raqqa')!;
    expect(inside(corpus.focus, raqqa.geometry.coordinates)).toBe(false);
  });
});
