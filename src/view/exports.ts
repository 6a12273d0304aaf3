/**
 * What the map shows, taken elsewhere with its evidence: GeoJSON and CSV for
 * GIS and spreadsheets (and, in `exportCitations.ts`, W3C Web Annotations
 * for annotation tools and a citation list). Every feature keeps the passages and sources that support
 * it. Reference borders are not exported: they are Natural Earth's, not the
 * corpus's.
 */
import { sourceTextUrl } from '../data/delivery/layout';
import { csvFormat } from 'd3-dsv';
import {
  COMPILED_ONLY,
  type CompiledCorpus,
  type CompiledIncident,
  type CompiledPlace,
  type CompiledRoute,
  type CompiledSource,
} from '../data/compiled';
import { describeFigure, formatDate, movementEnds } from './format';
import { LAYER_IDS, layerFeatures, type LayerId, type MapLayers } from './layers';

export type CorpusFeature = CompiledPlace | CompiledRoute | CompiledIncident;

export interface ExportedFeature {
  layer: Exclude<LayerId, 'border'>;
  /** What it is, whatever layer draws it (route stops are places drawn with the route). */
  kind: 'place' | 'route' | 'incident';
  feature: CorpusFeature;
  /**
   * An incident the texts place only on an area (its `place` is a country,
   * continent or region): exported with no geometry, since its area's
   * gazetteer point is not where it happened.
   */
  onArea: boolean;
}

function featureKind(feature: CorpusFeature): ExportedFeature['kind'] {
  if (feature.geometry.type !== 'Point') return 'route';
  return 'place' in feature.properties ? 'incident' : 'place';
}

/** The corpus features the map and list show, in the list's layer order. */
export function featuresInView(shown: MapLayers, visible: ReadonlySet<LayerId>): ExportedFeature[] {
  const onArea = new Set(shown['area-incidents'].map((incident) => incident.id));
  return LAYER_IDS.filter((id) => id !== 'border' && visible.has(id)).flatMap((layer) =>
    layerFeatures(shown, layer).map((feature) => ({
      layer: layer as ExportedFeature['layer'],
      kind: featureKind(feature as CorpusFeature),
      feature: feature as CorpusFeature,
      onArea: onArea.has(feature.id),
    })),
  );
}

/**
 * A row of the user's own table in view: exported beside the corpus's
 * features, marked as imported, with every cell as the file had it.
 */
export interface ImportedRow {
  file: string;
  /** The row's number in the file, as a spreadsheet shows it. */
  row: number;
  name: string;
  lat: number;
  lon: number;
  /** The row's date cell as the file wrote it; empty when it has none. */
  date: string;
  cells: Record<string, string>;
}

/** Where the export is from: the app's address, so each feature and source can be linked back. */
export interface ExportContext {
  corpus: CompiledCorpus;
  /** Absolute URL of the app, without query: `https://example.org/crossings/`. */
  appUrl: string;
  /** The link to the view exported, with its filters. */
  viewUrl: string;
}

export const featureUrl = (context: ExportContext, id: string) =>
  `${context.appUrl}?feature=${encodeURIComponent(id)}`;
export const sourceTextLink = (context: ExportContext, source: CompiledSource) =>
  sourceTextUrl(context.appUrl, source.textPath);

/** `value` without `keys`. */
function omit(value: object, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}

/** The properties as authored in `geo/`, so they pass the check's schema again. */
function authoredProperties(feature: CorpusFeature): Record<string, unknown> {
  const { properties } = feature;
  return {
    ...omit(properties, COMPILED_ONLY.properties),
    excerpts: properties.excerpts.map((excerpt) => omit(excerpt, COMPILED_ONLY.excerpt)),
    ...(properties.figures
      ? { figures: properties.figures.map((figure) => omit(figure, COMPILED_ONLY.figure)) }
      : {}),
  };
}

/** One source as a citation: what the text states, "unknown" for the rest. */
export function citationOf(source: CompiledSource): string {
  const author = source.author ?? 'Author unknown';
  const title = source.headline ? `“${source.headline}”` : `Untitled (${source.originalFile})`;
  const outlet = source.outlet ?? 'outlet unknown';
  const date = source.publishedSpan ? formatDate(source.publishedSpan) : 'date unknown';
  const inferred = source.published && source.publishedInferredFrom ? ' (date inferred)' : '';
  const url = source.url ?? 'URL unknown';
  return `${author}. ${title}. ${outlet}, ${date}${inferred}. ${url}.`;
}

