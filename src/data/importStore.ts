/**
 * The user's imported files, kept on this device (IndexedDB) so they are
 * there after a reload: the file itself, as it was read, under its name (a
 * file imported again under the same name replaces the one kept), with its
 * size, when it was added, and the columns the user picked for it. Nothing
 * here ever leaves the browser.
 *
 * Each call can fail (private browsing, a full disk, a browser that blocks
 * storage): the error is the caller's to say, never swallowed here.
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { ColumnRoles } from './table/columns';

export type ImportKind = 'table' | 'geojson';

export interface StoredImport {
  name: string;
  kind: ImportKind;
  size: number;
  /** Milliseconds since 1970, when the file was added. */
  addedAt: number;
  file: Blob;
  /** Columns the user picked (for a table whose header did not say). */
  roles?: Partial<ColumnRoles>;
}

let store: UseStore | null = null;
const theStore = () => (store ??= createStore('crossings-imports', 'files'));

export async function keepImport(entry: StoredImport): Promise<void> {
  await set(entry.name, entry, theStore());
}

export async function forgetImport(name: string): Promise<void> {
  await del(name, theStore());
}

/** Every kept file, oldest first (the order they were added in). */
export async function keptImports(): Promise<StoredImport[]> {
  const all = await entries<string, StoredImport>(theStore());
  return all.map(([, entry]) => entry).sort((a, b) => a.addedAt - b.addedAt);
}

/** Why storage failed, as a clause for the user: "the browser's storage is full". */
export function storageProblem(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'the browser’s storage on this device is full';
  return `the browser refused its storage (${name || (error instanceof Error ? error.message : String(error))}: private browsing, or storage blocked)`;
}
