/**
 * The words of an article, with where they are, and the sentence around any
 * of them: what the place finder scans, and what becomes a draft excerpt.
 */
import { nameKey } from './names';
import { PERSONAL_TITLES } from './vocabulary';

export interface Word {
  text: string;
  /** UTF-16 offsets in the article. */
  start: number;
  end: number;
  /** Starts with a capital ("Ankara"), or has one after a hyphen ("al-Ayn"). */
  capitalised: boolean;
  /** Its `nameKey`, computed once: every scan of the article looks spans up by it. */
  key: string;
}

const WORD = /\p{L}[\p{L}\p{M}’'‘ʿʾ-]*/gu;
const POSSESSIVE_OR_TRAILING = /(?:[’']s|[’'‘ʿʾ-]+)$/u;

/**
 * Every word in text order; a possessive "’s" is not part of the name.
 * @example wordsOf("Turkey's border") // [{ text: 'Turkey', start: 0, end: 6, … }, { text: 'border', … }]
 */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const trimmed = match[0].replace(POSSESSIVE_OR_TRAILING, '');
    if (trimmed === '') continue;
    words.push({
      text: trimmed,
      start: match.index,
      end: match.index + trimmed.length,
      capitalised: /^\p{Lu}/u.test(trimmed) || /-\p{Lu}/u.test(trimmed),
      key: nameKey(trimmed),
    });
  }
  return words;
}

/** Only spaces between two words keep them in one name; a comma, dash or line break ends it. */
export function adjacent(text: string, left: Word, right: Word): boolean {
  return /^[ \u00A0]{1,2}$/.test(text.slice(left.end, right.start));
}

/** Sentence boundaries, computed once per article. */
export class Sentences {
  readonly #text: string;
  readonly #starts: number[];

  constructor(text: string) {
    this.#text = text;
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    this.#starts = Array.from(segmenter.segment(text), (segment) => segment.index).filter(
      (start) => !afterAbbreviation(text.slice(Math.max(0, start - 12), start)),
    );
  }

  /**
   * The sentence holding [start, end), cut at line breaks so a headline or a
   * caption never runs into the next paragraph; verbatim, trimmed.
   */
  around(start: number, end: number): string {
    const index = lastAtOrBefore(this.#starts, start);
    const from = Math.max(this.#starts[index] ?? 0, this.#text.lastIndexOf('\n', start - 1) + 1);
    const sentenceEnd = this.#starts[index + 1] ?? this.#text.length;
    const lineEnd = this.#text.indexOf('\n', end);
    const to = lineEnd === -1 ? sentenceEnd : Math.min(sentenceEnd, lineEnd);
    return this.#text.slice(from, Math.max(to, end)).trim();
  }
}

/** "Dr. Batman" and "J. Smith" are not two sentences, whatever the segmenter says. */
function afterAbbreviation(before: string): boolean {
  const word = /(\p{L}+)\.\s*$/u.exec(before)?.[1];
  return word !== undefined && (word.length === 1 || PERSONAL_TITLES.has(word.toLowerCase()));
}

function lastAtOrBefore(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sorted[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}
