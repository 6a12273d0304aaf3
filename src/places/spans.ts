/**
 * Finding the spans of an article that a gazetteer knows: at each capitalised
 * word, the longest run of words that is a curated place, a country, a region
 * or a settlement, under the strictest key that matches.
 */
import { distance } from 'fastest-levenshtein';
import type { AlternateEntry, Gazetteer, GazetteerCity, KnownPlace } from './gazetteer';
import { nameKey, skeletonIsDistinctive, skeletonOfVariant, variantOfKey } from './names';
import { NAME_CONNECTORS, REGION_WORDS } from './vocabulary';
import { adjacent, type Word } from './words';

/** How loosely the span's spelling matched the gazetteer's. */
export type MatchedBy = 'name' | 'alternate' | 'variant' | 'skeleton';

export interface KnownMeaning {
  kind: 'known';
  place: KnownPlace;
}
export interface SettlementMeaning {
  kind: 'settlement';
  /** Every gazetteer settlement so spelled; which one is meant is judged later. */
  cities: GazetteerCity[];
  by: MatchedBy;
  /** The alternate name matched, and where it comes from ("GeoNames alternate names", or a cited page). */
  alternate?: { name: string; source: string };
}
export type SpanMeaning =
  | KnownMeaning
  | SettlementMeaning
  | { kind: 'country'; code: string; demonym: boolean }
  | { kind: 'region'; seat: KnownMeaning | SettlementMeaning };

/** Letters a consonant-only match may differ by: vowels, not whole syllables. */
const MAX_SKELETON_EDITS = 2;

export interface SpanMatch {
  /** Word indices: words[from] … words[to - 1]. */
  from: number;
  to: number;
  meaning: SpanMeaning;
}

export interface ScanOptions {
  /** Only curated places and countries: the first pass, which learns the article's countries. */
  namesOnly?: boolean;
  /** Countries the article is about; a consonant-only match is trusted nowhere else. */
  context?: ReadonlySet<string>;
  /**
   * Could the article mean this settlement (in its countries, or near its
   * story)? An exact namesake that could not ("Mansura", in the US) gives
   * way to a looser spelling that could (Al Manşūrah, by the Euphrates).
   */
  plausible?: (city: GazetteerCity) => boolean;
}

/** Scans an article once, left to right, never matching a word twice. */
export function scanSpans(
  text: string,
  words: readonly Word[],
  gazetteer: Gazetteer,
  options: ScanOptions = {},
): SpanMatch[] {
  const matches: SpanMatch[] = [];
  for (let from = 0; from < words.length;) {
    const match = words[from]!.capitalised
      ? longestMatchAt(text, words, from, gazetteer, options)
      : null;
    if (match) matches.push(match);
    from = match ? match.to : from + 1;
  }
  return matches;
}

function longestMatchAt(
  text: string,
  words: readonly Word[],
  from: number,
  gazetteer: Gazetteer,
  options: ScanOptions,
): SpanMatch | null {
  let limit = from + 1;
  while (
    limit < words.length &&
    limit - from < gazetteer.longestNameWords &&
    adjacent(text, words[limit - 1]!, words[limit]!)
  )
    limit++;
  const spanKey = (to: number) =>
    words
      .slice(from, to)
      .map((word) => word.key)
      .join(' ');

  // Longest first, and at each length the loosest key last: "Tell Abyad"
  // (consonants of "Tall Abyaḑ") beats "Tell" (a village in Honduras).
  for (let to = limit; to > from; to--) {
    const span = words.slice(from, to);
    const meaning = meaningOf(spanKey(to), span, gazetteer, options);
    if (meaning) return { from, to, meaning };
    if (options.namesOnly || !options.context || !nameShaped(span)) continue;
    if (isEnglishWord(spanKey(to), gazetteer)) continue;
    const cities = bySkeleton(spanKey(to), gazetteer, options.context);
    if (cities.length > 0)
      return { from, to, meaning: { kind: 'settlement', cities, by: 'skeleton' } };
  }
  return null;
}

/** A town that seats a division (GeoNames PPLA–PPLA5) or a country (PPLC). */
const isSeat = (city: GazetteerCity) => /^PPL(A\d?|C)$/.test(city.featureCode);

