/**
 * Country boundaries from Natural Earth (the `world-atlas` TopoJSON), keyed
 * by ISO 3166-1 alpha-2, for checking that a place lies in its country.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { point } from '@turf/helpers';
import pointToLineDistance from '@turf/point-to-line-distance';
import polygonToLine from '@turf/polygon-to-line';
import type {
  Feature,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import countryCodes from 'i18n-iso-countries';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface CountryIndex {
  /** True when the code is a country Natural Earth draws. */
  has(alpha2: string): boolean;
  contains(alpha2: string, position: Position): boolean;
  /** Great-circle distance in km from the position to the country's boundary. */
  distanceToBoundaryKm(alpha2: string, position: Position): number;
  /** The land border two countries share, as drawn by Natural Earth. */
  sharedBorder(alpha2A: string, alpha2B: string): Feature<MultiLineString>;
}

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/**
 * @example createCountryIndex(countries10m).contains('SY', [40.07055, 36.85034]) // true
 */
export function createCountryIndex(topology: CountriesTopology): CountryIndex {
  const collection = feature(topology, topology.objects.countries);
  // Natural Earth gives some codes to several features (Australia and the
  // Ashmore and Cartier Islands are both 036): merge them into one.
  const byNumericCode = new Map<string, Feature<MultiPolygon>>();
  for (const country of collection.features as Feature<Polygon | MultiPolygon>[]) {
    if (country.id === undefined) continue;
    const { geometry } = country;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const known = byNumericCode.get(String(country.id));
    if (known) known.geometry.coordinates.push(...polygons);
    else
      byNumericCode.set(String(country.id), {
        ...country,
        geometry: { type: 'MultiPolygon', coordinates: [...polygons] },
      });
  }
  const polygonOf = (alpha2: string) => {
    const numeric = countryCodes.alpha2ToNumeric(alpha2);
    return numeric === undefined ? undefined : byNumericCode.get(numeric);
  };
  const requirePolygon = (alpha2: string) => {
    const polygon = polygonOf(alpha2);
    if (!polygon) throw new Error(`No Natural Earth boundary for country "${alpha2}"`);
    return polygon;
  };

  return {
    has: (alpha2) => polygonOf(alpha2) !== undefined,
    contains: (alpha2, position) => booleanPointInPolygon(point(position), requirePolygon(alpha2)),
    distanceToBoundaryKm(alpha2, position) {
      const outline = polygonToLine(requirePolygon(alpha2));
      const lines: Feature<LineString | MultiLineString>[] =
        outline.type === 'FeatureCollection' ? outline.features : [outline];
      return Math.min(
        ...lines.flatMap((line) =>
          splitLines(line).map((part) =>
            pointToLineDistance(point(position), part, { units: 'kilometers' }),
          ),
        ),
      );
    },
    sharedBorder(alpha2A, alpha2B) {
      const codes = new Set([
        countryCodes.alpha2ToNumeric(alpha2A),
        countryCodes.alpha2ToNumeric(alpha2B),
      ]);
      const border = mesh(
        topology,
        topology.objects.countries,
        (a, b) => a !== b && codes.has(String(a.id)) && codes.has(String(b.id)),
      );
      return { type: 'Feature', properties: {}, geometry: border };
    },
  };
}

function splitLines(line: Feature<LineString | MultiLineString>): LineString[] {
  return line.geometry.type === 'LineString'
    ? [line.geometry]
    : line.geometry.coordinates.map((coordinates) => ({ type: 'LineString', coordinates }));
}
