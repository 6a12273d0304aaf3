/** Which kind of file the user brings, and how large a table the app takes. */
import type { ImportKind } from './importStore';

/** Read in a worker and kept as columns, a table this size imports in seconds (bench: 82 MB, 500,000 rows). */
export const MAX_TABLE_BYTES = 100_000_000;

const TABLE_NAME = /\.(csv|tsv|tab|txt)$/i;
const TABLE_TYPES = new Set(['text/csv', 'text/tab-separated-values', 'text/plain']);

/** A table by its name or type; anything else is read as GeoJSON. */
export function importKindOf(file: { name: string; type: string }): ImportKind {
  return TABLE_NAME.test(file.name) || TABLE_TYPES.has(file.type) ? 'table' : 'geojson';
}
