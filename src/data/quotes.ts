/**
 * Anchoring quotes in their source the way annotation tools do (W3C Web
 * Annotation selectors), so a reader can highlight them and exports can be
 * re-opened elsewhere.
 */
import { distance } from 'fastest-levenshtein';

/** W3C Web Annotation TextQuoteSelector. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector; offsets count Unicode code points, as the spec says. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface QuoteAnchor {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** How many times the quote occurs; the anchor is the first occurrence. */
  occurrences: number;
}

/** Characters of context kept either side, enough to disambiguate a repeated quote. */
const CONTEXT_LENGTH = 32;

const TYPOGRAPHIC = new Map<string, string>([
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u201A', "'"],
  ['\u201B', "'"],
  ['\u2032', "'"],
  ['\u201C', '"'],
  ['\u201D', '"'],
  ['\u201E', '"'],
  ['\u201F', '"'],
  ['\u2033', '"'],
]);

interface NormalisedText {
  text: string;
  /** For each UTF-16 index of `text`, the index in the original string. */
  originalIndex: number[];
}

/**
 * Whitespace runs become one space and typographic quotes plain ones — the
 * only differences a copy-paste from a web page introduces, and the only ones
 * we forgive.
 */
export function normaliseForQuoteMatching(original: string): NormalisedText {
  let text = '';
  const originalIndex: number[] = [];
  let inWhitespace = false;
  for (let i = 0; i < original.length; i++) {
    const char = original[i]!;
    if (/\s/.test(char)) {
      if (!inWhitespace) {
        text += ' ';
        originalIndex.push(i);
      }
      inWhitespace = true;
      continue;
    }
    inWhitespace = false;
    text += TYPOGRAPHIC.get(char) ?? char;
    originalIndex.push(i);
  }
  return { text, originalIndex };
}

const recentSources = new Map<string, NormalisedText>();
const RECENT_SOURCES = 64;

/**
 * A source is searched once per excerpt that quotes it, tens of times for a
 * long article: normalising it once keeps the check linear in the corpus.
 */
function normalisedSource(source: string): NormalisedText {
  let normalised = recentSources.get(source);
  if (!normalised) {
    if (recentSources.size >= RECENT_SOURCES) recentSources.clear();
    normalised = normaliseForQuoteMatching(source);
    recentSources.set(source, normalised);
  }
  return normalised;
}

/**
 * Where `quote` occurs in `source`, in UTF-16 offsets of the original text.
 * @example findQuote('He said “no”.', 'said "no"') // { start: 3, end: 12, occurrences: 1 }
 */
export function findQuote(
  source: string,
  quote: string,
): { start: number; end: number; occurrences: number } | null {
  const haystack = normalisedSource(source);
  const needle = normaliseForQuoteMatching(quote).text.trim();
  if (needle === '') return null;
  const first = haystack.text.indexOf(needle);
  if (first < 0) return null;
  let occurrences = 0;
  for (let at = first; at >= 0; at = haystack.text.indexOf(needle, at + 1)) occurrences++;
  const start = haystack.originalIndex[first]!;
  const end = haystack.originalIndex[first + needle.length - 1]! + 1;
  return { start, end, occurrences };
}

/** Builds both selectors for `source.slice(start, end)`. */
export function anchorAt(source: string, start: number, end: number, occurrences = 1): QuoteAnchor {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: source.slice(start, end),
      prefix: source.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: source.slice(end, end + CONTEXT_LENGTH),
    },
    position: {
      type: 'TextPositionSelector',
      start: codePointCount(source, 0, start),
      end: codePointCount(source, 0, end),
    },
    occurrences,
  };
}

/** Anchors a quote, or returns null when it is not a verbatim passage of the source. */
export function anchorQuote(source: string, quote: string): QuoteAnchor | null {
  const found = findQuote(source, quote);
  return found ? anchorAt(source, found.start, found.end, found.occurrences) : null;
}

/**
 * The passage of `source` most like `quote` (least edit distance, starting at
 * a word boundary), so an author can see what the quote should have been.
 * @example closestPassage('The cat sat on the mat.', 'the cat sit') // 'The cat sat'
 */
export function closestPassage(source: string, quote: string): string {
  const haystack = normaliseForQuoteMatching(source).text;
  const needle = normaliseForQuoteMatching(quote).text.trim();
  const lowerNeedle = needle.toLowerCase();
  let best = { start: 0, distance: Infinity };
  for (let start = 0; start < haystack.length; start = nextWordStart(haystack, start)) {
    const window = haystack.slice(start, start + needle.length).toLowerCase();
    const d = distance(window, lowerNeedle);
    if (d < best.distance) best = { start, distance: d };
  }
  return haystack.slice(best.start, best.start + needle.length);
}

function nextWordStart(text: string, from: number): number {
  const space = text.indexOf(' ', from + 1);
  return space < 0 ? text.length : space + 1;
}

function codePointCount(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate starts a pair that is one code point; count it, skip its partner.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) i++;
    count++;
  }
  return count;
}

/**
 * W3C TextPositionSelector offsets count code points; JavaScript strings (and
 * the DOM the reader renders) count UTF-16 units. The one conversion from the
 * former to the latter, beside the code that counts them.
 *
 * @example utf16RangeOf('🗺 Raqqa', 2, 7) // { start: 3, end: 8 }
 */
export function utf16RangeOf(
  text: string,
  startCodePoint: number,
  endCodePoint: number,
): { start: number; end: number } {
  let codePoint = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (codePoint === startCodePoint && start < 0) start = i;
    if (codePoint === endCodePoint) return { start, end: i };
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) i++;
    codePoint++;
  }
  return { start: Math.max(start, 0), end: text.length };
}
