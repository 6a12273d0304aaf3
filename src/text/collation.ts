/**
 * The order names are listed in, one definition for the list in the browser
 * and for `npm run check`, which ranks the incidents' names once so that a
 * list of 100,000 never collates them on a phone.
 */

/** Case and accents aside, numbers by value: "9 detained" before "10 detained". */
export const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Each distinct value's place in `compare`'s order, values it holds equal
 * ("attack", "Attack") sharing one (collating is slow: each value once).
 * @example collationRanks(['b', 'A', 'a']) // Map { 'A' → 0, 'a' → 0, 'b' → 2 }
 */
export function collationRanks(
  values: readonly string[],
  compare: (a: string, b: string) => number = byName.compare,
): Map<string, number> {
  const distinct = [...new Set(values)].sort(compare);
  const rank = new Map<string, number>();
  distinct.forEach((value, i) => {
    const previous = distinct[i - 1];
    rank.set(
      value,
      previous !== undefined && compare(previous, value) === 0 ? rank.get(previous)! : i,
    );
  });
  return rank;
}
