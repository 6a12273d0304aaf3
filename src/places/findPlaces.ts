/**
 * The place finder: every settlement, region and country an article names,
 * each resolved to one gazetteer entry (or a place already in geo/) with how
 * sure it is and why, and the sentence that becomes its draft excerpt.
 */
import type { Gazetteer, GazetteerCity, KnownPlace } from './gazetteer';
import {
  atMost,
  judgeSettlement,
  moreConfident,
  notable,
  type Confidence,
  type JudgeContext,
} from './judge';
import { nameKey } from './names';
import { scanSpans, type SpanMatch, type SpanMeaning } from './spans';
import {
  CALENDAR_WORDS,
  FUNCTION_WORDS,
  NAME_CONNECTORS,
  PERSONAL_TITLES,
  PLACE_QUALIFIERS,
  REGION_WORDS,
} from './vocabulary';
import { adjacent, Sentences, wordsOf, type Word } from './words';

export type { Confidence } from './judge';
export type CandidateKind = 'settlement' | 'region' | 'country' | 'continent';

export interface PlaceCandidate {
  /** The first spelling found, exactly as in the article. */
  spelling: string;
  /** Every spelling the article uses for it. */
  spellings: string[];
  mentions: number;
  /** UTF-16 offsets of the first mention. */
  start: number;
  end: number;
  /** The sentence of the first mention, verbatim: the draft excerpt. */
  sentence: string;
  kind: CandidateKind;
  /** The GeoNames settlement chosen: the place itself, or a region's seat. */
  gazetteer: GazetteerCity | null;
  /** ISO 3166-1 alpha-2, null for a continent. */
  country: string | null;
  /** Its id in geo/ when it is already mapped. */
  known: string | null;
  confidence: Confidence;
  why: string;
}

/** A gazetteer name the article uses for something other than a place. */
export interface Rejection {
  spelling: string;
  start: number;
  end: number;
  reason: string;
}

export interface PlaceFinding {
  candidates: PlaceCandidate[];
  rejected: Rejection[];
  /** Countries the article names or is plainly about, which settle ambiguous names. */
  countries: string[];
}

interface Resolved {
  identity: string;
  candidate: Omit<
    PlaceCandidate,
    'spelling' | 'spellings' | 'mentions' | 'start' | 'end' | 'sentence'
  >;
}

/**
 * @example findPlaces('Smugglers cross at Tall Tamr, in Syria.', gazetteer).candidates.map((c) => c.spelling) // ['Tall Tamr', 'Syria']
 */
export function findPlaces(text: string, gazetteer: Gazetteer): PlaceFinding {
  const words = wordsOf(text);
  const context: JudgeContext = {
    countries: countriesNamed(text, words, gazetteer),
    knownByGeonameId: gazetteer.knownByGeonameId,
  };
  const sentences = new Sentences(text);
  const byIdentity = new Map<string, PlaceCandidate>();
  const rejected: Rejection[] = [];

  for (const match of scanSpans(text, words, gazetteer, { context: context.countries })) {
    const [start, end] = [words[match.from]!.start, words[match.to - 1]!.end];
    const spelling = text.slice(start, end);
    if (isLoneFunctionWord(words, match)) continue;
    const reason = rejectionOf(text, words, match, gazetteer, context.countries);
    if (reason) {
      rejected.push({ spelling, start, end, reason });
      continue;
    }
    const { identity, candidate } = resolve(match.meaning, spelling, context, gazetteer);
    const follower = nameAfter(text, words, match.to);
    if (
      follower &&
      candidate.known === null &&
      candidate.kind === 'settlement' &&
      !notable(candidate.gazetteer!)
    ) {
      candidate.confidence = 'low';
      candidate.why += `; followed by “${follower}”, so perhaps part of a person’s or an organisation’s name`;
    }
    const seen = byIdentity.get(identity);
    if (seen) {
      seen.mentions++;
      if (moreConfident(candidate.confidence, seen.confidence))
        Object.assign(seen, { confidence: candidate.confidence, why: candidate.why });
      if (!seen.spellings.includes(spelling)) seen.spellings.push(spelling);
      continue;
    }
    const sentence = sentences.around(start, end);
    byIdentity.set(identity, {
      spelling,
      spellings: [spelling],
      mentions: 1,
      start,
      end,
      sentence,
      ...candidate,
    });
  }
  return {
    candidates: [...byIdentity.values()],
    rejected,
    countries: [...context.countries].sort(),
  };
}

/**
 * The countries an article is about: those it names, and those of curated
 * places it names. Read before anything else, so ambiguous names anywhere in
 * the text can use them.
 */
function countriesNamed(text: string, words: readonly Word[], gazetteer: Gazetteer): Set<string> {
  const countries = new Set<string>();
  for (const { meaning } of scanSpans(text, words, gazetteer, { namesOnly: true })) {
    if (meaning.kind === 'country') countries.add(meaning.code);
    if (meaning.kind === 'known' && meaning.place.country) countries.add(meaning.place.country);
  }
  return countries;
}

/** Why a span that spells a settlement does not mean one, or null. */
function rejectionOf(
  text: string,
  words: readonly Word[],
  match: SpanMatch,
  gazetteer: Gazetteer,
  context: ReadonlySet<string>,
): string | null {
  if (match.meaning.kind !== 'settlement') return null;
  const spelling = words
    .slice(match.from, match.to)
    .map((word) => word.text)
    .join(' ');
  const lower = spelling.toLowerCase();
  if (CALENDAR_WORDS.has(lower)) return 'a month or weekday';
  const title = titleBefore(text, words, match.from);
  if (title) return `a person’s name, after “${title}”`;
  const longer = longerNameBefore(text, words, match.from);
  if (longer) return `part of a longer name, “${longer} ${spelling}” (a person or an institution)`;
  const cities = match.meaning.cities;
  const single = match.to - match.from === 1;
  if (single && gazetteer.englishWords.has(lower) && opensSentence(text, words[match.from]!))
    return 'an English word whose capital only opens a sentence';
  if (
    match.to - match.from === 1 &&
    gazetteer.englishWords.has(lower) &&
    !cities.some((city) => context.has(city.country))
  ) {
    const countries = new Set(cities.map((city) => city.country));
    return `also an English word, and no settlement so named is in a country the article names (${[...countries].slice(0, 5).join(', ')})`;
  }
  return null;
}

