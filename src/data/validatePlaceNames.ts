/**
 * `place-names.json`: the other names towns of the region go by — Kurdish,
 * Arabic, Turkish, Syriac, or a common English spelling — that GeoNames does
 * not list, each entry citing the page it was read from. The place finder
 * reads them beside GeoNames' own alternate names; an editor adds a name
 * without code:
 *
 *   { "names": [{ "geonames": 90353, "place": "Tel Keppe",
 *                 "names": ["Tilkepe", "Telkef"],
 *                 "source": "https://en.wikipedia.org/wiki/Tel_Keppe" }] }
 *
 * `source` is the page that gives the names (a URL, or a Wikidata item such
 * as "Q1017157"); `read`, when the page was read through a copy, is that
 * copy's address.
 */
import * as v from 'valibot';
import { readAuthoredJson } from './authoredJson';
import type { Problem } from './problems';

export const PLACE_NAMES_FILE = 'place-names.json';

const SOURCE = /^(?:https?:\/\/\S+|Q[1-9]\d*)$/;

const EntrySchema = v.strictObject({
  /** The town's GeoNames id (cities1000). */
  geonames: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Its name, for the reader of the file. */
  place: v.pipe(v.string(), v.trim(), v.minLength(1)),
  names: v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(2))), v.minLength(1)),
  source: v.string(),
  read: v.optional(v.string()),
  notes: v.optional(v.string()),
});

export const PlaceNamesSchema = v.strictObject({
  $comment: v.optional(v.string()),
  names: v.array(v.unknown()),
});

export type PlaceNameEntry = v.InferOutput<typeof EntrySchema>;

/**
 * The table's entries, or none when the corpus has no table. Each entry
 * must have the shape above and cite a source; a name given to two
 * different towns, or twice to one, is an error naming both.
 */
export function validatePlaceNames(
  files: ReadonlyMap<string, Uint8Array>,
  root: string,
): { entries: PlaceNameEntry[]; problems: Problem[] } {
  const bytes = files.get(PLACE_NAMES_FILE);
  if (!bytes) return { entries: [], problems: [] };
  const file = `${root}/${PLACE_NAMES_FILE}`;
  const parsed = readAuthoredJson(bytes, file);
  if ('problems' in parsed) return { entries: [], problems: parsed.problems };
  // A field that is missing has no line: the nearest enclosing one's is given.
  const lineOf = (path: (string | number)[]): number => {
    for (let end = path.length; end >= 0; end--) {
      const position = parsed.json.positionOf(path.slice(0, end));
      if (position) return position.line;
    }
    return 1;
  };
  const problem = (
    id: string | null,
    field: string,
    message: string,
    path: (string | number)[],
  ): Problem => ({
    file,
    id,
    field,
    severity: 'error',
    message,
    line: lineOf(path),
  });
  const table = v.safeParse(PlaceNamesSchema, parsed.json.value);
  if (!table.success)
    return {
      entries: [],
      problems: [
        problem(
          null,
          'names',
          'must be {"names": [{"geonames": …, "place": …, "names": […], "source": …}, …]}',
          [],
        ),
      ],
    };
  const problems: Problem[] = [];
  const entries: PlaceNameEntry[] = [];
  const townOf = new Map<string, { geonames: number; at: number }>();
  table.output.names.forEach((raw, i) => {
    const entry = v.safeParse(EntrySchema, raw);
    const label =
      typeof (raw as { place?: unknown })?.place === 'string'
        ? (raw as { place: string }).place
        : `entry ${i + 1}`;
    if (!entry.success) {
      const issue = entry.issues[0];
      const field = issue.path?.map((step) => String(step.key)).join('.') ?? 'names';
      problems.push(
        problem(
          label,
          field,
          `${issue.message}: each entry is {"geonames": <GeoNames id>, "place": "<name>", "names": ["<other name>", …], "source": "<URL or Wikidata QID>"}`,
          ['names', i, ...(issue.path?.map((step) => step.key as string | number) ?? [])],
        ),
      );
      return;
    }
    const value = entry.output;
    if (!SOURCE.test(value.source)) {
      problems.push(
        problem(
          value.place,
          'source',
          'must be the address of the page that gives these names, or a Wikidata item (Q…)',
          ['names', i, 'source'],
        ),
      );
      return;
    }
    value.names.forEach((name, j) => {
      const key = name.toLowerCase();
      const seen = townOf.get(key);
      if (seen && seen.geonames !== value.geonames)
        problems.push(
          problem(
            value.place,
            'names',
            `“${name}” is also given to GeoNames ${seen.geonames} (entry ${seen.at + 1}): a name stands for one town here`,
            ['names', i, 'names', j],
          ),
        );
      else if (seen)
        problems.push(
          problem(value.place, 'names', `“${name}” is given twice to GeoNames ${value.geonames}`, [
            'names',
            i,
            'names',
            j,
          ]),
        );
      else townOf.set(key, { geonames: value.geonames, at: i });
    });
    entries.push(value);
  });
  return { entries, problems };
}
