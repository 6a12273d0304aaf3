/**
 * Reads an event table (CSV or TSV, as spreadsheets and conflict-event
 * databases export them) into points the map can draw: one per row it can
 * place, with every cell kept as text, and a report of the rows it could not
 * place and the dates it could not read. It never throws on the file's
 * content, and keeps rows column by column in typed arrays and one string per
 * column, so half a million rows cross from a worker to the page as a few
 * dozen buffers rather than millions of objects.
 *
 * Parsing is Papa Parse's (quotes, delimiters, line ends); telling the
 * columns apart is `columns.ts`'s, and reading coordinates and dates is
 * `cells.ts`'s.
 */
import Papa from 'papaparse';
import { categoryOf, type CategoryColumn } from './categories';
import { parseDecimal } from './cells';
import { detectColumns, type ColumnRoles } from './columns';
import { decodeSpreadsheetText, type TextEncodingName } from './decodeText';
import { Problems, RowBuffer, type PlacedRows, type ProblemReport } from './rowBuffer';
import { clip, dateRows } from './rowDates';

export { cellText, NO_DAY, type TextColumn } from './placedRows';
export { MAX_CATEGORIES, type CategoryColumn } from './categories';
export {
  FIRST_PROBLEMS,
  type PlacedRows,
  type PrecisionCode,
  type ProblemReport,
  type RowProblem,
} from './rowBuffer';

export interface TableReading {
  encoding: TextEncodingName;
  /** Characters of a file read as UTF-8 that could not be read, shown as U+FFFD. */
  replaced: number;
  delimiter: string;
  header: string[];
  roles: ColumnRoles;
  /** Data rows in the file (the header and blank lines not counted). */
  rows: number;
  placed: PlacedRows;
  /** Rows left off the map: no coordinates, unreadable or out of range. */
  skipped: ProblemReport;
  /** Placed rows whose date could not be read: kept, as undated. */
  undated: ProblemReport;
  /** The columns rows can be coloured by, in header order (coordinates and dates are not). */
  categories: CategoryColumn[];
}

export type TableError =
  | { code: 'empty'; message: string }
  | { code: 'no-coordinates'; message: string; header: string[] };

export interface ReadOptions {
  /** Column indexes the user picked, over those the header names. */
  roles?: Partial<ColumnRoles>;
  /** Called now and then with the share of the text parsed, 0 to 1. */
  onProgress?: (fraction: number) => void;
}

const PROGRESS_EVERY = 10_000;

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * @example readTable(new TextEncoder().encode('name,lat,lon\nTall Tamr,36.65,40.37\n'))
 *   // { placed: { count: 1, lat: [36.65], lon: [40.37], row: [2], … }, skipped: { count: 0 }, … }
 */
