/**
 * Why a span that spells a settlement does not name one: a month, a person's
 * name after a title, part of a longer name, an English word. These read only
 * the words around the span, so they are apart from how a name is resolved;
 * `nameAfter` is the softer form of the same check, which lowers the
 * confidence instead of rejecting.
 */
import type { Gazetteer } from './gazetteer';
import type { SpanMatch } from './spans';
import {
  CALENDAR_WORDS,
  FUNCTION_WORDS,
  NAME_CONNECTORS,
  PERSONAL_TITLES,
  NATURAL_FEATURE_AFTER,
  NATURAL_FEATURE_BEFORE,
  PLACE_QUALIFIERS,
  QUARTER_WORDS,
  REGION_WORDS,
} from './vocabulary';
import { adjacent, type Word } from './words';

/** Why a span that spells a settlement does not mean one, or null. */
export function rejectionOf(
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
  const feature = naturalFeatureBeside(text, words, match);
  if (feature) return `a river, mountain or lake, “${feature}”`;
  const region = regionAfter(text, words, match.to);
  if (region)
    return `a region, “${spelling} ${region}”, that no seat of a division so spelled is named after`;
  if (quarterApposition(text, words[match.to - 1]!))
    return 'a quarter of a town, as the words after it say';
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

/** "the Meriç river", "the river Meriç", "Mount Hermon": the word beside the name that says so. */
function naturalFeatureBeside(
  text: string,
  words: readonly Word[],
  match: SpanMatch,
): string | null {
  const next = words[match.to];
  const previous = words[match.from - 1];
  if (next && adjacent(text, words[match.to - 1]!, next)) {
    if (NATURAL_FEATURE_AFTER.has(next.text.toLowerCase()))
      return text.slice(words[match.from]!.start, next.end);
  }
  if (previous && adjacent(text, previous, words[match.from]!)) {
    if (NATURAL_FEATURE_BEFORE.has(previous.text))
      return text.slice(previous.start, words[match.to - 1]!.end);
  }
  return null;
}

/**
 * "Anbar province" left to its first word: the region was not read as named
 * after a seat (no seat of a division is so spelled), so "Anbar" is not a town either.
 */
function regionAfter(text: string, words: readonly Word[], to: number): string | null {
  const next = words[to];
  return next && adjacent(text, words[to - 1]!, next) && REGION_WORDS.has(next.text.toLowerCase())
    ? next.text
    : null;
}

/** ", a crowded quarter of …", ", the old neighbourhood of …" right after the name. */
function quarterApposition(text: string, last: Word): boolean {
  const after = text.slice(last.end, last.end + 80);
  const apposition = /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(\p{L}+)\s+of\b/u.exec(after);
  return apposition !== null && QUARTER_WORDS.has(apposition[1]!.toLowerCase());
}

function opensSentence(text: string, word: Word): boolean {
  return /(?:^|[.!?:;\n]["“”'’)]*)\s*["“‘(]?$/u.test(
    text.slice(Math.max(0, word.start - 4), word.start),
  );
}

/** "But", "Some", "Now": sentence openers that happen to be village names somewhere. */
export function isLoneFunctionWord(words: readonly Word[], match: SpanMatch): boolean {
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
export function nameAfter(text: string, words: readonly Word[], to: number): string | null {
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