function sourcesOf(context: ExportContext, feature: CorpusFeature) {
  const ids = [...new Set(feature.properties.excerpts.map((excerpt) => excerpt.source))];
  return ids.map((id) => {
    const source = context.corpus.sources.find((candidate) => candidate.id === id)!;
    return {
      id,
      citation: citationOf(source),
      text: sourceTextLink(context, source),
      sha256: source.sha256,
    };
  });
}

/** GeoJSON whose properties are the authored ones plus `layer` and cited `sources`. */
export function toGeoJson(
  context: ExportContext,
  features: ExportedFeature[],
  imported: readonly ImportedRow[] = [],
): string {
  return JSON.stringify(
    {
      type: 'FeatureCollection',
      // A foreign member (RFC 7946 §6.1): GIS tools ignore it, people read it.
      crossings: {
        exportedFrom: context.viewUrl,
        note: 'Routes and flows are schematic: drawn between the places the text names, not the paths taken.',
      },
      features: [
        ...features.map(({ layer, feature, onArea }) => ({
          type: 'Feature',
          id: feature.id,
          // Placed only on an area: no point of its own; its `place` names the area.
          geometry: onArea ? null : feature.geometry,
          properties: {
            ...authoredProperties(feature),
            layer,
            sources: sourcesOf(context, feature),
          },
        })),
        ...imported.map((row) => ({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [row.lon, row.lat] },
          properties: {
            ...row.cells,
            imported: {
              file: row.file,
              row: row.row,
              note: 'From a user’s own table, not checked against the sources.',
            },
          },
        })),
      ],
    },
    null,
    2,
  );
}

/** Spreadsheets run cells that start like a formula; a leading apostrophe keeps them text (OWASP). */
function spreadsheetSafe(value: string): string {
  // A plain number (a negative longitude) is no formula: left as it is, so it reads back.
  if (/^-?\d+(?:\.\d+)?$/.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function kindOf(feature: CorpusFeature): string {
  const { properties } = feature;
  return 'kind' in properties ? properties.kind : properties.type;
}

/** One row per feature, with its figures, passages and sources. */
export function toCsv(
  context: ExportContext,
  features: ExportedFeature[],
  imported: readonly ImportedRow[] = [],
): string {
  const placeName = (id: string) =>
    context.corpus.places.features.find((place) => place.id === id)?.properties.name ?? id;
  const rows = features.map(({ layer, feature, onArea }) => {
    const { properties, geometry } = feature;
    const point = geometry.type === 'Point' && !onArea ? geometry.coordinates : null;
    const row: Record<string, string> = {
      id: feature.id,
      layer,
      name: properties.name,
      kind: kindOf(feature),
      date: 'date' in properties && properties.date ? properties.date : '',
      longitude: point ? String(point[0]) : '',
      latitude: point ? String(point[1]) : '',
      place: 'place' in properties ? placeName(properties.place) : '',
      stops: 'stops' in properties ? properties.stops.map(placeName).join(' → ') : '',
      schematic: 'schematic' in properties ? String(properties.schematic) : '',
      figures: (properties.figures ?? [])
        .map((figure) =>
          describeFigure(
            figure,
            'stops' in properties ? movementEnds(properties.stops, placeName) : null,
          ),
        )
        .join('; '),
      // Verbatim, one per line: a cell is quoted, so a line break cannot be mistaken for a column.
      excerpts: properties.excerpts.map((excerpt) => excerpt.quote).join('\n'),
      // The source of each excerpt, line for line: what brings a re-imported row back to its texts.
      excerpt_sources: properties.excerpts.map((excerpt) => excerpt.source).join('\n'),
      sources: sourcesOf(context, feature)
        .map((source) => source.citation)
        .join('\n'),
      link: featureUrl(context, feature.id),
    };
    return Object.fromEntries(
      Object.entries(row).map(([key, value]) => [key, spreadsheetSafe(value)]),
    );
  });
  const importedRows = imported.map((row) =>
    Object.fromEntries(
      Object.entries({
        layer: `imported: ${row.file}`,
        name: row.name,
        date: row.date,
        longitude: String(row.lon),
        latitude: String(row.lat),
        imported: `${row.file}, row ${row.row}: not checked against the sources`,
        imported_cells: JSON.stringify(row.cells),
      }).map(([key, value]) => [key, spreadsheetSafe(value)]),
    ),
  );
  return csvFormat([...rows, ...importedRows], CSV_COLUMNS);
}

export const CSV_COLUMNS = [
  'id',
  'layer',
  'name',
  'kind',
  'date',
  'longitude',
  'latitude',
  'place',
  'stops',
  'schematic',
  'figures',
  'excerpts',
  'excerpt_sources',
  'sources',
  'link',
  'imported',
  'imported_cells',
];
