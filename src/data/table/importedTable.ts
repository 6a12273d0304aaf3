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
