/** The columns a table's rows can be coloured and filtered by: few values, each used more than once. */
import { cellText, type TextColumn } from './placedRows';

/** A column with few distinct values (an event type, a province): rows can be coloured and filtered by it. */
export interface CategoryColumn {
  column: number;
  /** Its values, most frequent first. */
  values: string[];
  counts: number[];
  /** Each placed row's value, as an index into `values`. */
  codes: Uint8Array;
}

/** A column with more values than this is no category (a name, a date, a note). */
export const MAX_CATEGORIES = 12;

/** The column as a category; nothing when it has one value, more than MAX_CATEGORIES, or no value twice. */
export function categoryOf(column: TextColumn, index: number, count: number): CategoryColumn[] {
  const seen = new Map<string, number>();
  const raw = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const value = cellText(column, i).trim();
    let code = seen.get(value);
    if (code === undefined) {
      if (seen.size === MAX_CATEGORIES) return [];
      seen.set(value, (code = seen.size));
    }
    raw[i] = code;
  }
  // One value says nothing; all different (ids, notes) is no grouping.
  if (seen.size < 2 || seen.size === count) return [];
  const tally = new Array<number>(seen.size).fill(0);
  for (let i = 0; i < count; i++) tally[raw[i]!]!++;
  const order = [...seen.keys()].map((value, code) => ({ value, code, n: tally[code]! }));
  order.sort((a, b) => b.n - a.n || a.value.localeCompare(b.value));
  const recode = new Uint8Array(seen.size);
  order.forEach((entry, rank) => (recode[entry.code] = rank));
  const codes = raw.map((code) => recode[code]!);
  return [
    {
      column: index,
      values: order.map((entry) => entry.value),
      counts: order.map((entry) => entry.n),
      codes,
    },
  ];
}
