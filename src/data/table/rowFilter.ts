/**
 * Which rows of a table the view keeps: the time range (a dated row must
 * overlap it; an undated one always stays) and the values of its colour
 * column the user switched off. One rule for the map's clusters, the search,
 * the list's counts and the export, so they never disagree.
 */
import { NO_DAY } from './placedRows';

export interface RowFilter {
  /** First and last day (since 1970) of the time range; null for all time. */
  days: [number, number] | null;
  /** The colour column's code per row, and the codes switched off. */
  codes: Uint8Array | null;
  hidden: ReadonlySet<number>;
}

export const ALL_ROWS: RowFilter = { days: null, codes: null, hidden: new Set() };

export function keepsRow(
  start: Int32Array,
  end: Int32Array,
  i: number,
  filter: RowFilter,
): boolean {
  if (filter.codes && filter.hidden.has(filter.codes[i]!)) return false;
  const { days } = filter;
  return !days || start[i] === NO_DAY || (end[i]! >= days[0] && start[i]! <= days[1]);
}

export function countKept(start: Int32Array, end: Int32Array, filter: RowFilter): number {
  if (!filter.days && !filter.codes) return start.length;
  let kept = 0;
  for (let i = 0; i < start.length; i++) if (keepsRow(start, end, i, filter)) kept++;
  return kept;
}
