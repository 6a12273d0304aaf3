/**
 * Keys under which two spellings of one place name compare equal. Each key
 * forgives more than the one before, so a match under a looser key is less
 * certain.
 */
import anyAscii from 'any-ascii';
import { ARABIC_ARTICLES, foldSpelling } from '../text/spelling';

/**
 * Case, accents, apostrophes, ‘ayn/hamza marks and hyphens do not tell two
 * names apart.
 * @example nameKey('Ra’s al ‘Ayn') // 'ras al ayn', as is nameKey('Ras al-Ayn')
 */
export function nameKey(name: string): string {
  return anyAscii(name)
    .toLowerCase()
    .replace(/['`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const ARABIC_ARTICLE = new RegExp(`^(?:${[...ARABIC_ARTICLES].join('|')}) (?=\\S)`);

/**
 * Also forgives the usual differences between romanisations of Arabic,
 * Kurdish and Turkish names: a leading article, doubled letters, the feminine
 * ending (-ah, -eh, -a, -i) and q/k, ou/u, ee/i, ch/sh; the vowel that opens
 * a word after an ‘ayn or hamza, which English writes as it hears it (‘Ayn,
 * Ain, Ein; Irbil, Erbil, Arbil); Tal, Tell, Tall and Til; an article inside
 * the name in any of its assimilated forms (al-, el-, ad-, ar-…).
 * @example variantKey('Ash Shaddādah') // 'shad', as is variantKey('Al-Shaddadi')
 * @example variantKey('‘Ayn ‘Īsá') // 'an asa', as is variantKey('Ain Issa')
 */
export function variantKey(name: string): string {
  return variantOfKey(nameKey(name));
}

/** `variantKey` of a name whose `nameKey` is already known, so a scan computes each once. */
export function variantOfKey(key: string): string {
  return key
    .replace(ARABIC_ARTICLE, '')
    .split(' ')
    .map((word, i) =>
      i > 0 && ARABIC_ARTICLES.has(word)
        ? 'al'
        : TELL.has(word)
          ? 'tal'
          : foldSpelling(word.replace(OPENING_VOWEL, 'a')),
    )
    .join(' ');
}

/** "Tell" (a mound, and the towns on one) as it is romanised. */
const TELL: ReadonlySet<string> = new Set(['tal', 'tall', 'tel', 'tell', 'til']);
/** A word's opening vowel, or ai/ay/ei/ey ("ay" in ‘Ayn), before a consonant: not "oa" (Oasis is not Isis). */
const OPENING_VOWEL = /^(?:[aeiou]|[ae][iy])(?=[^aeiouy]|$)/;

/**
 * The consonants alone: "Tell Tamer" and "Tall Tamr" share "tl tmr". So loose
 * that it is only trusted in a country the article names.
 * @example skeletonKey('Tell Tamer') // 'tl tmr'
 */
export function skeletonKey(name: string): string {
  return skeletonOfVariant(variantKey(name));
}

export function skeletonOfVariant(variant: string): string {
  return variant
    .split(' ')
    .map((word) => word.replace(/[aeiouyw]/g, ''))
    .filter((word) => word !== '')
    .join(' ');
}

/** Skeletons shorter than this match too many unrelated names to mean anything. */
export const MIN_SKELETON_LETTERS = 4;

export function skeletonIsDistinctive(skeleton: string): boolean {
  return skeleton.replace(/ /g, '').length >= MIN_SKELETON_LETTERS;
}

/**
 * A file-name-safe id for a new place.
 * @example placeSlug('Tell Abyaḑ') // 'tell-abyad'
 */
export function placeSlug(name: string): string {
  return nameKey(name).replace(/ /g, '-');
}
