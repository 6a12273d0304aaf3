/**
 * Reads a GeoJSON file a user brings into a layer the map can draw, or into
 * one error that says what is wrong and where (line and column, feature,
 * field). It never throws: whatever the bytes, the caller gets a layer or an
 * error, and the app's own data is never touched.
 *
 * The GeoJSON rules themselves (types, positions, closed rings, members) are
 * @placemarkio/check-geojson's; this module adds what a map needs on top:
 * encoding, size, coordinates on the globe, and something to draw.
 *
 * This module is the entry the app loads on demand, and the order of the
 * checks is here; the encoding, size and GeoJSON errors are in
 * `importErrors.ts`, the globe check and the layer in `importFeatures.ts`, and
 * the shapes in `importTypes.ts`.
 */
import { getIssues } from '@placemarkio/check-geojson';
import type { GeoJSON } from 'geojson';
import { decodeUtf8, describeIssue, sizeError } from './importErrors';
import { toLayer } from './importFeatures';
import type { ImportError, ImportErrorCode, ImportResult } from './importTypes';
import { parseJsonStrict } from './json';

export { MAX_IMPORT_BYTES, sizeError } from './importErrors';
export type {
  ImportError,
  ImportErrorCode,
  ImportedExcerpt,
  ImportedFeature,
  ImportedLayer,
  ImportResult,
} from './importTypes';

const GEOJSON_TYPES = new Set([
  'FeatureCollection',
  'Feature',
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

/**
 * @example parseImportedLayer(new TextEncoder().encode('{"type":"Point","coordinates":[40.07,36.85]}'), 'a.geojson', 'import-1')
 *   // { layer: { features: [{ title: 'Feature 1', anchor: [36.85, 40.07], … }], … } }
 */
export function parseImportedLayer(
  bytes: Uint8Array,
  fileName: string,
  layerId: string,
): ImportResult {
  const fail = (code: ImportErrorCode, message: string, where: Partial<ImportError> = {}) => ({
    error: { code, fileName, message, ...where },
  });
  try {
    const tooLarge = sizeError(fileName, bytes.length);
    if (tooLarge) return { error: tooLarge };
    const text = decodeUtf8(bytes);
    if (typeof text !== 'string') return fail('not-utf8', text.message);
    if (text.trim() === '') return fail('empty', 'The file is empty.');
    const parsed = parseJsonStrict(text);
    if ('error' in parsed)
      return fail(
        'not-json',
        `This is not valid JSON, at line ${parsed.error.line}, column ${parsed.error.column}: ${parsed.error.message.replace(/^malformed JSON: /, '')}.`,
        { line: parsed.error.line, column: parsed.error.column },
      );
    const value = parsed.json.value;
    const type = (value as { type?: unknown } | null)?.type;
    if (
      typeof value !== 'object' ||
      value === null ||
      Array.isArray(value) ||
      !GEOJSON_TYPES.has(type as string)
    )
      return fail(
        'not-geojson',
        `This is JSON but not GeoJSON: the top level needs a "type" of FeatureCollection, Feature or a geometry${typeof type === 'string' ? `, not "${type}"` : ''}.`,
        { line: 1, column: 1 },
      );
    const issue = getIssues(text)[0];
    if (issue) return fail(...describeIssue(issue, text, value as GeoJSON));
    return toLayer(value as GeoJSON, fileName, layerId, fail);
  } catch (error) {
    // Nesting deep enough to overflow a parser's stack is the one way a string can still throw.
    return fail(
      'not-json',
      `The file could not be read as JSON (${error instanceof RangeError ? 'it is nested too deeply' : String(error)}).`,
    );
  }
}
