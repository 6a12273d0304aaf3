import { useId } from 'react';
import type { ProblemReport } from '../data/table/readTable';
import { CATEGORY_COLOURS } from '../data/table/importedTable';
import type { ImportedTable, TableStyle } from './useImportedLayers';

const DELIMITERS: Record<string, string> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs',
  '|': 'vertical bars',
};

/** "2.4 MB", "830 kB". */
export function fileSize(bytes: number): string {
  return bytes >= 1_000_000
    ? `${(bytes / 1_000_000).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1000))} kB`;
}

/** "added 2 Dec 2026, 07:41", in the user's own clock. */
export function addedOn(addedAt: number): string {
  return `added ${new Date(addedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}`;
}

/** A file's row in "Your layers": its switch, its name, how many features, and ⤢ zoom to it. */
export function ImportedLayerHeader({
  id,
  fileName,
  count,
  visible,
  onToggle,
  onZoomTo,
}: {
  id: string;
  fileName: string;
  count: string | number;
  visible: boolean;
  onToggle: (visible: boolean) => void;
  onZoomTo: () => void;
}) {
  return (
    <div className="layer-panel__row">
      <input
        type="checkbox"
        id={`${id}-toggle`}
        checked={visible}
        onChange={(event) => onToggle(event.target.checked)}
      />
      <span className="layer-panel__symbol">
        <span className="imported-swatch" aria-hidden="true" />
      </span>
      <label htmlFor={`${id}-toggle`} className="imported-layer__name">
        {fileName}
      </label>
      <span className="layer-panel__count">{count}</span>
      <button
        type="button"
        className="layer-panel__zoom"
        onClick={onZoomTo}
        aria-label={`Zoom to ${fileName}`}
        title={`Zoom to ${fileName}`}
      >
        ⤢
      </button>
    </div>
  );
}

/** Forgets a file: off the map, and off the device. */
export function RemoveFile({ fileName, onRemove }: { fileName: string; onRemove: () => void }) {
  return (
    <button
      type="button"
      className="link-button"
      onClick={onRemove}
      aria-label={`Remove ${fileName}`}
    >
      Remove
    </button>
  );
}

/** A table on the map: its switch, what was read and what was not. */
export function ImportedTableRow({
  table,
  visible,
  onToggle,
  onRemove,
  onZoomTo,
  style,
  onStyle,
}: {
  table: ImportedTable;
  visible: boolean;
  onToggle: (visible: boolean) => void;
  onRemove: () => void;
  onZoomTo: () => void;
  style: TableStyle | null;
  onStyle: (style: TableStyle | null) => void;
}) {
  const { reading } = table;
  const placed = reading.placed.count;
  return (
    <div className="imported-layer" data-layer-id={table.id}>
      <ImportedLayerHeader
        id={table.id}
        fileName={table.fileName}
        count={placed.toLocaleString('en')}
        visible={visible}
        onToggle={onToggle}
        onZoomTo={onZoomTo}
      />
      <p className="layer-panel__description">
        {placed.toLocaleString('en')} of {reading.rows.toLocaleString('en')}{' '}
        {reading.rows === 1 ? 'row' : 'rows'} placed from your table, not checked against the
        sources; read as {reading.encoding}
        {reading.replaced > 0 &&
          ` (${reading.replaced.toLocaleString('en')} ${reading.replaced === 1 ? 'character' : 'characters'} could not be read and ${reading.replaced === 1 ? 'shows' : 'show'} as �)`}
        , separated by {DELIMITERS[reading.delimiter] ?? `“${reading.delimiter}”`}.{' '}
        {fileSize(table.size)}, {addedOn(table.addedAt)}.{' '}
        <RemoveFile fileName={table.fileName} onRemove={onRemove} />
      </p>
      <ColourBy table={table} style={style} onStyle={onStyle} />
      <Problems
        report={reading.skipped}
        summary={(count) =>
          `${count.toLocaleString('en')} ${count === 1 ? 'row' : 'rows'} not placed`
        }
      />
      <Problems
        report={reading.undated}
        summary={(count) =>
          `${count.toLocaleString('en')} ${count === 1 ? 'row' : 'rows'} placed but undated (the date could not be read)`
        }
      />
    </div>
  );
}

/** Colour the rows by a column of few values, and hide some of them. */
function ColourBy({
  table,
  style,
  onStyle,
}: {
  table: ImportedTable;
  style: TableStyle | null;
  onStyle: (style: TableStyle | null) => void;
}) {
  const id = useId();
  const { categories, header } = table.reading;
  if (categories.length === 0) return null;
  const chosen = style
    ? categories.find((category) => category.column === style.column)
    : undefined;
  const columnName = (column: number) => header[column] || `Column ${column + 1}`;
  return (
    <div className="import-colour">
      <label htmlFor={id}>Colour by </label>
      <select
        id={id}
        value={style?.column ?? ''}
        onChange={(event) =>
          onStyle(
            event.target.value === ''
              ? null
              : { column: Number(event.target.value), hidden: new Set() },
          )
        }
      >
        <option value="">Nothing</option>
        {categories.map((category) => (
          <option key={category.column} value={category.column}>
            {columnName(category.column)}
          </option>
        ))}
      </select>
      {chosen && style && (
        <fieldset className="import-colour__values">
          <legend>Show rows whose {columnName(chosen.column)} is</legend>
          {chosen.values.map((value, code) => (
            <label key={code} className="import-colour__value">
              <input
                type="checkbox"
                checked={!style.hidden.has(code)}
                onChange={(event) => {
                  const hidden = new Set(style.hidden);
                  if (event.target.checked) hidden.delete(code);
                  else hidden.add(code);
                  onStyle({ column: style.column, hidden });
                }}
              />
              <span
                className="import-colour__swatch"
                style={{ background: CATEGORY_COLOURS[code] }}
                aria-hidden="true"
              />
              {value === '' ? '(empty)' : value}{' '}
              <span className="layer-panel__count">
                {chosen.counts[code]!.toLocaleString('en')}
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}

function Problems({
  report,
  summary,
}: {
  report: ProblemReport;
  summary: (count: number) => string;
}) {
  if (report.count === 0) return null;
  const more = report.count - report.first.length;
  return (
    <details className="import-problems">
      <summary>{summary(report.count)}</summary>
      <ul>
        {report.first.map((problem) => (
          <li key={problem.row}>{problem.message}</li>
        ))}
      </ul>
      {more > 0 && <p>and {more.toLocaleString('en')} more.</p>}
    </details>
  );
}
