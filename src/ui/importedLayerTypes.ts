/** What the user's own layers hold and offer, as the panel, the map and the app state see them. */
import type { ImportError, ImportedLayer } from '../data/importLayer';
import type { ImportKind } from '../data/importStore';
import type { ColumnRoles } from '../data/table/columns';
import type { ImportedTable, TableStyle } from '../data/table/importedTable';

/** A table being read: how far, and how to stop. */
export interface TableBeingRead {
  id: string;
  fileName: string;
  fraction: number;
  cancel: () => void;
}

/** A table whose header names no coordinates: the user picks the columns. */
export interface ColumnsToPick {
  id: string;
  fileName: string;
  header: string[];
}

export interface ImportedLayers {
  layers: ImportedLayer[];
  tables: ImportedTable[];
  hidden: ReadonlySet<string>;
  /** One per file that could not be added, newest last. */
  errors: ImportError[];
  /** GeoJSON files being read. */
  pending: number;
  reading: TableBeingRead[];
  toPick: ColumnsToPick[];
  /** Why the last file could not be kept on the device, if it could not. */
  storage: string | null;
  /** Tables coloured by a column, by table id. */
  styles: ReadonlyMap<string, TableStyle>;
  styleTable: (id: string, style: TableStyle | null) => void;
  addFiles: (files: Iterable<File>) => Promise<void>;
  pickColumns: (id: string, roles: Partial<ColumnRoles>) => void;
  toggle: (layerId: string, visible: boolean) => void;
  remove: (layerId: string) => void;
  dismissError: (index: number) => void;
  dismissPick: (id: string) => void;
}

/** A file on its way in, from the user or from the device. */
export interface Addition {
  name: string;
  kind: ImportKind;
  file: Blob;
  addedAt: number;
  roles?: Partial<ColumnRoles>;
  /** False for a file restored from the device (it is kept already). */
  keep: boolean;
}
