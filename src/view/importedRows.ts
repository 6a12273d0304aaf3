/**
 * How a row of the user's table is named and dated in the app: its name
 * cell (or its row number), and its date at the precision and with the hedge
 * the file gives. Pure, so the search box can name rows without the popups.
 */
import type { ImportedTable } from '../data/table/importedTable';
import { cellText, NO_DAY } from '../data/table/placedRows';

const DAY_MS = 86_400_000;

function dayText(day: number): string {
  return new Date(day * DAY_MS).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

const HEDGE_NOTES = ['', ' (uncertain)', ' (approximate)', ' (uncertain and approximate)'];

/** A row's date as the file gives it: a day, a whole month or year, or the first and last days of its span, with its hedge. */
export function rowDate(start: number, end: number, hedge = 0): string {
  if (start === NO_DAY) return 'Undated';
  return `${spanText(start, end)}${HEDGE_NOTES[hedge] ?? ''}`;
}

function spanText(start: number, end: number): string {
  if (start === end) return dayText(start);
  const [first, last] = [new Date(start * DAY_MS), new Date((end + 1) * DAY_MS)];
  const wholeMonths = first.getUTCDate() === 1 && last.getUTCDate() === 1;
  const months =
    (last.getUTCFullYear() - first.getUTCFullYear()) * 12 +
    last.getUTCMonth() -
    first.getUTCMonth();
  if (wholeMonths && months === 1)
    return first.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  if (wholeMonths && months === 12 && first.getUTCMonth() === 0)
    return String(first.getUTCFullYear());
  return `${dayText(start)} – ${dayText(end)}`;
}

/** The title of a placed row: its name cell, or its row number when it has none. */
export function rowTitle(table: ImportedTable, index: number): string {
  const column = table.reading.roles.name;
  const name = column === null ? '' : cellText(table.reading.placed.cells[column]!, index).trim();
  return name || `Row ${table.reading.placed.row[index]}`;
}
