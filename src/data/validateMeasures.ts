/**
 * `measures.json`: the quantities figures count, so the Figures view can set
 * each source's number beside the others'. Optional until a figure names one.
 */
import { fileError, type Problem } from './problems';
import { readJsonArray } from './readJsonFile';
import { MeasureSchema, type Measure } from './schema';
import { decodeUtf8 } from './validateSources';

const MEASURES_FILE = 'measures.json';

export interface MeasuresRead {
  measures: Measure[];
  /** Every id the file names, valid or not; null when the file cannot be read, so no figure is blamed for it. */
  knownIds: ReadonlySet<string> | null;
  problems: Problem[];
}

export function validateMeasures(
  files: ReadonlyMap<string, Uint8Array>,
  root: string,
): MeasuresRead {
  const bytes = files.get(MEASURES_FILE);
  if (!bytes) return { measures: [], knownIds: new Set(), problems: [] };
  const file = `${root}/${MEASURES_FILE}`;
  const text = decodeUtf8(bytes);
  if (text === null)
    return {
      measures: [],
      knownIds: null,
      problems: [fileError(file, 'is not valid UTF-8: save it as UTF-8')],
    };
  const read = readJsonArray(file, text, MeasureSchema);
  const problems = [...read.problems];
  const measures: Measure[] = [];
  for (const { value: measure, index } of read.items) {
    if (measures.some((other) => other.id === measure.id)) {
      problems.push({
        file,
        id: measure.id,
        field: 'id',
        severity: 'error',
        message: 'is already used by another measure: ids must be unique',
        line: read.lineOf(index, 'id'),
      });
      continue;
    }
    measures.push(measure);
  }
  return {
    measures,
    knownIds: read.readable
      ? new Set([...measures.map((measure) => measure.id), ...read.invalidIds])
      : null,
    problems,
  };
}
