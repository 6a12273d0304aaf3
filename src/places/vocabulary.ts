/**
 * The few closed classes of English words the place finder must know by name:
 * small enough to list, unlike the open vocabulary it takes from a word list.
 */

/** Lower-case words that may sit inside a place name: "Ras al-Ayn", "Stratford upon Avon". */
// prettier-ignore
export const NAME_CONNECTORS = new Set([
  'al', 'el', 'ash', 'ad', 'ar', 'as', 'at', 'az', 'an', 'ath',
  'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'der', 'den',
  'la', 'le', 'les', 'of', 'on', 'upon', 'am', 'im', 'bin', 'ibn', 'bani',
]);

/** Words after a name that make it an area: "Samsun province", "Idlib Governorate". */
// prettier-ignore
export const REGION_WORDS = new Set([
  'province', 'governorate', 'region', 'district', 'county', 'oblast', 'canton',
]);

/**
 * Words beside a name that make it a river, a mountain or a lake named like a
 * town: "the Meriç river", "the river Meriç", "Mount Hermon".
 */
export const NATURAL_FEATURE_AFTER = new Set(['river', 'mountain', 'mountains', 'lake']);
/** Before the name only with their capital: "Mount Hermon", not "to mount an operation". */
export const NATURAL_FEATURE_BEFORE = new Set(['River', 'Mount', 'Lake']);

/**
 * What an apposition calls a part of a town: "Aksaray, a crowded quarter of
 * the old city" names a neighbourhood, not the town Aksaray. Not "district"
 * or "suburb": "Nusaybin, a district of Mardin province" and "Darayya, a
 * suburb of Damascus" are towns.
 */
export const QUARTER_WORDS = new Set(['quarter', 'neighbourhood', 'neighborhood']);

/**
 * Capitalised only because they open a sentence or a title; a place name after
 * them is still a place ("In Istanbul", "The Adana attack").
 */
// prettier-ignore
export const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'in', 'on', 'at', 'from', 'to', 'into', 'near', 'by', 'for', 'with',
  'and', 'but', 'or', 'nor', 'of', 'as', 'after', 'before', 'while', 'since', 'when',
  'where', 'during', 'across', 'via', 'towards', 'toward', 'outside', 'inside', 'between',
  'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'according',
  'meanwhile', 'also', 'some', 'many', 'most', 'all', 'other', 'such', 'last', 'next',
  'then', 'there', 'it', 'they', 'he', 'she', 'we', 'i', 'is', 'was', 'are', 'were', 'will',
  'would', 'has', 'have', 'had', 'not', 'no', 'more', 'over', 'under', 'about', 'if', 'so',
  'yet', 'than', 'both', 'each', 'every', 'only', 'even', 'now', 'today', 'yesterday',
  'however', 'thus', 'although', 'though', 'because', 'once', 'through', 'around', 'against',
  'without', 'within', 'along', 'beyond', 'among', 'amid', 'despite', 'like', 'unlike',
]);

/** Before a name they make it a person's: "Mr. Ali", "President Assad". */
// prettier-ignore
export const PERSONAL_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'gen', 'col', 'maj', 'capt', 'lt', 'sgt', 'sen', 'rep',
  'gov', 'president', 'minister', 'sheikh', 'imam', 'king', 'queen', 'prince', 'emir',
  'general', 'colonel', 'commander', 'judge', 'sir', 'lord', 'lady', 'saint',
]);

/** Words that narrow a place rather than name something else: "northern Syria", "Greater Idlib". */
// prettier-ignore
export const PLACE_QUALIFIERS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west',
  'south-east', 'south-west', 'north-eastern', 'north-western', 'south-eastern',
  'south-western', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'upper', 'lower', 'greater', 'downtown', 'rural', 'old', 'occupied', 'liberated',
]);

/** Month and weekday names (and their abbreviations) from the platform, not typed out. */
export const CALENDAR_WORDS: ReadonlySet<string> = (() => {
  const words = new Set<string>();
  for (const style of ['long', 'short'] as const) {
    const months = new Intl.DateTimeFormat('en', { month: style, timeZone: 'UTC' });
    const days = new Intl.DateTimeFormat('en', { weekday: style, timeZone: 'UTC' });
    for (let index = 0; index < 12; index++)
      words.add(months.format(Date.UTC(2001, index, 1)).toLowerCase());
    for (let index = 0; index < 7; index++)
      words.add(days.format(Date.UTC(2001, 0, 1 + index)).toLowerCase());
  }
  return words;
})();
