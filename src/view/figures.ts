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
import type { DateSpan } from '../data/dates';
import type { Measure } from '../data/schema';
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
  /** Other rows of the measure, from other sources, with the same count. */
  agreesWith: FigureRow[];
  /** Other rows, from other sources, whose count differs for the very same date or period. */
  differsFrom: FigureRow[];
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

type Row = Omit<FigureRow, 'agreesWith' | 'differsFrom'>;

/** Every feature's figures, one row per distinct passage and number. */
function collectRows(corpus: CompiledCorpus): Row[] {
  const sources = new Map(corpus.sources.map((source) => [source.id, source]));
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

/** Only the same span counts: a count for a year and one for a day in it count different things. */
const sameTime = (a?: DateSpan, b?: DateSpan) =>
  a !== undefined && b !== undefined && a.start === b.start && a.end === b.end;

/**
 * Figures grouped by measure, in `measures.json` order; each row knows which
 * other sources agree with it and which differ about the same time.
 */
export function figuresByMeasure(corpus: CompiledCorpus): MeasureFigures[] {
  const rows = collectRows(corpus);
  return corpus.measures.flatMap((measure) => {
    const own = rows.filter((row) => row.figure.measure === measure.id).sort(byDate);
    if (own.length === 0) return [];
    const compared: FigureRow[] = own.map((row) => ({ ...row, agreesWith: [], differsFrom: [] }));
    for (const row of compared)
      for (const other of compared) {
        if (other.source.id === row.source.id) continue;
        if (other.figure.count === row.figure.count) row.agreesWith.push(other);
        else if (sameTime(row.figure.when, other.figure.when)) row.differsFrom.push(other);
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
