/**
 * Placed rows as the reader builds them: typed arrays grown as rows come and
 * each column's cells joined into one string, and the problem reports that
 * list the first rows by number and count the rest.
 */
import type { TextColumn } from './placedRows';

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

/** Rows listed by number in a report; the rest are counted. */
export const FIRST_PROBLEMS = 20;

export class Problems {
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
export class RowBuffer {
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