function meaningOf(
  key: string,
  span: readonly Word[],
  gazetteer: Gazetteer,
  options: ScanOptions,
): SpanMeaning | null {
  const place = gazetteer.knownByName.get(key);
  if (place) return { kind: 'known', place };
  if (!nameShaped(span)) return null;
  const country = gazetteer.countryByName.get(key);
  if (country) return { kind: 'country', ...country };
  if (options.namesOnly) return null;
  const last = span[span.length - 1]!;
  if (span.length > 1 && REGION_WORDS.has(last.text.toLowerCase())) {
    const seatKey = key.slice(0, key.lastIndexOf(' '));
    const seat = gazetteer.knownByName.get(seatKey);
    if (seat) return { kind: 'region', seat: { kind: 'known', place: seat } };
    // Named after its seat: a town that seats a division (or a country), not any namesake.
    const named = bySettlementName(seatKey, gazetteer, isSeat);
    const seats = named?.cities.filter(isSeat);
    return named && seats?.length ? { kind: 'region', seat: { ...named, cities: seats } } : null;
  }
  return bySettlementName(key, gazetteer, options.plausible);
}

/**
 * The settlements so named: by GeoNames name, then by an alternate name,
 * then by a looser spelling — the first reading with a settlement the
 * article could mean (`plausible`), else the first there is. An exact namesake the article
 * could not mean ("Mansura", in the US) gives way to a looser spelling it
 * could (Al Manşūrah, by the Euphrates).
 */
function bySettlementName(
  key: string,
  gazetteer: Gazetteer,
  plausible?: (city: GazetteerCity) => boolean,
): SettlementMeaning | null {
  const english = isEnglishWord(key, gazetteer);
  const variantKey = variantOfKey(key);
  const readings: SettlementMeaning[] = [
    ...listed(gazetteer.citiesByName.get(key), 'name'),
    ...byAlternate(gazetteer.citiesByAlternate.get(key), 'alternate'),
    ...(english
      ? []
      : [
          ...listed(gazetteer.citiesByVariant.get(variantKey), 'variant'),
          ...byAlternate(gazetteer.citiesByAlternateVariant.get(variantKey), 'variant'),
        ]),
  ];
  // All of the reading's namesakes go to the judge, which weighs them and says why.
  return (
    (plausible && readings.find((reading) => reading.cities.some(plausible))) || readings[0] || null
  );
}

function listed(cities: GazetteerCity[] | undefined, by: MatchedBy): SettlementMeaning[] {
  return cities ? [{ kind: 'settlement', cities, by }] : [];
}

/** One reading per alternate name matched, so the reason can name it and its source. */
function byAlternate(entries: AlternateEntry[] | undefined, by: MatchedBy): SettlementMeaning[] {
  if (!entries) return [];
  const { name, source } = entries[0]!;
  return [
    {
      kind: 'settlement',
      cities: entries.map((entry) => entry.city),
      by,
      alternate: { name, source },
    },
  ];
}

function bySkeleton(
  key: string,
  gazetteer: Gazetteer,
  context: ReadonlySet<string>,
): GazetteerCity[] {
  const variant = variantOfKey(key);
  const skeleton = skeletonOfVariant(variant);
  if (!skeletonIsDistinctive(skeleton)) return [];
  // Same consonants is weak evidence: keep only names that also start alike
  // and differ by a couple of vowels ("Tell Tamer" / "Tall Tamr").
  return (gazetteer.citiesBySkeleton.get(skeleton) ?? []).filter((city) => {
    const cityVariant = variantOfKey(nameKey(city.name));
    return (
      context.has(city.country) &&
      cityVariant[0] === variant[0] &&
      distance(cityVariant, variant) <= MAX_SKELETON_EDITS
    );
  });
}

/** "Border" may be a place spelled exactly so, never one spelled loosely like it (Burdur). */
function isEnglishWord(key: string, gazetteer: Gazetteer): boolean {
  return !key.includes(' ') && gazetteer.englishWords.has(key);
}

/**
 * Starts and ends with a capitalised word (or a region word), with nothing
 * but capitalised words and name connectors ("al", "de", "upon") between.
 */
function nameShaped(span: readonly Word[]): boolean {
  const last = span[span.length - 1]!;
  const ends = last.capitalised || (span.length > 1 && REGION_WORDS.has(last.text.toLowerCase()));
  return (
    span[0]!.capitalised &&
    ends &&
    span
      .slice(1, -1)
      .every((word) => word.capitalised || NAME_CONNECTORS.has(word.text.toLowerCase()))
  );
}
