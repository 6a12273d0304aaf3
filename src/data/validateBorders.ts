/**
 * `borders.json`: which reference borders to draw. Their geometry is never
 * authored; it is taken from Natural Earth at check time.
 */
import type { CountryIndex } from '../geo/countries';
import type { CompiledBorder } from './compiled';
import { fileError, type Problem } from './problems';
import { readJsonArray } from './readJsonFile';
import { BorderSchema } from './schema';
import { decodeUtf8 } from './validateSources';

export const BORDERS_FILE = 'borders.json';

/** A missing file means no reference borders; it is optional. */
export function validateBorders(
  files: ReadonlyMap<string, Uint8Array>,
  root: string,
  countries: CountryIndex,
): { borders: CompiledBorder[]; problems: Problem[] } {
  const bytes = files.get(BORDERS_FILE);
  if (!bytes) return { borders: [], problems: [] };
  const file = `${root}/${BORDERS_FILE}`;
  const text = decodeUtf8(bytes);
  if (text === null) {
    return {
      borders: [],
      problems: [fileError(file, 'is not valid UTF-8: save it as UTF-8')],
    };
  }
  const read = readJsonArray(file, text, BorderSchema);
  const problems = [...read.problems];
  const borders: CompiledBorder[] = [];
  for (const { value: border, index } of read.items) {
    const report = (field: string, message: string) =>
      problems.push({
        file,
        id: border.id,
        field,
        severity: 'error',
        message,
        line: read.lineOf(index, field),
      });
    const unknown = border.countries.findIndex((code) => !countries.has(code));
    if (unknown >= 0) {
      report(
        `countries[${unknown}]`,
        `"${border.countries[unknown]}" is not an ISO 3166-1 alpha-2 code of a country in Natural Earth`,
      );
      continue;
    }
    const line = countries.sharedBorder(...border.countries);
    if (line.geometry.coordinates.length === 0) {
      report(
        'countries',
        `${border.countries.join(' and ')} share no land border in Natural Earth 1:10m`,
      );
      continue;
    }
    borders.push({
      type: 'Feature',
      id: border.id,
      geometry: line.geometry,
      properties: { name: border.name, countries: border.countries },
    });
  }
  return { borders, problems };
}
