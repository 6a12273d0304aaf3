/**
 * What reading a user's GeoJSON file gives: a layer the map can draw, or one
 * error saying what is wrong and where. The shapes have a file of their own so
 * the parser's parts (`importErrors.ts`, `importFeatures.ts`) can share them
 * without importing `importLayer.ts`, which re-exports them to the app.
 */
import type { Geometry } from 'geojson';

export type ImportErrorCode =
  /** The browser could not read the file at all (moved, or permission withdrawn). */
  | 'unreadable'
  | 'too-large'
  | 'not-utf8'
  | 'not-json'
  | 'not-geojson'
  | 'invalid-geometry'
  | 'out-of-range'
  | 'swapped'
  | 'empty';

export interface ImportError {
  code: ImportErrorCode;
  fileName: string;
  /** One sentence a user can act on, naming the place in the file. */
  message: string;
  line?: number;
  column?: number;
  /** The JSON path, e.g. features[3].geometry.coordinates[0]. */
  path?: string;
}

/** A quoted passage in the project's own shape, as an export from Crossings carries. */
export interface ImportedExcerpt {
  source: string;
  quote: string;
}

export interface ImportedFeature {
  /** Unique in the app: the layer's id and the feature's place in the file. */
  key: string;
  /** The feature's own id, if it has one. */
  id: string | number | null;
  title: string;
  geometry: Geometry;
  properties: Record<string, unknown>;
  /** Present when the properties carry `excerpts` in the project's shape. */
  excerpts: ImportedExcerpt[] | null;
  /** [lat, lng] where its popup opens. */
  anchor: [number, number];
}

export interface ImportedLayer {
  id: string;
  fileName: string;
  features: ImportedFeature[];
  /** Features with a null or empty geometry: valid GeoJSON, nothing to draw. */
  withoutGeometry: number;
  /** [west, south, east, north] */
  bbox: [number, number, number, number];
  /** The file's size in bytes and when it was added (ms since 1970): set by the app, not the parser. */
  size?: number;
  addedAt?: number;
}

export type ImportResult = { layer: ImportedLayer } | { error: ImportError };

export type Fail = (
  code: ImportErrorCode,
  message: string,
  where?: Partial<ImportError>,
) => { error: ImportError };
