/**
 * The built-in basemap, drawn when map tiles cannot be had (offline, blocked,
 * rate-limited): Natural Earth country shapes, borders, coastlines and
 * country labels, made at build time from the `world-atlas` TopoJSON.
 *
 * The whole world comes at 1:110m, which is enough for flows between
 * continents; the corpus's own area comes at 1:10m, cropped to a window round
 * its features, so the Turkey–Syria border is the same line the borders layer
 * draws. Coordinates are rounded to what each scale can show.
 */
import area from '@turf/area';
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import bboxClip from '@turf/bbox-clip';
import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import polylabel from 'polylabel';
import { feature, mesh } from 'topojson-client';
import countryCodes from 'i18n-iso-countries';
import type { BackgroundTown } from './basemapTowns';
import type { CountryLand } from './countryAt';
import type { CountriesTopology } from './countries';

/** [west, south, east, north] */
export type Box = [number, number, number, number];

export interface BasemapLayer {
  /** Each country's land, with its ISO 3166-1 alpha-2 code (null where Natural Earth gives none). */
  land: CountryLand;
  /** Land borders between countries. */
  borders: FeatureCollection<MultiLineString>;
  coast: FeatureCollection<MultiLineString>;
}

export interface CountryLabel {
  name: string;
  /** [lng, lat]: the point of the country's largest part farthest from its edge. */
  position: [number, number];
  /** The lowest zoom at which the label is shown: bigger countries first. */
  minZoom: number;
  /** ISO 3166-1 alpha-2, for keeping the name inside its country; null where Natural Earth gives none. */
  country: string | null;
  /**
   * Other points inside the country, a degree apart, round the corpus only:
   * where the name goes when `position` is out of view (at regional zoom
   * the middle of Turkey is far off screen, its south-east is not).
   */
  anchors: [number, number][];
}

/** A river drawn and named on the basemap: its course, upstream first. */
export interface BasemapRiver {
  id: string;
  name: string;
  line: [number, number][];
}

export interface Basemap {
  /** Natural Earth's terms and the scales used, GeoNames' and GSHHG's, for the map's attribution. */
  attribution: string;
  world: BasemapLayer;
  /** The 1:10m window, drawn over the world layer inside `detailBox`. */
  detail: BasemapLayer;
  detailBox: Box;
  labels: CountryLabel[];
  /** Round the story's focus only (see backgroundTowns): towns, biggest first. */
  towns: BackgroundTown[];
  rivers: BasemapRiver[];
}

/** Degrees of margin round the corpus's bbox for the 1:10m window. */
const DETAIL_MARGIN = 4;

/**
 * @example buildBasemap({ world: countries110m, detail: countries10m, corpusBbox: corpus.bbox }).detailBox
 *   // the corpus bbox grown by 4° each way
 */
export function buildBasemap({
  world,
  detail,
  corpusBbox,
  towns = [],
  rivers = null,
}: {
  world: CountriesTopology;
  detail: CountriesTopology;
  corpusBbox: Box;
  towns?: BackgroundTown[];
  rivers?: { rivers: BasemapRiver[]; attribution: string } | null;
}): Basemap {
  const [west, south, east, north] = corpusBbox;
  const detailBox: Box = [
    Math.max(-180, west - DETAIL_MARGIN),
    Math.max(-85, south - DETAIL_MARGIN),
    Math.min(180, east + DETAIL_MARGIN),
    Math.min(85, north + DETAIL_MARGIN),
  ];
  return {
    attribution: [
      'Built-in basemap: Natural Earth (public domain)',
      ...(towns.length ? ['towns: GeoNames (CC BY 4.0)'] : []),
      ...(rivers?.rivers.length ? [rivers.attribution] : []),
    ].join('; '),
    world: basemapLayer(world, null, 2),
    detail: basemapLayer(detail, detailBox, 3),
    detailBox,
    labels: countryLabels(detail, detailBox),
    towns,
    rivers: rivers?.rivers ?? [],
  };
}

