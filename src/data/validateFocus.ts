/**
 * `focus.json`: where the story happens, as data, so an editor of another
 * corpus sets it without code. The map opens on it; the basemap's detail
 * window and the place finder's sense of "the region" are to follow it too.
 * Either a box, or the features whose extent it is (a route stands for its
 * stops), with a margin round them:
 *
 *   { "features": ["smuggling-route-ras-al-ayn"], "marginKm": 15, "notes": "…" }
 *   { "box": [39.5, 35.8, 41.8, 37.3] }
 */
import * as v from 'valibot';
import { readAuthoredJson } from './authoredJson';
import type { Problem } from './problems';

export const FOCUS_FILE = 'focus.json';

/** Kilometres round the features when the file gives no margin. */
export const DEFAULT_FOCUS_MARGIN_KM = 10;

const longitude = v.pipe(v.number(), v.minValue(-180), v.maxValue(180));
const latitude = v.pipe(v.number(), v.minValue(-90), v.maxValue(90));

export const FocusSchema = v.union([
  v.strictObject({
    /** [west, south, east, north] in degrees. */
    box: v.strictTuple([longitude, latitude, longitude, latitude]),
    notes: v.optional(v.string()),
  }),
  v.strictObject({
    /** Ids of places or routes (a route stands for its stops). */
    features: v.pipe(v.array(v.string()), v.minLength(1, 'must name at least one feature')),
    marginKm: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(500))),
    notes: v.optional(v.string()),
  }),
]);
export type Focus = v.InferOutput<typeof FocusSchema>;

/**
 * The focus the file declares, or null when there is none (the map then
 * opens on the corpus's settlements, as before there was a focus). A box
 * must run west to east and south to north; named features must exist.
 *
 * @example validateFocus(files, 'geo', (id) => ids.has(id))
 */
export function validateFocus(
  files: ReadonlyMap<string, Uint8Array>,
  root: string,
  featureExists: (id: string) => boolean,
): { focus: Focus | null; problems: Problem[] } {
  const bytes = files.get(FOCUS_FILE);
  if (!bytes) return { focus: null, problems: [] };
  const file = `${root}/${FOCUS_FILE}`;
  const parsed = readAuthoredJson(bytes, file);
  if ('problems' in parsed) return { focus: null, problems: parsed.problems };
  const lineOf = (...path: (string | number)[]) => parsed.json.positionOf(path)?.line ?? 1;
  const problem = (field: string, message: string, path: (string | number)[]): Problem => ({
    file,
    id: null,
    field,
    severity: 'error',
    message,
    line: lineOf(...path),
  });
  const result = v.safeParse(FocusSchema, parsed.json.value);
  if (!result.success)
    return {
      focus: null,
      problems: [
        problem(
          'focus',
          'must be {"box": [west, south, east, north]} or {"features": ["<place or route id>", …], "marginKm": 10}',
          [],
        ),
      ],
    };
  const focus = result.output;
  const problems: Problem[] = [];
  if ('box' in focus) {
    const [west, south, east, north] = focus.box;
    if (west >= east)
      problems.push(
        problem('box', 'must run west to east: the first longitude must be the smaller', [
          'box',
          0,
        ]),
      );
    if (south >= north)
      problems.push(
        problem('box', 'must run south to north: the second number must be the smaller latitude', [
          'box',
          1,
        ]),
      );
  } else
    focus.features.forEach((id, i) => {
      if (!featureExists(id))
        problems.push(
          problem(`features[${i}]`, `"${id}" is not the id of a place or route in this corpus`, [
            'features',
            i,
          ]),
        );
    });
  return { focus: problems.length === 0 ? focus : null, problems };
}
