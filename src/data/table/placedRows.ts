/**
 * The shape of a table's placed rows and how to read a cell: apart from the
 * reader (`readTable.ts`, which brings Papa Parse) so the app's first view can
 * name and date rows without loading the parser.
 */

/** A column's cells as one string and where each cell ends: cheap to copy between threads. */
export interface TextColumn {
  joined: string;
  ends: Uint32Array;
}

/** The text of cell `index` of a column. */
export function cellText(column: TextColumn, index: number): string {
  return column.joined.slice(index === 0 ? 0 : column.ends[index - 1], column.ends[index]);
}

/** A day with no date: the start and end arrays hold days since 1970-01-01, or this. */
export const NO_DAY = -2147483648;
