/**
 * The first step of reading any small authored JSON file (focus.json,
 * basemap/rivers.json): UTF-8, then strict JSON, each failure reported
 * against the file with its line and column.
 */
import { parseJsonStrict, type ParsedJson } from './json';
import { fileError, type Problem } from './problems';
import { decodeUtf8 } from './validateSources';

/**
 * @example readAuthoredJson(new TextEncoder().encode('{"a": 1,}'), 'geo/focus.json') // { problems: [{ …, line: 1, column: 9 }] }
 */
export function readAuthoredJson(
  bytes: Uint8Array,
  file: string,
): { json: ParsedJson } | { problems: Problem[] } {
  const text = decodeUtf8(bytes);
  if (text === null) return { problems: [fileError(file, 'is not valid UTF-8: save it as UTF-8')] };
  const parsed = parseJsonStrict(text);
  if ('error' in parsed) {
    const { message, line, column } = parsed.error;
    return {
      problems: [{ file, id: null, field: null, severity: 'error', message, line, column }],
    };
  }
  return { json: parsed.json };
}
