/**
 * `basemap/rivers.json`: the rivers the built-in basemap names, as data an
 * editor extends without code; and `basemap/rivers.lines.geojson`, their
 * courses as `npm run basemap:rivers` traced them through GSHHG's unnamed
 * river lines. The check holds the two together: every river in the table has
 * its line, traced through the stops the table gives now (a table edited and
 * not traced again is an error that says which command to run).
 */
import * as v from 'valibot';
import { readAuthoredJson } from './authoredJson';
import { fileError, type Problem } from './problems';

export const RIVER_TABLE = 'basemap/rivers.json';
export const RIVER_LINES = 'basemap/rivers.lines.geojson';
/** The same files from the repository's root, for the script that writes the lines. */
export const RIVER_TABLE_FILE = `geo/${RIVER_TABLE}`;
export const RIVER_LINES_FILE = `geo/${RIVER_LINES}`;

const longitude = v.pipe(v.number(), v.minValue(-180), v.maxValue(180));
const latitude = v.pipe(v.number(), v.minValue(-90), v.maxValue(90));
const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

const StopSchema = v.union([
  /** A town the cited page places on the river, by its GeoNames id. */
  v.strictObject({ geonames: v.pipe(v.number(), v.integer(), v.minValue(1)), name: text }),
  /** A point the cited page gives (a mouth, a source), [lng, lat]. */
  v.strictObject({ at: v.strictTuple([longitude, latitude]), name: text }),
]);
export type RiverStop = v.InferOutput<typeof StopSchema>;

const RiverSchema = v.strictObject({
  id: v.pipe(
    v.string(),
    v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by "-"'),
  ),
  name: text,
  source: v.strictObject({
    url: v.pipe(v.string(), v.url('must be the address of the page that names the river')),
    /** What on that page supports the name and the stops. */
    supports: text,
  }),
  through: v.pipe(v.array(StopSchema), v.minLength(2, 'needs at least a first and a last stop')),
});
export type River = v.InferOutput<typeof RiverSchema>;

const TableSchema = v.strictObject({
  notes: v.optional(v.string()),
  rivers: v.array(RiverSchema),
});
export type RiverTable = v.InferOutput<typeof TableSchema>;

const LinesSchema = v.looseObject({
  type: v.literal('FeatureCollection'),
  data: text,
  licence: text,
  /** Short, for the map's attribution line. */
  attribution: text,
  features: v.array(
    v.looseObject({
      type: v.literal('Feature'),
      id: v.string(),
      properties: v.looseObject({ name: v.string(), through: v.array(StopSchema) }),
      geometry: v.strictObject({
        type: v.literal('LineString'),
        coordinates: v.pipe(
          v.array(v.strictTuple([longitude, latitude])),
          v.minLength(2, 'a line needs two points'),
        ),
      }),
    }),
  ),
});

/** A river as the basemap draws it. */
export interface NamedRiver {
  id: string;
  name: string;
  /** [lng, lat] points, upstream first. */
  line: [number, number][];
}

export interface RiverData {
  rivers: NamedRiver[];
  /** Where the lines come from and under what terms, for the map's attribution. */
  attribution: string;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

function parseFile<T>(
  bytes: Uint8Array,
  file: string,
  schema: v.GenericSchema<unknown, T>,
): Parsed<T> {
  const parsed = readAuthoredJson(bytes, file);
  if ('problems' in parsed) return { ok: false, problems: parsed.problems };
  // A missing field has no line of its own: the object that lacks it has.
  const lineNear = (path: (string | number)[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const position = parsed.json.positionOf(path.slice(0, n));
      if (position) return position.line;
    }
    return 1;
  };
  const result = v.safeParse(schema, parsed.json.value);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    problems: result.issues.map((issue) => {
      const path = (issue.path ?? []).map((item) => item.key as string | number);
      return {
        file,
        id: null,
        field: path.length ? dotted(path) : null,
        severity: 'error',
        message: issue.message,
        line: lineNear(path),
      };
    }),
  };
}

