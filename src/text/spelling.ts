/**
 * Spelling-insensitive keys for names, with no dependencies so the browser's
 * search and the Node place finder fold names the same way.
 */

/** The Arabic article as romanised, with its assimilated forms (ash-, ad-, ar-…). */
export const ARABIC_ARTICLES: ReadonlySet<string> = new Set(
  'al el ar as ash ad at ath adh az an es ed er et ez en'.split(' '),
);

/** Letters Unicode does not decompose into a base letter and a mark. */
const UNDECOMPOSED: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
};

const PRINTABLE_ASCII = /^[\x20-\x7e\n\t]*$/;

/**
 * Case, accents, apostrophes and ‘ayn/hamza marks dropped; any other
 * punctuation becomes a space. Other scripts are kept as they are.
 * @example plainKey('Ra’s al-‘Ayn') // 'ras al ayn'; plainKey('Serêkaniyê') // 'serekaniye'
 */
export function plainKey(text: string): string {
  // Most text is plain ASCII: nothing to decompose or map, only case and punctuation.
  if (PRINTABLE_ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/['`]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıłøđðħþßæœ]/g, (letter) => UNDECOMPOSED[letter]!)
    .replace(/['`‘’ʻʼʽʾʿ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Forgives the usual differences between romanisations of one Arabic,
 * Kurdish or Turkish word: doubled letters, the feminine ending (-ah, -eh,
 * -a, -i) and q/k, ou/u, ee/i, ch/sh.
 * @example foldSpelling('hassakeh') // 'hasak', as is foldSpelling('hasaka')
 */
export function foldSpelling(word: string): string {
  const folded = foldLetters(word);
  // Short words keep their ending: "al", "el" and "ayn" are not feminine nouns.
  return folded.length > 3 ? folded.replace(/(?:ah|eh|a|e|i|h|y)$/, '') : folded;
}

/**
 * `foldSpelling` without the ending, for a word still being typed: "hasa"
 * is the start of "hasak", not the whole word "has".
 */
export function foldLetters(word: string): string {
  return word
    .replace(/ou/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/ch/g, 'sh')
    .replace(/q/g, 'k')
    .replace(/(.)\1+/g, '$1');
}