export function readTable(bytes: Uint8Array, options: ReadOptions = {}): TableReading | TableError {
  const { text, encoding, replaced } = decodeSpreadsheetText(bytes);
  if (text.trim() === '') return { code: 'empty', message: 'The file is empty.' };
  let header: string[] | null = null;
  let roles: ColumnRoles | null = null;
  let delimiter = ',';
  let rows = 0;
  /** The record's number in the file, blank ones included: the spreadsheet's row number. */
  let line = 0;
  const placed = new RowBuffer();
  const skipped = new Problems();
  const dateCells: string[] = [];
  const endCells: string[] = [];
  let stopped: TableError | null = null;

  // The delimiter is guessed on the first rows with blank lines left out (they would make
  // every candidate look as consistent); the whole file is then read with blank lines in.
  const guessed = Papa.parse<string[]>(text.slice(0, 65_536), {
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: 'greedy',
    preview: 50,
  }).meta.delimiter;
  Papa.parse<string[]>(text, {
    delimiter: guessed,
    // Blank rows are skipped here, not by Papa Parse, so row numbers stay the spreadsheet's.
    skipEmptyLines: false,
    step: (result, parser) => {
      const cells = result.data;
      line++;
      if (cells.every((cell) => cell.trim() === '')) return;
      if (!header) {
        header = cells.map((cell) => cell.trim());
        delimiter = result.meta.delimiter;
        // A date the user picked is the date: no start and end pair found by name overrides it.
        const picked = options.roles?.date !== undefined ? { start: null, end: null } : {};
        roles = { ...detectColumns(header), ...picked, ...options.roles };
        if (roles.lat === null || roles.lon === null) {
          stopped = {
            code: 'no-coordinates',
            header,
            message: `No latitude and longitude columns were found among ${header.length} columns (${header.map((name) => `“${name}”`).join(', ')}). Pick the two columns that hold them.`,
          };
          parser.abort();
        }
        return;
      }
      rows++;
      const row = line;
      if (result.errors.some((error) => error.code === 'MissingQuotes'))
        return skipped.add(
          row,
          'a quotation mark opened in this row is never closed, so the rest of the file reads as one cell.',
        );
      if (rows % PROGRESS_EVERY === 0) options.onProgress?.(result.meta.cursor / text.length);
      const problem = placeRow(cells, roles!, header.length);
      if (typeof problem === 'string') return skipped.add(row, problem);
      const r = roles!;
      placed.push(
        problem.lat,
        problem.lon,
        row,
        precisionOf(r.precision, cells),
        cells,
        header.length,
      );
      if (r.start !== null && r.end !== null) {
        dateCells.push(cells[r.start] ?? '');
        endCells.push(cells[r.end] ?? '');
      } else dateCells.push(r.date === null ? '' : (cells[r.date] ?? ''));
    },
  });
  // (Assigned in the callback, which TypeScript's narrowing does not see.)
  const error = stopped as TableError | null;
  const columns = header as string[] | null;
  const found = roles as ColumnRoles | null;
  if (error) return error;
  if (!columns || !found) return { code: 'empty', message: 'The file is empty.' };
  options.onProgress?.(1);
  const finished = placed.finish(columns.length);
  const undated = dateRows(finished, dateCells, found.start !== null ? endCells : null);
  const notCategories = new Set([found.lat, found.lon, found.date, found.start, found.end]);
  const categories = finished.cells.flatMap((column, index) =>
    notCategories.has(index) ? [] : categoryOf(column, index, finished.count),
  );
  return {
    encoding,
    replaced,
    delimiter,
    header: columns,
    roles: found,
    rows,
    placed: finished,
    skipped: skipped.report(),
    undated,
    categories,
  };
}

/** The row's point, or why it has none. */
function placeRow(
  cells: string[],
  roles: ColumnRoles,
  columns: number,
): { lat: number; lon: number } | string {
  const latText = (cells[roles.lat!] ?? '').trim();
  const lonText = (cells[roles.lon!] ?? '').trim();
  if (cells.length < columns && (latText === '' || lonText === ''))
    return `it has ${cells.length} of the header's ${columns} columns, so no coordinates.`;
  if (latText === '' && lonText === '') return 'the latitude and the longitude are empty.';
  if (latText === '') return 'the latitude is empty.';
  if (lonText === '') return 'the longitude is empty.';
  const lat = parseDecimal(latText);
  const lon = parseDecimal(lonText);
  if (lat === null) return `the latitude “${clip(latText)}” is not a number.`;
  if (lon === null) return `the longitude “${clip(lonText)}” is not a number.`;
  if (Math.abs(lat) > 90) {
    const swapped = Math.abs(lon) <= 90 && Math.abs(lat) <= 180;
    return `the latitude ${latText} is outside −90 to 90${swapped ? ' (are latitude and longitude swapped?)' : ''}.`;
  }
  if (Math.abs(lon) > 180) return `the longitude ${lonText} is outside −180 to 180.`;
  // 0, 0 is where a missing coordinate lands, in the Gulf of Guinea: not a place an event has.
  if (lat === 0 && lon === 0) return 'the coordinates are 0, 0, which stands for none.';
  return { lat, lon };
}

/**
 * ACLED's geo_precision is 1–3 (the place, near it, its region); UCDP's
 * where_prec runs to 7 (an admin unit, a country, waters): everything from 3
 * up is drawn as known only to an area.
 */
function precisionOf(column: number | null, cells: string[]): number {
  if (column === null) return 0;
  const code = Number((cells[column] ?? '').trim());
  return Number.isInteger(code) && code >= 1 ? Math.min(code, 3) : 0;
}
