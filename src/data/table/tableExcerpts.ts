/**
 * A table exported from Crossings (its CSV) carries each row's passages in
 * two columns, line for line: `excerpts`, the quotes, and `excerpt_sources`,
 * their sources' ids. Read back, a row shows them and each can be found in
 * its source again.
 */
import { foldHeader } from './columns';
import { cellText } from './placedRows';
import type { TableReading } from './readTable';

export interface TableExcerpt {
  source: string;
  quote: string;
}

/** The two columns' indexes, when the header has both. */
export function excerptColumns(
  header: readonly string[],
): { quotes: number; sources: number } | null {
  const folded = header.map(foldHeader);
  const quotes = folded.indexOf('excerpts');
  const sources = folded.indexOf('excerptsources');
  return quotes >= 0 && sources >= 0 ? { quotes, sources } : null;
}

/**
 * The export keeps a cell that starts like a formula as text with a leading
 * apostrophe (for spreadsheets); read back, the quote is the text without it.
 */
function unescapeSpreadsheet(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** A placed row's excerpts, or null when the table has no excerpt columns. */
export function rowExcerpts(reading: TableReading, index: number): TableExcerpt[] | null {
  const columns = excerptColumns(reading.header);
  if (!columns) return null;
  const quotes = unescapeSpreadsheet(cellText(reading.placed.cells[columns.quotes]!, index));
  const sources = unescapeSpreadsheet(cellText(reading.placed.cells[columns.sources]!, index));
  if (quotes.trim() === '') return [];
  const sourceIds = sources.split('\n');
  return quotes
    .split('\n')
    .map((quote, line) => ({ quote, source: (sourceIds[line] ?? '').trim() }));
}