function basemapLayer(
  topology: CountriesTopology,
  box: Box | null,
  decimals: number,
): BasemapLayer {
  const countries = topology.objects.countries;
  const land = feature(topology, countries).features as Feature<Polygon | MultiPolygon>[];
  const withCountry = (item: Feature<Polygon | MultiPolygon>) =>
    ({
      type: 'Feature',
      properties: { country: countryCodes.numericToAlpha2(String(item.id ?? '')) ?? null },
      geometry: item.geometry,
    }) as Feature<Polygon | MultiPolygon, { country: string | null }>;
  const lines = (filter: (a: unknown, b: unknown) => boolean): Feature<MultiLineString>[] => [
    { type: 'Feature', properties: {}, geometry: mesh(topology, countries, filter) },
  ];
  const crop = <G extends Polygon | MultiPolygon | MultiLineString>(items: Feature<G>[]) =>
    items
      .map((item) => (box ? (bboxClip(item, box) as Feature<G>) : item))
      .map((item) => roundFeature(item, decimals))
      .filter((item) => hasCoordinates(item.geometry));
  return {
    land: { type: 'FeatureCollection', features: crop(land.map(withCountry)) } as CountryLand,
    borders: { type: 'FeatureCollection', features: crop(lines((a, b) => a !== b)) },
    coast: { type: 'FeatureCollection', features: crop(lines((a, b) => a === b)) },
  };
}

function roundFeature<G extends Polygon | MultiPolygon | MultiLineString>(
  item: Feature<G>,
  decimals: number,
): Feature<G> {
  const factor = 10 ** decimals;
  const round = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(round) : Math.round((value as number) * factor) / factor;
  return {
    ...item,
    geometry: { ...item.geometry, coordinates: round(item.geometry.coordinates) } as G,
  };
}

function hasCoordinates(geometry: Polygon | MultiPolygon | MultiLineString): boolean {
  return (geometry.coordinates as unknown[]).some((part) => (part as unknown[]).length > 0);
}

/**
 * One label per country at the pole of inaccessibility of its largest part;
 * the zoom it shows from follows that part's size, so small countries wait
 * until there is room for their names.
 */
function countryLabels(topology: CountriesTopology, box: Box): CountryLabel[] {
  const countries = feature(topology, topology.objects.countries).features as Feature<
    Polygon | MultiPolygon,
    { name: string }
  >[];
  return countries
    .filter((country) => country.properties.name)
    .map((country) => {
      const largest = largestPolygon(country.geometry);
      const [lng, lat] = polylabel(largest as [number, number][][], 0.05) as unknown as [
        number,
        number,
      ];
      return {
        name: country.properties.name,
        position: [round(lng, 3), round(lat, 3)] as [number, number],
        minZoom: labelMinZoom(largest),
        country: countryCodes.numericToAlpha2(String(country.id ?? '')) ?? null,
        anchors: interiorAnchors(country, box),
      };
    })
    .sort((a, b) => a.minZoom - b.minZoom || a.name.localeCompare(b.name));
}
/** Whole-degree points inside both the country and the box. */
function interiorAnchors(country: Feature<Polygon | MultiPolygon>, box: Box): [number, number][] {
  const [west, south, east, north] = bbox(country);
  const anchors: [number, number][] = [];
  for (let lng = Math.ceil(Math.max(west, box[0])); lng <= Math.min(east, box[2]); lng++)
    for (let lat = Math.ceil(Math.max(south, box[1])); lat <= Math.min(north, box[3]); lat++)
      if (booleanPointInPolygon([lng, lat], country)) anchors.push([lng, lat]);
  return anchors;
}

const polygonArea = (coordinates: Position[][]) => area({ type: 'Polygon', coordinates });

function largestPolygon(geometry: Polygon | MultiPolygon): Position[][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.reduce((best, polygon) =>
    polygonArea(polygon) > polygonArea(best) ? polygon : best,
  );
}

/** Turkey (about 900 km across) is named from zoom 3, Lebanon (about 100 km) from zoom 5. */
function labelMinZoom(polygon: Position[][]): number {
  const acrossKm = Math.sqrt(polygonArea(polygon)) / 1000;
  return acrossKm > 1500 ? 2 : acrossKm > 400 ? 3 : acrossKm > 150 ? 4 : acrossKm > 60 ? 5 : 6;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
