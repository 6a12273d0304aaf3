/**
 * The Figures view's data: every figure the corpus gives, grouped by the
 * quantity it counts, with what an analyst weighs it by — its source and the
 * source's date, the date it refers to, who said it, and the passage.
 */
import type {
  AnchoredExcerpt,
  CompiledCorpus,
  CompiledFigure,
  CompiledSource,
} from '../data/compiled';
import type { Measure } from '../data/schema';
import { compareFigures, worthShowing, type Comparison } from './compareFigures';
import { movementEnds, type MovementEnds } from './format';
import type { QuoteRef } from './urlState';

export interface FigureSubject {
  id: string;
  name: string;
}

export interface FigureRow {
  /** Stable across renders: source, feature and figure position. */
  key: string;
  figure: CompiledFigure;
  source: CompiledSource;
  excerpt: AnchoredExcerpt;
  /** Opens the passage in the reader. */
  quote: QuoteRef;
  /** The features the figure is given on: one passage may back an incident and a flow. */
  about: FigureSubject[];
  /** On a movement: its ends, so the row says which part of it the figure counts. */
  ends: MovementEnds | null;
  /**
   * Rows of the measure from other sources that can be compared with this one,
   * or that only look alike (the same number) and say why they are not.
   */
  comparisons: FigureComparison[];
}

export interface FigureComparison extends Comparison {
  other: FigureRow;
}

export interface MeasureFigures {
  measure: Measure;
  rows: FigureRow[];
  sourceCount: number;
  /** Distinct dates the figures refer to; unknown dates count as one. */
  dateCount: number;
  /** Largest count, for scaling bars. */
  max: number;
}

type Row = Omit<FigureRow, 'comparisons'>;

/** Every feature's figures, one row per distinct passage and number. */
function collectRows(corpus: CompiledCorpus): Row[] {
  const sources = new Map(corpus.sources.map((source) => [source.id, source]));
  const placeNames = new Map(
    corpus.places.features.map((place) => [place.id, place.properties.name]),
  );
  const nameOf = (id: string) => placeNames.get(id) ?? id;
  // Incidents first: when one passage backs an event and a flow, the event is what it reports.
  const features = [
    ...corpus.incidents.features,
    ...corpus.places.features,
    ...corpus.routes.features,
  ];
  const rows = new Map<string, Row>();
  for (const feature of features) {
    (feature.properties.figures ?? []).forEach((figure, index) => {
      const excerpt = feature.properties.excerpts[figure.excerpt]!;
      const about = { id: feature.id, name: feature.properties.name };
      const sameNumber = [figure.measure, figure.count, figure.qualifier, figure.who];
      const identity = JSON.stringify([...sameNumber, excerpt.source, excerpt.quote]);
      const known = rows.get(identity);
      if (known) {
        known.about.push(about);
        return;
      }
      rows.set(identity, {
        key: `${feature.id}/${index}`,
        figure,
        source: sources.get(figure.source)!,
        excerpt,
        quote: { featureId: feature.id, excerptIndex: figure.excerpt },
        about: [about],
        ends: 'stops' in feature.properties ? movementEnds(feature.properties.stops, nameOf) : null,
      });
    });
  }
  return [...rows.values()];
}

/** Unknown dates last; then the earliest first, the larger count first on the same date. */
function byDate(a: Row, b: Row): number {
  const [startA, startB] = [a.figure.when?.start, b.figure.when?.start];
  if (startA !== startB) {
    if (startA === undefined) return 1;
    if (startB === undefined) return -1;
    return startA < startB ? -1 : 1;
  }
  return b.figure.count - a.figure.count;
}

/**
 * Figures grouped by measure, in `measures.json` order; each row knows how it
 * compares with the other sources' figures (`compareFigures`).
 */
export function figuresByMeasure(corpus: CompiledCorpus): MeasureFigures[] {
  const rows = collectRows(corpus);
  return corpus.measures.flatMap((measure) => {
    const own = rows.filter((row) => row.figure.measure === measure.id).sort(byDate);
    if (own.length === 0) return [];
    const compared: FigureRow[] = own.map((row) => ({ ...row, comparisons: [] }));
    for (const row of compared)
      for (const other of compared) {
        if (other.source.id === row.source.id) continue;
        const comparison = compareFigures(row.figure, other.figure);
        if (worthShowing(row.figure, other.figure, comparison))
          row.comparisons.push({ ...comparison, other });
      }
    return [
      {
        measure,
        rows: compared,
        sourceCount: new Set(own.map((row) => row.source.id)).size,
        dateCount: new Set(own.map((row) => row.figure.refersTo)).size,
        max: Math.max(...own.map((row) => row.figure.count)),
      },
    ];
  });
}
