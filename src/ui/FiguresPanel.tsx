import { use, useMemo } from 'react';
import type { IncidentDetailsStore } from '../data/incidentDetails';
import { figuresByMeasure, type FigureRow, type MeasureFigures } from '../view/figures';
import { comparisonSummary, describeComparison } from '../view/compareFigures';
import {
  citeSource,
  describeFigure,
  displayQuote,
  formatDate,
  formatFigure,
  sourceTitle,
} from '../view/format';
import type { QuoteRef } from '../view/urlState';
import { closeOnEscape, PanelHeader } from './PanelHeader';

interface FiguresPanelProps {
  details: IncidentDetailsStore;
  onOpenPassage: (sourceId: string, quote: QuoteRef) => void;
  onShowFeature: (featureId: string) => void;
  onClose: () => void;
}

/**
 * Every number the texts give, grouped by what it counts, so an analyst sees
 * at a glance which sources agree, which differ, and which speak of another
 * date. Lazy-loaded: it is not part of the first view.
 */
export default function FiguresPanel({
  details,
  onOpenPassage,
  onShowFeature,
  onClose,
}: FiguresPanelProps) {
  const corpus = use(details.full());
  const groups = useMemo(() => figuresByMeasure(corpus), [corpus]);
  const figureCount = groups.reduce((sum, group) => sum + group.rows.length, 0);

  return (
    <section
      className="panel figures"
      aria-labelledby="figures-title"
      onKeyDown={closeOnEscape(onClose)}
    >
      <PanelHeader id="figures-title" closeLabel="Close the figures" onClose={onClose}>
        Figures across sources
      </PanelHeader>
      <p className="panel__intro">
        {figureCount} figures in {groups.length} measures, each as its text gives it: hedges kept
        (“more than”, “nearly”), the date it refers to, who said it, and the passage.
      </p>
      {groups.map((group) => (
        <MeasureTable
          key={group.measure.id}
          group={group}
          onOpenPassage={onOpenPassage}
          onShowFeature={onShowFeature}
        />
      ))}
    </section>
  );
}

function summaryOf(group: MeasureFigures): string {
  const n = group.rows.length;
  const parts = [
    `${n} figure${n === 1 ? '' : 's'} from ${group.sourceCount} source${group.sourceCount === 1 ? '' : 's'}`,
  ];
  if (n > 1) parts.push(`${group.dateCount} different date${group.dateCount === 1 ? '' : 's'}`);
  const summary = comparisonSummary(
    group.rows.flatMap((row) => row.comparisons.map((comparison) => comparison.verdict)),
  );
  if (summary) parts.push(summary);
  return parts.join(' · ');
}

function MeasureTable({
  group,
  onOpenPassage,
  onShowFeature,
}: {
  group: MeasureFigures;
} & Pick<FiguresPanelProps, 'onOpenPassage' | 'onShowFeature'>) {
  const id = `measure-${group.measure.id}`;
  return (
    <section className="measure" aria-labelledby={id} data-measure={group.measure.id}>
      <h3 id={id}>{group.measure.label}</h3>
      <p className="measure__summary">{summaryOf(group)}</p>
      <table className="measure__table">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Refers to</th>
            <th scope="col">Source</th>
            <th scope="col">Said by</th>
            <th scope="col">Passage</th>
          </tr>
        </thead>
        <tbody>
          {group.rows.map((row) => (
            <FigureRowView
              key={row.key}
              row={row}
              max={group.max}
              onOpenPassage={onOpenPassage}
              onShowFeature={onShowFeature}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function FigureRowView({
  row,
  max,
  onOpenPassage,
  onShowFeature,
}: { row: FigureRow; max: number } & Pick<FiguresPanelProps, 'onOpenPassage' | 'onShowFeature'>) {
  const { figure, source } = row;
  return (
    <tr data-figure={row.key}>
      <td className="measure__figure">
        <span
          className={`measure__bar ${figure.projected ? 'measure__bar--projected' : ''}`}
          style={{ width: `${Math.max(2, (100 * figure.count) / max)}%` }}
          aria-hidden="true"
        />
        <strong>{describeFigure(figure, row.ends)}</strong>
        {row.comparisons.map((comparison) => (
          <span
            key={comparison.other.key}
            className={`measure__tag measure__tag--${comparison.verdict.replace(' ', '-')}`}
          >
            {' '}
            {describeComparison(
              comparison,
              sourceTitle(comparison.other.source),
              formatFigure(comparison.other.figure),
            )}
          </span>
        ))}
      </td>
      <td data-label="Refers to">{figure.when ? formatDate(figure.when) : 'unknown'}</td>
      <td data-label="Source">
        <cite>{sourceTitle(source)}</cite>
        <br />
        <span className="measure__cite">{citeSource(source)}</span>
      </td>
      <td data-label="Said by">{figure.attributedTo ?? 'the article itself'}</td>
      <td className="measure__passage">
        <blockquote>{displayQuote(row.excerpt)}</blockquote>
        <button
          type="button"
          className="link-button"
          onClick={() => onOpenPassage(source.id, row.quote)}
        >
          Read the passage
        </button>
        {row.about.map((about) => (
          <button
            key={about.id}
            type="button"
            className="link-button"
            onClick={() => onShowFeature(about.id)}
          >
            Show “{about.name}” on the map
          </button>
        ))}
      </td>
    </tr>
  );
}
