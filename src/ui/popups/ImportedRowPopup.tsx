import { cellText } from '../../data/table/placedRows';
import { rowDate, rowTitle } from '../../view/importedRows';
import { rowExcerpts } from '../../data/table/tableExcerpts';
import { ImportedExcerpts, useFocusOnOpen } from './ImportedPopup';
import type { ImportedTable } from '../useImportedLayers';

/** What each geographic precision code means for the point drawn. */
export const PRECISION_NOTES: Record<number, string | null> = {
  0: null,
  1: 'Placed at the place itself (precision 1).',
  2: 'Placed near the place, not at it (precision 2): the point is approximate.',
  3: 'Only the region is known (precision 3): the point stands for the region, not a place in it.',
};

/** A row of the user's table: every cell as text (never as HTML), its precision and its date. */
export function ImportedRowPopup({
  table,
  index,
  focusOnOpen,
  onOpenQuote,
}: {
  table: ImportedTable;
  index: number;
  focusOnOpen: boolean;
  onOpenQuote: (source: string, quote: string, origin: string) => void;
}) {
  const title = useFocusOnOpen(focusOnOpen);
  const { placed, header } = table.reading;
  const precision = PRECISION_NOTES[placed.precision[index]!];
  const excerpts = rowExcerpts(table.reading, index);
  return (
    <article className="popup popup--imported">
      <h2 className="popup__title" ref={title} tabIndex={-1}>
        {rowTitle(table, index)}
      </h2>
      <p className="popup__kind">
        From your table “{table.fileName}”, row {placed.row[index]}. Not checked against the
        sources.
      </p>
      {precision && <p className="popup__precision">{precision}</p>}
      <p className="popup__date">
        {rowDate(placed.start[index]!, placed.end[index]!, placed.hedge[index])}
      </p>
      <dl className="facts imported-properties" aria-label="Cells">
        {header.map((name, column) => {
          const text = cellText(placed.cells[column]!, index);
          return (
            <div className="facts__row" key={column}>
              <dt>{name === '' ? `Column ${column + 1}` : name}</dt>
              <dd>{text === '' ? '(empty)' : text}</dd>
            </div>
          );
        })}
      </dl>
      {excerpts && excerpts.length > 0 && (
        <ImportedExcerpts
          excerpts={excerpts}
          origin={`your table “${table.fileName}”, row ${placed.row[index]}`}
          onOpenQuote={onOpenQuote}
        />
      )}
    </article>
  );
}
