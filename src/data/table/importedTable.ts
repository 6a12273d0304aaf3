import type { RowFilter } from './rowFilter';
import type { TableReading } from './readTable';
import type { TableWorker } from './tableClient';

/** A table of the user's (CSV or TSV) on the map: its rows in columns, and the worker that clusters them. */
export interface ImportedTable {
  id: string;
  fileName: string;
  size: number;
  addedAt: number;
  reading: TableReading;
  worker: TableWorker;
  /** [west, south, east, north] of its placed rows. */
  bbox: [number, number, number, number];
  /** First and last day (since 1970) of its dated rows; null when none is dated. */
  days: [number, number] | null;
}

/** A table coloured by one of its category columns, with some of its values hidden. */
export interface TableStyle {
  column: number;
  hidden: ReadonlySet<number>;
}

/** Colours for a category's values, most frequent first (Tableau 10, and two more); distinct with a white edge on the map. */
export const CATEGORY_COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#1f77b4',
  '#8c564b',
];

/** The rows of `table` a time range and its style keep. */
export function filterOf(
  table: ImportedTable,
  style: TableStyle | null | undefined,
  days: [number, number] | null,
): RowFilter {
  const codes =
    style && style.hidden.size > 0
      ? (table.reading.categories.find((category) => category.column === style.column)?.codes ??
        null)
      : null;
  return { days, codes, hidden: codes ? style!.hidden : new Set() };
}

/** What the worker is told to leave out for a style: its column and the codes switched off. */
export function hideOf(
  style: TableStyle | null | undefined,
): { column: number; codes: number[] } | null {
  return style && style.hidden.size > 0
    ? { column: style.column, codes: [...style.hidden].sort((a, b) => a - b) }
    : null;
}
