import type { DateSpan } from '../../data/dates';
import type { Figure } from '../../data/schema';
import { describeDatePrecision, formatDate, formatFigure } from '../../view/format';

/** The date at its own precision, with that precision spelled out. */
export function DateFact({ when }: { when: DateSpan }) {
  return (
    <div className="facts__row">
      <dt>Date</dt>
      <dd>
        <time dateTime={when.start}>{formatDate(when)}</time>{' '}
        <span className="facts__hint">({describeDatePrecision(when)})</span>
      </dd>
    </div>
  );
}

export function FigureList({ figures }: { figures: Figure[] | undefined }) {
  if (!figures?.length) return null;
  return (
    <div className="facts__row">
      <dt>Figures</dt>
      <dd>
        <ul className="figures">
          {figures.map((figure, i) => (
            <li key={i}>{formatFigure(figure)}</li>
          ))}
        </ul>
      </dd>
    </div>
  );
}
