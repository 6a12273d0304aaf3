/**
 * The names a place finder can recognise, indexed once: GeoNames settlements,
 * country names, and the places already curated in `geo/` under every alias.
 * Pure data in, lookups out, so the CLI, the tests and the benchmark share it.
 */
import type { Box } from './geography';
import { nameKey, skeletonIsDistinctive, skeletonOfVariant, variantOfKey } from './names';

/** One GeoNames settlement (cities1000). */
export interface GazetteerCity {
  geonameId: number;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames feature code: PPLC is a capital, PPLA a first-order seat, PPL a plain settlement… */
  featureCode: string;
  population: number;
  lon: number;
  lat: number;
}

export interface GazetteerCountry {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Every English name, e.g. "Turkey", "Republic of Türkiye". */
  names: readonly string[];
  /** "Turkish", "Syrian": an adjective, but it names the country all the same. */
  demonyms: readonly string[];
}

export interface CountryName {
  code: string;
  demonym: boolean;
}

/** A place already in `geo/places.geojson`. */
export interface KnownPlace {
  id: string;
  name: string;
  aliases: readonly string[];
  kind: string;
  country: string | null;
  /** GeoNames ids that stand for it: its own, and its seat's for a region. */
  geonameIds: readonly number[];
}

export interface AlternateEntry {
  city: GazetteerCity;
  name: string;
  source: string;
}

/** Where a name comes from when GeoNames lists it among a town's alternate names. */
export const GEONAMES_ALTERNATES = 'GeoNames alternate names';

/** Another name a settlement goes by: a GeoNames alternate name, or one from geo/'s cited table. */
export interface AlternateName {
  geonameId: number;
  name: string;
  /** Where the name comes from: "GeoNames alternate names", or the table's cited page. */
  source: string;
}

export interface GazetteerInput {
  cities: readonly GazetteerCity[];
  countries: readonly GazetteerCountry[];
  known: readonly KnownPlace[];
  /** Lower-case English words: a settlement so named needs more than a capital letter. */
  englishWords: ReadonlySet<string>;
  /** The corpus's focus area (geo/focus.json), near which a town is plausible; none without a corpus. */
  focus?: Box | null;
  alternateNames?: readonly AlternateName[];
}

export interface Gazetteer {
  knownByName: ReadonlyMap<string, KnownPlace>;
  knownByGeonameId: ReadonlyMap<number, KnownPlace>;
  citiesById: ReadonlyMap<number, GazetteerCity>;
  /** Countries in geo/, so "US" finds the place curated as "United States". */
  knownCountryByCode: ReadonlyMap<string, KnownPlace>;
  countryByName: ReadonlyMap<string, CountryName>;
  citiesByName: ReadonlyMap<string, GazetteerCity[]>;
  /** By an alternate name, each with the name and where it comes from. */
  citiesByAlternate: ReadonlyMap<string, AlternateEntry[]>;
  /** By the variant key of an alternate name. */
  citiesByAlternateVariant: ReadonlyMap<string, AlternateEntry[]>;
  citiesByVariant: ReadonlyMap<string, GazetteerCity[]>;
  citiesBySkeleton: ReadonlyMap<string, GazetteerCity[]>;
  englishWords: ReadonlySet<string>;
  focus: Box | null;
  /** The most words any indexed name has, so spans longer than this are never looked up. */
  longestNameWords: number;
}

/**
 * Indexes the gazetteer once; lookups are then constant time per span.
 * @example buildGazetteer({ cities, countries, known: [], englishWords: new Set() }).citiesByName.get('adana')
 */
export function buildGazetteer(input: GazetteerInput): Gazetteer {
  let longestNameWords = 1;
  const noteLength = (key: string) => {
    longestNameWords = Math.max(longestNameWords, key.split(' ').length);
  };

  const knownByName = new Map<string, KnownPlace>();
  const knownByGeonameId = new Map<number, KnownPlace>();
  const knownCountryByCode = new Map<string, KnownPlace>();
  for (const place of input.known) {
    for (const name of [place.name, ...place.aliases]) {
      const key = nameKey(name);
      if (key === '' || knownByName.has(key)) continue;
      knownByName.set(key, place);
      noteLength(key);
    }
    for (const id of place.geonameIds) knownByGeonameId.set(id, place);
    if (place.kind === 'country' && place.country) knownCountryByCode.set(place.country, place);
  }

  const countryByName = new Map<string, CountryName>();
  for (const country of input.countries) {
    const names = [
      ...country.names.map((name) => ({ name, demonym: false })),
      ...country.demonyms.map((name) => ({ name, demonym: true })),
    ];
    for (const { name, demonym } of names) {
      const key = nameKey(name);
      if (key === '' || countryByName.has(key)) continue;
      countryByName.set(key, { code: country.code, demonym });
      noteLength(key);
    }
  }

  const citiesByName = new Map<string, GazetteerCity[]>();
  const citiesByVariant = new Map<string, GazetteerCity[]>();
  const citiesBySkeleton = new Map<string, GazetteerCity[]>();
  const citiesById = new Map<number, GazetteerCity>();
  for (const city of input.cities) {
    citiesById.set(city.geonameId, city);
    const key = nameKey(city.name);
    if (key === '') continue;
    append(citiesByName, key, city);
    const variant = variantOfKey(key);
    append(citiesByVariant, variant, city);
    const skeleton = skeletonOfVariant(variant);
    if (skeletonIsDistinctive(skeleton)) append(citiesBySkeleton, skeleton, city);
    noteLength(key);
  }

  const citiesByAlternate = new Map<string, AlternateEntry[]>();
  const citiesByAlternateVariant = new Map<string, AlternateEntry[]>();
  const addEntry = (index: Map<string, AlternateEntry[]>, key: string, entry: AlternateEntry) => {
    const list = index.get(key) ?? [];
    if (list.some((other) => other.city === entry.city)) return;
    list.push(entry);
    index.set(key, list);
  };
  for (const { geonameId, name, source } of input.alternateNames ?? []) {
    const city = citiesById.get(geonameId);
    const key = nameKey(name);
    if (!city || key === '' || citiesByName.get(key)?.includes(city)) continue;
    addEntry(citiesByAlternate, key, { city, name, source });
    addEntry(citiesByAlternateVariant, variantOfKey(key), { city, name, source });
    noteLength(key);
  }

  return {
    knownByName,
    citiesByAlternate,
    citiesByAlternateVariant,
    knownByGeonameId,
    knownCountryByCode,
    citiesById,
    countryByName,
    citiesByName,
    citiesByVariant,
    citiesBySkeleton,
    englishWords: input.englishWords,
    focus: input.focus ?? null,
    longestNameWords: Math.min(longestNameWords, 6),
  };
}

function append<T>(index: Map<string, T[]>, key: string, value: T): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}
