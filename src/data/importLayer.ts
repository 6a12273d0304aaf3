/**
 * Reads a GeoJSON file a user brings into a layer the map can draw, or into
 * one error that says what is wrong and where (line and column, feature,
 * field). It never throws: whatever the bytes, the caller gets a layer or an
 * error, and the app's own data is never touched.
 *
 * The GeoJSON rules themselves (types, positions, closed rings, members) are
 * @placemarkio/check-geojson's; this module adds what a map needs on top:
 * encoding, size, coordinates on the globe, and something to draw.
 */
import { getIssues, type HintIssue } from '@placemarkio/check-geojson';
import bbox from '@turf/bbox';
import type { Feature, FeatureCollection, GeoJSON, Geometry, Position } from 'geojson';
import { findNodeAtOffset, getNodePath, parseTree, type Node } from 'jsonc-parser';
import { lineAndColumn, parseJsonStrict } from './json';

/** A phone reads, parses and draws a file this size in a few seconds. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

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
}

export type ImportResult = { layer: ImportedLayer } | { error: ImportError };

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

const TITLE_KEYS = ['name', 'title', 'label', 'headline'];

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

/** Checked before a file is read at all, so a huge file costs nothing. */
export function sizeError(fileName: string, byteLength: number): ImportError | null {
  if (byteLength <= MAX_IMPORT_BYTES) return null;
  return {
    code: 'too-large',
    fileName,
    message: `The file is ${megabytes(byteLength)} (${byteLength.toLocaleString('en')} bytes); the limit is ${megabytes(MAX_IMPORT_BYTES)}, which a phone can read and draw. Split it, or simplify its geometry.`,
  };
}

type Fail = (
  code: ImportErrorCode,
  message: string,
  where?: Partial<ImportError>,
) => { error: ImportError };

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The text, or why it is not UTF-8 and where the first bad byte is. */
function decodeUtf8(bytes: Uint8Array): string | { message: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { message: 'The file is UTF-16; GeoJSON must be UTF-8 (RFC 7946). Save it as UTF-8.' };
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      message: `The file is not UTF-8 (GeoJSON must be, RFC 7946): the first byte that is not is byte ${firstInvalidByte(bytes) + 1}. Save it as UTF-8.`,
    };
  }
}

/**
 * Binary search on prefixes: in streaming mode a prefix that ends mid-character
 * decodes, one with a bad byte does not. The bad character starts at the end
 * of the longest good prefix, or at the unfinished character it ends with.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      good = middle;
    } catch {
      bad = middle;
    }
  }
  let lead = good - 1;
  while (lead >= 0 && good - lead < 4 && (bytes[lead]! & 0xc0) === 0x80) lead--;
  const byte = bytes[lead] ?? 0;
  const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
  return lead >= 0 && good - lead < length ? lead : good;
}

/** check-geojson reports offsets; say which feature and field that is, and its line and column. */
function describeIssue(
  issue: HintIssue,
  text: string,
  root: GeoJSON,
): [ImportErrorCode, string, Partial<ImportError>] {
  const tree = parseTree(text) as Node;
  const node = findNodeAtOffset(tree, issue.from, true);
  const path = node ? getNodePath(node) : [];
  const { line, column } = lineAndColumn(text, issue.from);
  const geometric = path.some((key) => key === 'coordinates' || key === 'geometries');
  const where = describePath(path, root);
  return [
    geometric ? 'invalid-geometry' : 'not-geojson',
    `${geometric ? 'Invalid geometry' : 'Not valid GeoJSON'}${where ? ` in ${where}` : ''} (line ${line}, column ${column}): ${issue.message}`,
    { line, column, path: formatPath(path) },
  ];
}