const dotted = (path: (string | number)[]) =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i ? `.${key}` : key)).join('');

/**
 * The table alone, as the tracing script reads it.
 *
 * @example parseRiverTable('{"rivers": []}', 'geo/basemap/rivers.json') // { ok: true, table: { rivers: [] } }
 */
export function parseRiverTable(
  tableText: string,
  file: string,
): { ok: true; table: RiverTable } | { ok: false; problems: string[] } {
  const parsed = parseFile(new TextEncoder().encode(tableText), file, TableSchema);
  if (parsed.ok) {
    const duplicate = duplicateId(parsed.value);
    if (!duplicate) return { ok: true, table: parsed.value };
    return { ok: false, problems: [`${file}: river id "${duplicate}" is used twice`] };
  }
  return {
    ok: false,
    problems: parsed.problems.map(
      (p) => `${p.file}:${p.line ?? 1}${p.field ? ` ${p.field}` : ''}: ${p.message}`,
    ),
  };
}

function duplicateId(table: RiverTable): string | null {
  const seen = new Set<string>();
  for (const river of table.rivers) {
    if (seen.has(river.id)) return river.id;
    seen.add(river.id);
  }
  return null;
}

/**
 * The named rivers of a corpus folder, or none when it has no river table.
 *
 * @example validateRivers(files, 'geo').rivers.map((r) => r.name) // ['Euphrates', 'Tigris', 'Khabur']
 */
export function validateRivers(
  files: ReadonlyMap<string, Uint8Array>,
  root: string,
): { rivers: RiverData | null; problems: Problem[] } {
  const tableBytes = files.get(RIVER_TABLE);
  const linesBytes = files.get(RIVER_LINES);
  const tableFile = `${root}/${RIVER_TABLE}`;
  const linesFile = `${root}/${RIVER_LINES}`;
  if (!tableBytes && !linesBytes) return { rivers: null, problems: [] };
  const retrace = 'run `npm run basemap:rivers` to trace the lines again';
  if (!tableBytes)
    return {
      rivers: null,
      problems: [fileError(linesFile, `has no table beside it: ${tableFile} names the rivers`)],
    };
  const table = parseFile(tableBytes, tableFile, TableSchema);
  if (!table.ok) return { rivers: null, problems: table.problems };
  const duplicate = duplicateId(table.value);
  if (duplicate)
    return {
      rivers: null,
      problems: [fileError(tableFile, `river id "${duplicate}" is used twice`)],
    };
  if (!linesBytes)
    return { rivers: null, problems: [fileError(linesFile, `is missing: ${retrace}`)] };
  const lines = parseFile(linesBytes, linesFile, LinesSchema);
  if (!lines.ok) return { rivers: null, problems: lines.problems };
  const problems: Problem[] = [];
  const traced = new Map(lines.value.features.map((feature) => [feature.id, feature]));
  const rivers: NamedRiver[] = [];
  for (const river of table.value.rivers) {
    const line = traced.get(river.id);
    const stale = (message: string): Problem => ({
      file: linesFile,
      id: river.id,
      field: null,
      severity: 'error',
      message: `${message}: ${retrace}`,
    });
    if (!line) problems.push(stale(`has no line for the river "${river.id}" in ${tableFile}`));
    else if (
      line.properties.name !== river.name ||
      JSON.stringify(line.properties.through) !== JSON.stringify(river.through)
    )
      problems.push(stale(`was traced from an older ${tableFile} (name or stops differ)`));
    else rivers.push({ id: river.id, name: river.name, line: line.geometry.coordinates });
  }
  for (const id of traced.keys())
    if (!table.value.rivers.some((river) => river.id === id))
      problems.push({
        file: linesFile,
        id,
        field: null,
        severity: 'error',
        message: `has a line for "${id}", which ${tableFile} no longer names: ${retrace}`,
      });
  if (problems.length) return { rivers: null, problems };
  return {
    rivers: { rivers, attribution: `rivers: ${lines.value.attribution}` },
    problems,
  };
}
