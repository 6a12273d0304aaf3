import { hideOf, type ImportedTable, type TableStyle } from '../data/table/importedTable';
import type { SearchGroup } from '../search/hits';
import { rowDate, rowTitle } from '../view/importedRows';

/**
 * The rows of the user's shown tables whose name or location matches `text`,
 * as one group of the search box's answer, marked as imported. Each table's
 * worker searches its own names; null when any answer was overtaken by newer
 * typing (the box drops it, as it drops the corpus's).
 */
export async function searchImported(
  tables: readonly ImportedTable[],
  text: string,
  limit: number,
  days: [number, number] | null,
  styles: ReadonlyMap<string, TableStyle>,
): Promise<SearchGroup | null> {
  const answers = await Promise.all(
    tables.map((table) => table.worker.search(text, limit, days, hideOf(styles.get(table.id)))),
  );
  if (answers.some((answer) => answer === null)) return null;
  const hits: SearchGroup['hits'] = [];
  let total = 0;
  answers.forEach((answer, t) => {
    const table = tables[t]!;
    total += answer!.total;
    for (const index of answer!.indexes) {
      if (hits.length >= limit) break;
      const { placed } = table.reading;
      hits.push({
        id: `${table.id}:${index}`,
        kind: 'imported',
        name: rowTitle(table, index),
        detail: `${table.fileName}, row ${placed.row[index]} · ${rowDate(placed.start[index]!, placed.end[index]!, placed.hedge[index])}`,
      });
    }
  });
  return { kind: 'imported', hits, more: total - hits.length };
}
