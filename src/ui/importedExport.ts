import { filterOf, type ImportedTable, type TableStyle } from '../data/table/importedTable';
import { keepsRow } from '../data/table/rowFilter';
import { cellText } from '../data/table/placedRows';
import type { ImportedRow } from '../view/exports';
import { daysOfRange, type MonthRange } from '../view/timeline';
import { rowTitle } from '../view/importedRows';

/** The rows of the user's shown tables that the time range keeps, for the export. */
export function importedRowsInView(
  tables: readonly ImportedTable[],
  hidden: ReadonlySet<string>,
  styles: ReadonlyMap<string, TableStyle>,
  time: MonthRange | null,
): ImportedRow[] {
  const days = daysOfRange(time);
  const rows: ImportedRow[] = [];
  for (const table of tables) {
    if (hidden.has(table.id)) continue;
    const { placed, header, roles } = table.reading;
    const dateColumn = roles.date ?? roles.start;
    const filter = filterOf(table, styles.get(table.id), days);
    // Repeated header names would merge in an object: each gets its column number.
    const names = header.map((name, column) =>
      !name || header.indexOf(name) !== column ? `${name || 'Column'} ${column + 1}` : name,
    );
    for (let i = 0; i < placed.count; i++) {
      if (!keepsRow(placed.start, placed.end, i, filter)) continue;
      rows.push({
        file: table.fileName,
        row: placed.row[i]!,
        name: rowTitle(table, i),
        lat: placed.lat[i]!,
        lon: placed.lon[i]!,
        date: dateColumn === null ? '' : cellText(placed.cells[dateColumn]!, i),
        cells: Object.fromEntries(
          names.map((name, column) => [name, cellText(placed.cells[column]!, i)]),
        ),
      });
    }
  }
  return rows;
}
