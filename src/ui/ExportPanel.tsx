import { use, useMemo } from 'react';
import type { IncidentDetailsStore } from '../data/incidentDetails';
import {
  featuresInView,
  toCsv,
  toGeoJson,
  type ExportContext,
  type ExportedFeature,
  type ImportedRow,
} from '../view/exports';
import { toCitationList, toWebAnnotations } from '../view/exportCitations';
import type { LayerId, MapLayers } from '../view/layers';
import { closeOnEscape, PanelHeader } from './PanelHeader';

interface ExportPanelProps {
  details: IncidentDetailsStore;
  /** The layers as filtered for the map: what is exported is what is shown. */
  shown: MapLayers;
  visible: ReadonlySet<LayerId>;
  /** The filters applied, in words ("the search “amuda”"); empty when none. */
  filters: string[];
  /** True while a search in the link is not applied yet (its index is loading): the view is not final. */
  pending: boolean;
  /** The rows of the user's shown tables in the time range: in the GeoJSON and the CSV, marked as imported. */
  imported: () => ImportedRow[];
  /** How many rows `imported` gives, counted without building them. */
  importedCount: number;
  onClose: () => void;
}

const FORMATS: {
  id: string;
  label: string;
  description: string;
  file: string;
  type: string;
  /** Whether the user's own rows go in too (the annotations and citations are the corpus's sources only). */
  withImported: boolean;
  build: (context: ExportContext, features: ExportedFeature[], imported: ImportedRow[]) => string;
}[] = [
  {
    id: 'geojson',
    label: 'GeoJSON',
    description: 'for GIS: geometry as drawn, excerpts and cited sources in the properties',
    file: 'crossings-view.geojson',
    type: 'application/geo+json',
    withImported: true,
    build: toGeoJson,
  },
  {
    id: 'csv',
    label: 'CSV',
    description: 'for spreadsheets: one row per feature, with its passages and sources',
    file: 'crossings-view.csv',
    type: 'text/csv',
    withImported: true,
    build: toCsv,
  },
  {
    id: 'annotations',
    label: 'Web Annotations',
    description:
      'for annotation tools: each excerpt anchored in its source (W3C, JSON-LD, quote and position selectors)',
    file: 'crossings-annotations.jsonld',
    type: 'application/ld+json',
    withImported: false,
    build: toWebAnnotations,
  },
  {
    id: 'citations',
    label: 'Citation list',
    description: 'plain text: the sources the features in view quote',
    file: 'crossings-sources.txt',
    type: 'text/plain',
    withImported: false,
    build: toCitationList,
  },
];

function download(file: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url));
}

/** Downloads of the current view, with citations. Lazy-loaded with the CSV writer. */
export default function ExportPanel({
  details,
  shown,
  visible,
  filters,
  pending,
  imported,
  importedCount,
  onClose,
}: ExportPanelProps) {
  const corpus = use(details.full());
  const features = useMemo(() => {
    // The map's incidents are summaries; an export carries their excerpts and figures.
    const fullIncidents = new Map(
      corpus.incidents.features.map((incident) => [incident.id, incident]),
    );
    return featuresInView(shown, visible).map((item) =>
      item.kind === 'incident' ? { ...item, feature: fullIncidents.get(item.feature.id)! } : item,
    );
  }, [corpus, shown, visible]);
  const context = (): ExportContext => ({
    corpus,
    appUrl: new URL(import.meta.env.BASE_URL, window.location.href).href,
    viewUrl: window.location.href,
  });
  const count = (kind: ExportedFeature['kind']) =>
    features.filter((item) => item.kind === kind).length;

  return (
    <section className="export" aria-labelledby="export-title" onKeyDown={closeOnEscape(onClose)}>
      <PanelHeader id="export-title" closeLabel="Close the export" onClose={onClose}>
        Export the view
      </PanelHeader>
      <p className="panel__intro" data-testid="export-summary">
        {features.length} features in view: {count('place')} places, {count('route')} routes and
        flows, {count('incident')} incidents
        {filters.length > 0 ? `, narrowed by ${filters.join(' and ')}` : ''}. Switched-off layers
        are left out; so are the reference borders, which are Natural Earth&apos;s, not the
        corpus&apos;s.
        {importedCount > 0 &&
          ` The GeoJSON and the CSV also hold the ${importedCount.toLocaleString('en')} rows of your tables in view, marked as imported.`}
      </p>
      {pending && <p role="status">Applying the search before anything can be exported…</p>}
      <ul className="export__formats">
        {FORMATS.map((format) => (
          <li key={format.id}>
            <button
              type="button"
              disabled={pending || (features.length === 0 && importedCount === 0)}
              onClick={() =>
                download(
                  format.file,
                  format.type,
                  format.build(context(), features, format.withImported ? imported() : []),
                )
              }
            >
              Download {format.label}
            </button>{' '}
            <span className="export__description">{format.description}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
