/**
 * The messages between the page and a table's worker (`tableWorker.ts`): one
 * worker per imported table, which reads the file, then keeps the table's
 * cluster index and its names, answering for the map and the search.
 */
import type { ColumnRoles } from './columns';
import type { TableError, TableReading } from './readTable';

export type ToTableWorker =
  | {
      type: 'read';
      /** The file's bytes, transferred (the page keeps no copy). */
      bytes: ArrayBuffer;
      roles?: Partial<ColumnRoles>;
    }
  | {
      type: 'clusters';
      seq: number;
      bbox: [number, number, number, number];
      zoom: number;
      /** First and last day (since 1970) the time range keeps; rows it does not overlap are left out, undated rows never. */
      days: [number, number] | null;
      /** Rows whose value in this category column is one of these codes are left out. */
      hide: { column: number; codes: number[] } | null;
    }
  | {
      type: 'search';
      seq: number;
      text: string;
      limit: number;
      /** As for the clusters: the rows the map shows are the rows the search finds. */
      days: [number, number] | null;
      hide: { column: number; codes: number[] } | null;
    };

/** A marker to draw: a cluster of rows, or one row (by its index among the placed rows). */
export interface TableMarker {
  lat: number;
  lon: number;
  count: number;
  /** Null for a single row. */
  clusterId: number | null;
  /** The placed row's index, for a single row. */
  index: number | null;
  /** The zoom at which a cluster splits (a single row: null). */
  expandsAt: number | null;
}

export type FromTableWorker =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: TableReading | TableError }
  | { type: 'failed'; message: string }
  | { type: 'clusters'; seq: number; markers: TableMarker[] }
  | { type: 'search'; seq: number; indexes: number[]; total: number };

/** The typed arrays of a reading: transferred rather than copied. */
export function transferablesOf(result: TableReading | TableError): ArrayBuffer[] {
  if ('code' in result) return [];
  const { lat, lon, row, precision, start, end, hedge, cells } = result.placed;
  return [
    lat,
    lon,
    row,
    precision,
    start,
    end,
    hedge,
    ...cells.map((column) => column.ends),
    ...result.categories.map((category) => category.codes),
  ].map((array) => array.buffer as ArrayBuffer);
}
