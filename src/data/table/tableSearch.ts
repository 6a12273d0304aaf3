/**
 * How an imported table's names are searched: folded like the corpus's
 * (case, accents, ‘ayn marks, doubled letters, q/k), so "kamishli" finds a
 * row whose location is "Qamishli", and matched anywhere in the name, as a
 * location column holds a town's name among other words.
 */
import { foldLetters, plainKey } from '../../text/spelling';

/** @example foldForSearch('Al-Qāmishlī') // 'al kamishli' */
export function foldForSearch(text: string): string {
  return plainKey(text).split(' ').map(foldLetters).join(' ');
}