function opensSentence(text: string, word: Word): boolean {
  return /(?:^|[.!?:;\n]["“”'’)]*)\s*["“‘(]?$/u.test(
    text.slice(Math.max(0, word.start - 4), word.start),
  );
}

/** "But", "Some", "Now": sentence openers that happen to be village names somewhere. */
function isLoneFunctionWord(words: readonly Word[], match: SpanMatch): boolean {
  return match.to - match.from === 1 && FUNCTION_WORDS.has(words[match.from]!.text.toLowerCase());
}

/** "Mr." or "President" right before the name, with or without an abbreviation's dot. */
function titleBefore(text: string, words: readonly Word[], from: number): string | null {
  const previous = words[from - 1];
  if (!previous || !/^\.?[ \u00A0]{1,2}$/.test(text.slice(previous.end, words[from]!.start)))
    return null;
  return PERSONAL_TITLES.has(previous.text.toLowerCase())
    ? text.slice(previous.start, words[from]!.start).trim()
    : null;
}

/** The capitalised words right after a name that may make it part of a longer one. */
function nameAfter(text: string, words: readonly Word[], to: number): string | null {
  const next = words[to];
  if (!next || !next.capitalised || !adjacent(text, words[to - 1]!, next)) return null;
  const lower = next.text.toLowerCase();
  return REGION_WORDS.has(lower) || FUNCTION_WORDS.has(lower) ? null : next.text;
}

/**
 * The capitalised words just before a match that make it the end of another
 * name: "Alan Harvey", "Kadir Has University". Sentence-opening words and
 * qualifiers ("In", "Northern") do not count.
 */
function longerNameBefore(text: string, words: readonly Word[], from: number): string | null {
  let first = from;
  while (
    first > 0 &&
    adjacent(text, words[first - 1]!, words[first]!) &&
    (words[first - 1]!.capitalised || NAME_CONNECTORS.has(words[first - 1]!.text.toLowerCase()))
  )
    first--;
  const before = words.slice(first, from).map((word) => word.text);
  const telling = before.filter((word) => {
    const lower = word.toLowerCase();
    return (
      !FUNCTION_WORDS.has(lower) && !NAME_CONNECTORS.has(lower) && !PLACE_QUALIFIERS.has(lower)
    );
  });
  return telling.length > 0 ? before.join(' ') : null;
}

function resolve(
  meaning: SpanMeaning,
  spelling: string,
  context: JudgeContext,
  gazetteer: Gazetteer,
): Resolved {
  switch (meaning.kind) {
    case 'known':
      return resolveKnown(meaning.place, 'in geo/ under this name or alias', gazetteer);
    case 'country': {
      const namesakes = gazetteer.citiesByName.get(nameKey(spelling))?.length ?? 0;
      const why =
        (meaning.demonym ? 'the country’s demonym' : 'a country name') +
        (namesakes
          ? `; ${namesakes} GeoNames settlement(s) share it, but the name means the country`
          : '');
      // "Turkish police" names Turkey less plainly than "in Turkey" does.
      const confidence = meaning.demonym ? 'medium' : 'high';
      const known = gazetteer.knownCountryByCode.get(meaning.code);
      if (known)
        return resolveKnown(known, `${why}; in geo/ by its country code`, gazetteer, confidence);
      return {
        identity: `country:${meaning.code}`,
        candidate: {
          kind: 'country',
          gazetteer: null,
          country: meaning.code,
          known: null,
          confidence,
          why,
        },
      };
    }
    case 'settlement': {
      const judged = judgeSettlement(meaning.cities, meaning.by, context);
      const known = context.knownByGeonameId.get(judged.city.geonameId);
      if (known) return resolveKnown(known, judged.why, gazetteer, judged.confidence);
      return {
        identity: `geonames:${judged.city.geonameId}`,
        candidate: {
          kind: 'settlement',
          gazetteer: judged.city,
          country: judged.city.country,
          known: null,
          confidence: judged.confidence,
          why: judged.why,
        },
      };
    }
    case 'region': {
      const seat = resolve(meaning.seat, spelling, context, gazetteer).candidate;
      const seatName = seat.gazetteer?.name ?? seat.known;
      return {
        identity: `region:${spelling.toLowerCase()}`,
        candidate: {
          ...seat,
          kind: 'region',
          known: null,
          confidence: atMost(seat.confidence, 'medium'),
          why: `a region named after its seat, ${seatName} (${seat.why}); its own gazetteer entry is not in cities1000`,
        },
      };
    }
  }
}

function resolveKnown(
  place: KnownPlace,
  why: string,
  gazetteer: Gazetteer,
  confidence: Confidence = 'high',
): Resolved {
  const kind: CandidateKind =
    place.kind === 'region' || place.kind === 'country' || place.kind === 'continent'
      ? place.kind
      : 'settlement';
  const city = place.geonameIds.map((id) => gazetteer.citiesById.get(id)).find((entry) => entry);
  return {
    identity: `known:${place.id}`,
    candidate: {
      kind,
      gazetteer: city ?? null,
      country: place.country,
      known: place.id,
      confidence,
      why,
    },
  };
}
