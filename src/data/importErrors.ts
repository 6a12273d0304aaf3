/**
 * The errors an imported file can fail with before its features are looked
 * at: too large, not UTF-8, or a GeoJSON rule broken. Each says where in the
 * file the problem is (byte, line and column, feature, field), so a user can
 * find and fix it.
 */
import type { HintIssue } from '@placemarkio/check-geojson';
import type { FeatureCollection, GeoJSON } from 'geojson';
import { findNodeAtOffset, getNodePath, parseTree, type Node } from 'jsonc-parser';
import type { ImportError, ImportErrorCode } from './importTypes';
import { lineAndColumn } from './json';

export { MAX_IMPORT_BYTES, sizeError } from './importLimits';

/** The text, or why it is not UTF-8 and where the first bad byte is. */
export function decodeUtf8(bytes: Uint8Array): string | { message: string } {
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
export function describeIssue(
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
