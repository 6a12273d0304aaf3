import { useRef, useState } from 'react';
import type { ImportedLayer } from '../data/importLayer';
import {
  addedOn,
  fileSize,
  ImportedLayerHeader,
  ImportedTableRow,
  RemoveFile,
} from './ImportedTableRow';
import { PickColumns, TableProgress } from './TableReadingParts';
import type { ImportedLayers, ImportedTable } from './useImportedLayers';

/** Same as the parser's limit; kept here so the parser stays out of the first view. */
const LIMIT_TEXT = '20 MB';

interface ImportControlProps {
  imports: ImportedLayers;
  openFeature: string | null;
  onOpenFeature: (key: string) => void;
  onZoomTo: (layer: ImportedLayer | ImportedTable) => void;
}

/**
 * "Your layers": add GeoJSON files (button or drop), switch them on and off,
 * list their features, and read why a file could not be added.
 */
export function ImportControl({
  imports,
  openFeature,
  onOpenFeature,
  onZoomTo,
}: ImportControlProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className="import-control" aria-labelledby="import-title">
      <h2 id="import-title" className="sidebar__heading">
        Your layers
      </h2>
      <p className="import-control__hint" id="import-hint">
        GeoJSON (up to {LIMIT_TEXT}) or a CSV or TSV table with latitude and longitude columns (up
        to 100 MB); or drop files on the page. They are kept on this device and never leave it.
      </p>
      <button
        type="button"
        className="import-control__add"
        onClick={() => input.current?.click()}
        aria-describedby="import-hint"
      >
        Add a file…
      </button>
      <input
        ref={input}
        type="file"
        hidden
        multiple
        accept=".geojson,.json,.csv,.tsv,.tab,.txt,application/geo+json,application/json,text/csv,text/tab-separated-values"
        aria-label="Files to add"
        data-testid="import-input"
        onChange={(event) => {
          void imports.addFiles(event.target.files ?? []);
          event.target.value = '';
        }}
      />
      {imports.pending > 0 && (
        <p role="status">
          Reading {imports.pending} {imports.pending === 1 ? 'file' : 'files'}…
        </p>
      )}
      {imports.reading.map((entry) => (
        <TableProgress key={entry.id} entry={entry} />
      ))}
      {imports.toPick.map((entry) => (
        <PickColumns
          key={entry.id}
          entry={entry}
          onPick={(roles) => imports.pickColumns(entry.id, roles)}
          onCancel={() => imports.dismissPick(entry.id)}
        />
      ))}
      {imports.storage && (
        <p className="import-error" role="alert">
          {imports.storage}
        </p>
      )}
      {imports.errors.map((error, index) => (
        <div key={index} className="import-error" role="alert">
          <p>
            <strong>“{error.fileName}” was not added.</strong> {error.message}
          </p>
          <button
            type="button"
            className="link-button"
            onClick={() => imports.dismissError(index)}
            aria-label={`Dismiss the message about ${error.fileName}`}
          >
            Dismiss
          </button>
        </div>
      ))}
      {imports.tables.map((table) => (
        <ImportedTableRow
          key={table.id}
          table={table}
          visible={!imports.hidden.has(table.id)}
          onToggle={(visible) => imports.toggle(table.id, visible)}
          onRemove={() => imports.remove(table.id)}
          onZoomTo={() => onZoomTo(table)}
          style={imports.styles.get(table.id) ?? null}
          onStyle={(style) => imports.styleTable(table.id, style)}
        />
      ))}
      {imports.layers.map((layer) => (
        <ImportedLayerRow
          key={layer.id}
          layer={layer}
          visible={!imports.hidden.has(layer.id)}
          openFeature={openFeature}
          onToggle={(visible) => imports.toggle(layer.id, visible)}
          onRemove={() => imports.remove(layer.id)}
          onZoomTo={() => onZoomTo(layer)}
          onOpenFeature={onOpenFeature}
        />
      ))}
    </section>
  );
}

function ImportedLayerRow({
  layer,
  visible,
  openFeature,
  onToggle,
  onRemove,
  onZoomTo,
  onOpenFeature,
}: {
  layer: ImportedLayer;
  visible: boolean;
  openFeature: string | null;
  onToggle: (visible: boolean) => void;
  onRemove: () => void;
  onZoomTo: () => void;
  onOpenFeature: (key: string) => void;
}) {
  // The feature list renders only when opened: a big file has thousands.
  const [listed, setListed] = useState(false);
  const count = layer.features.length;
  return (
    <div className="imported-layer" data-layer-id={layer.id}>
      <ImportedLayerHeader
        id={layer.id}
        fileName={layer.fileName}
        count={count}
        visible={visible}
        onToggle={onToggle}
        onZoomTo={onZoomTo}
      />
      <p className="layer-panel__description">
        {count} {count === 1 ? 'feature' : 'features'} from your file, not checked against the
        sources
        {layer.withoutGeometry > 0 && `; ${layer.withoutGeometry} without a geometry not drawn`}.
        {layer.size !== undefined && ` ${fileSize(layer.size)}`}
        {layer.addedAt !== undefined && `, ${addedOn(layer.addedAt)}.`}{' '}
        <RemoveFile fileName={layer.fileName} onRemove={onRemove} />
      </p>
      <details onToggle={(event) => setListed(event.currentTarget.open)}>
        <summary>List its features</summary>
        {listed && (
          <ul className="imported-layer__features">
            {layer.features.map((feature) => (
              <li key={feature.key}>
                <button
                  type="button"
                  className="link-button"
                  aria-current={feature.key === openFeature ? 'true' : undefined}
                  disabled={!visible}
                  onClick={() => onOpenFeature(feature.key)}
                >
                  {feature.title}
                </button>
              </li>
            ))}
          </ul>
        )}
      </details>
    </div>
  );
}
