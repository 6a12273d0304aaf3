/**
 * The whole of `npm run check` that does not touch the file system: validates
 * every file of a corpus, reports every problem at once, and compiles the
 * corpus when nothing is wrong. Runs the same in Node and the browser.
 */
import type { CountryIndex } from '../geo/countries';
import type { CompiledCorpus } from './compiled';
import { compileCorpus } from './compile';
import { fileError, hasErrors, sortProblems, type Problem } from './problems';
import { readFeatureCollection, unreadable, type ItemsRead } from './readJsonFile';
import { IncidentSchema, PlaceSchema, RouteSchema } from './schema';
import { validateBorders } from './validateBorders';
import { checkFeatures, type LayersRead } from './validateFeatures';
import { validateFocus } from './validateFocus';
import { validateMeasures } from './validateMeasures';
import { validatePlaceNames } from './validatePlaceNames';
import { validateRivers, type RiverData } from './validateRivers';
import { decodeUtf8, validateSources } from './validateSources';

export const LAYER_FILES = {
  places: 'places.geojson',
  routes: 'routes.geojson',
  incidents: 'incidents.geojson',
} as const;

export interface CorpusInput {
  /** Every file under the corpus root, by path relative to it ("places.geojson", "sources/x.txt"). */
  files: ReadonlyMap<string, Uint8Array>;
  /** How the root is shown in messages, e.g. "geo". */
  root: string;
  countries: CountryIndex;
}

export interface CheckResult {
  /** Errors and warnings, sorted by file and line. */
  problems: Problem[];
  /** Null when there is any error: the app only ever receives data known to be good. */
  corpus: CompiledCorpus | null;
  /** The named rivers of basemap/ for the built-in basemap; null when the corpus has none. */
  rivers: RiverData | null;
}

/**
 * @example const { problems, corpus } = await checkCorpus({ files, root: 'geo', countries });
 */
export async function checkCorpus({ files, root, countries }: CorpusInput): Promise<CheckResult> {
  const sources = await validateSources(files, root);
  const problems: Problem[] = [...sources.problems];
  const readLayer = <T extends { id: string }>(
    name: keyof typeof LAYER_FILES,
    schema: Parameters<typeof readFeatureCollection<T>>[2],
  ) => {
    const file = `${root}/${LAYER_FILES[name]}`;
    const bytes = files.get(LAYER_FILES[name]);
    const text = bytes ? decodeUtf8(bytes) : null;
    const read: ItemsRead<T> =
      text === null ? unreadable<T>() : readFeatureCollection(file, text, schema);
    if (!bytes)
      problems.push(
        fileError(file, 'is missing: create it as {"type": "FeatureCollection", "features": []}'),
      );
    else if (text === null) problems.push(fileError(file, 'is not valid UTF-8: save it as UTF-8'));
    problems.push(...read.problems);
    return { ...read, file };
  };
  const layers: LayersRead = {
    places: readLayer('places', PlaceSchema),
    routes: readLayer('routes', RouteSchema),
    incidents: readLayer('incidents', IncidentSchema),
  };
  const measures = validateMeasures(files, root);
  problems.push(...measures.problems);
  const features = checkFeatures(layers, sources, countries, measures.knownIds);
  problems.push(...features.problems);
  const borders = validateBorders(files, root, countries);
  problems.push(...borders.problems);
  const featureIds = new Set(
    [...layers.places.items, ...layers.routes.items].map((item) => item.value.id),
  );
  const focus = validateFocus(files, root, (id) => featureIds.has(id));
  problems.push(...focus.problems);
  const rivers = validateRivers(files, root);
  problems.push(...rivers.problems);
  // Read by the place finder, not the map: checked here so an editor hears of a bad entry.
  problems.push(...validatePlaceNames(files, root).problems);

  const sorted = sortProblems(problems);
  if (hasErrors(sorted)) return { problems: sorted, corpus: null, rivers: null };
  const corpus = compileCorpus({
    sources: sources.sources.map((item) => item.value),
    places: layers.places.items.map((item) => item.value),
    routes: layers.routes.items.map((item) => item.value),
    incidents: layers.incidents.items.map((item) => item.value),
    anchoredExcerpts: features.anchoredExcerpts,
    borders: borders.borders,
    measures: measures.measures,
    focus: focus.focus,
    warnings: sorted,
  });
  return { problems: sorted, corpus, rivers: rivers.rivers };
}
