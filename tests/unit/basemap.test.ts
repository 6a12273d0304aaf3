import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { point } from '@turf/helpers';
import { coordAll } from '@turf/meta';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import { describe, expect, it } from 'vitest';
import { buildBasemap } from '../../src/geo/basemap';
import type { CountriesTopology } from '../../src/geo/countries';
import { createCountryLocator } from '../../src/geo/countryAt';

const load = (scale: string) =>
  JSON.parse(
    readFileSync(
      createRequire(import.meta.url).resolve(`world-atlas/countries-${scale}.json`),
      'utf8',
    ),
  ) as CountriesTopology;

const CORPUS_BBOX: [number, number, number, number] = [28.95, 35.93, 68.78, 41.28];
const basemap = buildBasemap({ world: load('110m'), detail: load('10m'), corpusBbox: CORPUS_BBOX });

describe('the built-in basemap', () => {
  it('draws the corpus area at 1:10m in a window 4° wider than its features', () => {
    expect(basemap.detailBox).toEqual([24.95, 31.93, 72.78, 45.28]);
    const [west, south, east, north] = basemap.detailBox;
    for (const part of [basemap.detail.land, basemap.detail.borders, basemap.detail.coast]) {
      const positions = coordAll(part);
      expect(positions.length).toBeGreaterThan(1000);
      for (const [lng, lat] of positions) {
        expect(
          lng! >= west - 1e-9 &&
            lng! <= east + 1e-9 &&
            lat! >= south - 1e-9 &&
            lat! <= north + 1e-9,
        ).toBe(true);
      }
    }
  });

  it('has the Turkey–Syria border where the borders layer has it: Ras al-Ayn lies on it', () => {
    const rasAlAyn = point([40.07055, 36.85034]);
    const km = Math.min(
      ...basemap.detail.borders.features.map(
        (line) => nearestPointOnLine(line, rasAlAyn, { units: 'kilometers' }).properties.dist,
      ),
    );
    expect(km).toBeLessThan(0.5);
  });

  it('covers the whole world more coarsely, for flows between continents', () => {
    const longitudes = coordAll(basemap.world.land).map(([lng]) => lng!);
    expect(Math.min(...longitudes)).toBeLessThan(-170);
    expect(Math.max(...longitudes)).toBeGreaterThan(170);
  });

  it('names countries inside themselves, big ones from lower zooms than small ones', () => {
    const label = (name: string) => basemap.labels.find((candidate) => candidate.name === name)!;
    expect(label('Turkey').minZoom).toBeLessThan(label('Lebanon').minZoom);
    const [lng, lat] = label('Syria').position;
    expect(lng > 35.7 && lng < 42.4 && lat > 32.3 && lat < 37.3).toBe(true);
    expect(basemap.labels.length).toBeGreaterThan(200);
  });

  it('gives countries round the corpus points inside them for their name, and knows which country a point is in', () => {
    const countryAt = createCountryLocator(basemap.detail.land);
    const turkey = basemap.labels.find((label) => label.name === 'Turkey')!;
    expect(turkey.country).toBe('TR');
    expect(turkey.anchors).toContainEqual([40, 38]);
    for (const [lng, lat] of turkey.anchors) expect(countryAt(lng, lat)).toBe('TR');
    // Ceylanpınar's side of the border, and Ras al-Ayn's.
    expect(countryAt(40.07, 36.95)).toBe('TR');
    expect(countryAt(40.07, 36.75)).toBe('SY');
  });

  it('credits Natural Earth', () => {
    expect(basemap.attribution).toContain('Natural Earth');
  });
});
