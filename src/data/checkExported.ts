/**
 * Checks a GeoJSON file Crossings exported, as `npm run check -- --exported
 * file` does: every feature in the export format (authored properties, layer,
 * cited sources), every excerpt a verbatim passage of a source of the corpus.
 * So a file that has travelled (edited, merged, sent on) can be trusted again.
 */
import { sortProblems, type Problem } from './problems';
import { closestPassage, findQuote } from './quotes';
import { readFeatureCollection } from './readJsonFile';
import { ExportedFeatureSchema } from './schema';

/** `sourceTexts`: the corpus's article texts by source id. */
export function checkExported(
  file: string,
  text: string,
  sourceTexts: ReadonlyMap<string, string>,
): Problem[] {
  const read = readFeatureCollection(file, text, ExportedFeatureSchema);
  const problems = [...read.problems];
  for (const { value: feature, index } of read.items) {
    feature.properties.excerpts.forEach((excerpt, i) => {
      const field = `properties.excerpts[${i}]`;
      const report = (at: string, message: string) =>
        problems.push({
          file,
          id: feature.id,
          field: at,
          severity: 'error',
          message,
          line: read.lineOf(index, at),
        });
      const source = sourceTexts.get(excerpt.source);
      if (source === undefined)
        report(`${field}.source`, `"${excerpt.source}" is not a source of this corpus`);
      else if (!findQuote(source, excerpt.quote))
        report(
          `${field}.quote`,
          `is not a verbatim passage of source "${excerpt.source}". Closest passage: "${closestPassage(source, excerpt.quote)}"`,
        );
    });
  }
  return sortProblems(problems);
}
