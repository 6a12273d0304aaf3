/** The messages between the page and the table worker (`tableWorker.ts`). */
import type { ColumnRoles } from './columns';
import type { TableError, TableReading } from './readTable';

export interface ReadTableRequest {
  type: 'read';
  /** The file's bytes, transferred (the page keeps no copy). */
  bytes: ArrayBuffer;
  roles?: Partial<ColumnRoles>;
}

export type FromTableWorker =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: TableReading | TableError }
  | { type: 'failed'; message: string };

/** The typed arrays of a reading: transferred rather than copied. */
export function transferablesOf(result: TableReading | TableError): ArrayBuffer[] {
  if ('code' in result) return [];
  const { lat, lon, row, precision, start, end, cells } = result.placed;
  return [lat, lon, row, precision, start, end, ...cells.map((column) => column.ends)].map(
    (array) => array.buffer as ArrayBuffer,
  );
}
