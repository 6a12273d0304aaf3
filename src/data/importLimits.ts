/**
 * How large a GeoJSON file the app takes: checked before the file is read, by
 * the page (so a huge file costs nothing) and by the parser.
 */
import type { ImportError } from './importTypes';

/**
 * Read in a worker, a file this size leaves the page free; what is left on the
 * main thread is drawing it, which is the feature count's cost (measured:
 * 2,000 polygons in 15.6 MB, a 145 ms task; 20,000 points in 3.4 MB, 181 ms;
 * 80,000 points in 13.4 MB, 710 ms). Points by the tens of thousands belong
 * in a CSV, whose rows are clustered in a worker.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Checked before a file is read at all, so a huge file costs nothing. */
export function sizeError(fileName: string, byteLength: number): ImportError | null {
  if (byteLength <= MAX_IMPORT_BYTES) return null;
  return {
    code: 'too-large',
    fileName,
    message: `The file is ${megabytes(byteLength)} (${byteLength.toLocaleString('en')} bytes); the limit is ${megabytes(MAX_IMPORT_BYTES)}. Split it or simplify its geometry; many points are better brought as a CSV table, whose rows are clustered.`,
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