function formatPath(path: (string | number)[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
    .join('');
}

/** "feature 4 (id "x"), geometry.coordinates[0]" */
function describePath(path: (string | number)[], root: GeoJSON): string {
  if (path[0] === 'features' && typeof path[1] === 'number') {
    const feature = (root as FeatureCollection).features?.[path[1]];
    const id = feature && typeof feature === 'object' ? feature.id : undefined;
    const rest = formatPath(path.slice(2));
    return `feature ${path[1] + 1}${id !== undefined ? ` (id ${JSON.stringify(id)})` : ''}${rest ? `, ${rest}` : ''}`;
  }
  return formatPath(path);
}

function toLayer(root: GeoJSON, fileName: string, layerId: string, fail: Fail): ImportResult {
  const features: Feature[] =
    root.type === 'FeatureCollection'
      ? root.features
      : root.type === 'Feature'
        ? [root]
        : [{ type: 'Feature', properties: {}, geometry: root }];
  if (features.length === 0)
    return fail('empty', 'The file holds no features: there is nothing to draw.');
  const drawable = features.flatMap((feature, index) =>
    feature.geometry && positionsOf(feature.geometry).length > 0
      ? [{ feature: feature as Feature<Geometry>, index }]
      : [],
  );
  if (drawable.length === 0)
    return fail(
      'empty',
      `None of its ${features.length} features has a geometry: there is nothing to draw.`,
    );
  for (const { feature, index } of drawable) {
    const problem = positionProblem(feature.geometry);
    if (problem) {
      const where = `feature ${index + 1}${feature.id !== undefined ? ` (id ${JSON.stringify(feature.id)})` : ''}`;
      return fail(problem.code, `In ${where}: ${problem.message}`, {
        path: root.type === 'FeatureCollection' ? `features[${index}].geometry` : 'geometry',
      });
    }
  }
  const imported = drawable.map(({ feature, index }) => importFeature(feature, index, layerId));
  return {
    layer: {
      id: layerId,
      fileName,
      features: imported,
      withoutGeometry: features.length - drawable.length,
      bbox: bbox({ type: 'FeatureCollection', features: drawable.map((d) => d.feature) }) as [
        number,
        number,
        number,
        number,
      ],
    },
  };
}

/** The first position off the globe, and whether it looks like [latitude, longitude]. */
function positionProblem(geometry: Geometry): { code: ImportErrorCode; message: string } | null {
  for (const [lng, lat] of positionsOf(geometry) as [number, number][]) {
    if (Math.abs(lng) <= 180 && Math.abs(lat) <= 90) continue;
    const shown = `[${lng}, ${lat}]`;
    if (Math.abs(lat) > 90 && Math.abs(lat) <= 180 && Math.abs(lng) <= 90)
      return {
        code: 'swapped',
        message: `the position ${shown} has a latitude of ${lat}, beyond ±90, but would be on the globe the other way round. It looks like [latitude, longitude]; GeoJSON positions are [longitude, latitude].`,
      };
    return {
      code: 'out-of-range',
      message: `the position ${shown} is off the globe: longitude must be within ±180 and latitude within ±90 (are these projected coordinates, not WGS 84 degrees?).`,
    };
  }
  return null;
}

function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
}

function importFeature(
  feature: Feature<Geometry>,
  index: number,
  layerId: string,
): ImportedFeature {
  const properties = (feature.properties ?? {}) as Record<string, unknown>;
  const titleKey = TITLE_KEYS.find(
    (key) => typeof properties[key] === 'string' && properties[key] !== '',
  );
  const id = feature.id ?? null;
  const [west, south, east, north] = bbox(feature);
  return {
    key: `${layerId}:${index}`,
    id,
    title: titleKey
      ? (properties[titleKey] as string)
      : id !== null
        ? String(id)
        : `Feature ${index + 1}`,
    geometry: feature.geometry,
    properties,
    excerpts: excerptsOf(properties.excerpts),
    anchor:
      feature.geometry.type === 'Point'
        ? [feature.geometry.coordinates[1]!, feature.geometry.coordinates[0]!]
        : [(south + north) / 2, (west + east) / 2],
  };
}

/** The project's excerpt shape: a non-empty list of { source, quote } strings. */
function excerptsOf(value: unknown): ImportedExcerpt[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const valid = value.every(
    (item) =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as ImportedExcerpt).source === 'string' &&
      typeof (item as ImportedExcerpt).quote === 'string',
  );
  return valid
    ? value.map((item: ImportedExcerpt) => ({ source: item.source, quote: item.quote }))
    : null;
}
