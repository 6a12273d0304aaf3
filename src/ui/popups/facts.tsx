import type { DateSpan } from '../../data/dates';
import type { Figure } from '../../data/schema';
import {
  describeDatePrecision,
  describeFigure,
  formatDate,
  type MovementEnds,
} from '../../view/format';

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

/** On a route, `ends` lets each figure say which part of the movement it counts. */
export function FigureList({
  figures,
  ends = null,
}: {
  figures: Figure[] | undefined;
  ends?: MovementEnds | null;
}) {
  if (!figures?.length) return null;
  return (
    <div className="facts__row">
      <dt>Figures</dt>
      <dd>
        <ul className="figures">
          {figures.map((figure, i) => (
            <li key={i}>{describeFigure(figure, ends)}</li>
          ))}
        </ul>
      </dd>
    </div>
  );
}

/** Why a feature is drawn where it is, when that is an area's point or a point the text does not give. */
export function PlacementFact({ placement }: { placement: string | undefined }) {
  if (!placement) return null;
  return (
    <div className="facts__row">
      <dt>Drawn at</dt>
      <dd>{placement}</dd>
    </div>
  );
}
