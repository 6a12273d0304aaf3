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
import { calendarDateSpan } from '../calendarDates';
import { numericDateOrder, parseDecimal, readDate, type DateReading } from './cells';
import { detectColumns, type ColumnRoles } from './columns';
import { decodeSpreadsheetText, type TextEncodingName } from './decodeText';

import { cellText, NO_DAY, type TextColumn } from './placedRows';

export { cellText, NO_DAY, type TextColumn } from './placedRows';

/** Geographic precision as conflict-event data codes it; 0 where the file gives none. */
export type PrecisionCode = 0 | 1 | 2 | 3;

export interface PlacedRows {
  count: number;
  lat: Float64Array;
  lon: Float64Array;
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  row: Uint32Array;
  precision: Uint8Array;
  /** First and last day of the row's date, days since 1970-01-01; NO_DAY when undated. */
  start: Int32Array;
  end: Int32Array;
  /** The date's EDTF qualifier: 0 none, 1 "?" (uncertain), 2 "~" (approximate), 3 "%" (both). */
  hedge: Uint8Array;
  /** Every column's cells, for the placed rows only, in header order. */
  cells: TextColumn[];
}

export interface RowProblem {
  row: number;
  message: string;
}

/** How many rows had a problem, and the first of them (enough to find the pattern). */
export interface ProblemReport {
  count: number;
  first: RowProblem[];
}

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

export interface TableReading {
  encoding: TextEncodingName;
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

/** Rows listed by number in a report; the rest are counted. */
export const FIRST_PROBLEMS = 20;

const PROGRESS_EVERY = 10_000;

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * @example readTable(new TextEncoder().encode('name,lat,lon\nTall Tamr,36.65,40.37\n'))
 *   // { placed: { count: 1, lat: [36.65], lon: [40.37], row: [2], … }, skipped: { count: 0 }, … }
 */
export function readTable(bytes: Uint8Array, options: ReadOptions = {}): TableReading | TableError {
  const { text, encoding } = decodeSpreadsheetText(bytes);
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

/** The column as a category; nothing when it has one value, more than MAX_CATEGORIES, or no value twice. */
function categoryOf(column: TextColumn, index: number, count: number): CategoryColumn[] {
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

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

const DAY_MS = 86_400_000;

const HEDGES = ['?', '~', '%'];
const hedgeOf = (text: string): string | null => {
  const reading = readDate(text, null);
  return reading && 'date' in reading ? (reading.hedge ?? null) : null;
};

/** Fills the placed rows' days; returns the rows whose date could not be read. */
function dateRows(placed: PlacedRows, starts: string[], ends: string[] | null): ProblemReport {
  const problems = new Problems();
  const startOrder = numericDateOrder(starts);
  const endOrder = ends ? numericDateOrder(ends) : null;
  const toDays = (reading: DateReading, edge: 'start' | 'end'): number | string | null => {
    if (reading === null) return null;
    if ('problem' in reading) return reading.problem;
    const span = calendarDateSpan(reading.date)!;
    return Date.parse(edge === 'start' ? span.start : span.end) / DAY_MS;
  };
  for (let i = 0; i < placed.count; i++) {
    const startText = starts[i]!;
    const first = toDays(readDate(startText, startOrder), 'start');
    const endText = ends ? ends[i]! : startText;
    const last = ends
      ? toDays(readDate(endText, endOrder), 'end')
      : toDays(readDate(startText, startOrder), 'end');
    placed.start[i] = NO_DAY;
    placed.end[i] = NO_DAY;
    if (first === null && last === null) continue;
    if (typeof first === 'number' && typeof last === 'number' && last >= first) {
      placed.start[i] = first;
      placed.end[i] = last;
      placed.hedge[i] = HEDGES.indexOf(hedgeOf(startText) ?? hedgeOf(endText) ?? '') + 1;
      continue;
    }
    const bad = typeof first === 'string' || (first === null && !ends) ? startText : endText;
    const why = typeof first === 'string' ? first : typeof last === 'string' ? last : null;
    problems.add(
      placed.row[i]!,
      why === 'day-or-month'
        ? `the date “${clip(bad)}” could be day/month or month/day, and no date in the column tells which.`
        : why === 'not-a-day'
          ? `the date “${clip(bad)}” is not a day of the calendar.`
          : why === 'unreadable'
            ? `the date “${clip(bad)}” is not in a form the import reads.`
            : first === null || last === null
              ? 'it has a start or an end date, not both.'
              : `it ends (${clip(endText)}) before it starts (${clip(startText)}).`,
    );
  }
  return problems.report();
}

class Problems {
  count = 0;
  private readonly first: RowProblem[] = [];
  add(row: number, reason: string): void {
    this.count++;
    if (this.first.length < FIRST_PROBLEMS)
      this.first.push({ row, message: `Row ${row}: ${reason}` });
  }
  report(): ProblemReport {
    return { count: this.count, first: this.first };
  }
}

/** Placed rows, grown as they come: typed arrays doubled as needed, cells joined per column. */
class RowBuffer {
  private size = 0;
  private lat = new Float64Array(1024);
  private lon = new Float64Array(1024);
  private row = new Uint32Array(1024);
  private precision = new Uint8Array(1024);
  private readonly texts: string[][] = [];

  push(lat: number, lon: number, row: number, precision: number, cells: string[], columns: number) {
    if (this.size === this.lat.length) this.grow();
    this.lat[this.size] = lat;
    this.lon[this.size] = lon;
    this.row[this.size] = row;
    this.precision[this.size] = precision;
    for (let c = 0; c < columns; c++) (this.texts[c] ??= []).push(cells[c] ?? '');
    this.size++;
  }

  private grow() {
    const double = <T extends Float64Array | Uint32Array | Uint8Array>(array: T): T => {
      const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
      bigger.set(array);
      return bigger;
    };
    this.lat = double(this.lat);
    this.lon = double(this.lon);
    this.row = double(this.row);
    this.precision = double(this.precision);
  }

  finish(columns: number): PlacedRows {
    const n = this.size;
    const cells: TextColumn[] = [];
    for (let c = 0; c < columns; c++) {
      const texts = this.texts[c] ?? [];
      const ends = new Uint32Array(n);
      let length = 0;
      for (let i = 0; i < n; i++) ends[i] = length += texts[i]!.length;
      cells.push({ joined: texts.join(''), ends });
    }
    return {
      count: n,
      lat: this.lat.slice(0, n),
      lon: this.lon.slice(0, n),
      row: this.row.slice(0, n),
      precision: this.precision.slice(0, n),
      start: new Int32Array(n),
      end: new Int32Array(n),
      hedge: new Uint8Array(n),
      cells,
    };
  }
}
