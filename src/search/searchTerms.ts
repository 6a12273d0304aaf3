/**
 * How text becomes search terms, one definition for the index (built by
 * `npm run check` or the worker) and for queries: plain letters, no Arabic
 * article, each word's romanisation folded (see text/spelling.ts).
 */
import { ARABIC_ARTICLES, foldSpelling, plainKey } from '../text/spelling';

/**
 * A name's search terms.
 * @example searchTerms('Ras al-‘Ain') // ['ras', 'ain']; searchTerms('Al-Hasakah') // ['hasak']
 */
export function searchTerms(text: string): string[] {
  return plainWords(text).map(foldWord);
}

/** Words repeat across 100,000 excerpts: each distinct one is folded once. */
const foldedWords = new Map<string, string>();
function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = foldSpelling(word);
    if (foldedWords.size < MAX_FOLDED_WORDS) foldedWords.set(word, folded);
  }
  return folded;
}
const MAX_FOLDED_WORDS = 200_000;

export function plainWords(text: string): string[] {
  return plainKey(text)
    .split(' ')
    .filter((word) => word !== '' && !ARABIC_ARTICLES.has(word));
}

/**
 * English words too common in excerpts to find anything by: left out of the
 * excerpts' index and out of the finished words of a query. A name keeps
 * them ("Battle of Raqqa"), and the word being typed is always searched.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be been but by for from had has have he her his in into is it its of on or she that the their they this to was were which who with'.split(
    ' ',
  ),
);

/** An excerpt's terms: its words without the stop words. */
export function excerptTerms(text: string): string[] {
  return plainWords(text)
    .filter((word) => !STOP_WORDS.has(word))
    .map(foldWord);
}
