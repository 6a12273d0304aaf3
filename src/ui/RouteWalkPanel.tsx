import { displayQuote, sourceTitle } from '../view/format';
import { borderMet, type RouteWalk, type WalkStep } from '../view/routeWalk';
import type { QuoteRef } from '../view/urlState';
import { useCrossings } from './CrossingsContext';
import { PanelHeader } from './PanelHeader';

interface RouteWalkPanelProps {
  walk: RouteWalk;
  step: number;
  onStep: (step: number) => void;
  onOpenPassage: (sourceId: string, quote: QuoteRef) => void;
  onClose: () => void;
}

const formatPosition = ([lon, lat]: number[]) =>
  `${Math.abs(lat!).toFixed(2)}°${lat! >= 0 ? 'N' : 'S'} ${Math.abs(lon!).toFixed(2)}°${lon! >= 0 ? 'E' : 'W'}`;

/** What the step says about the border: a crossing the leg makes, or how near the stop lies to one. */
function BorderNote({ step }: { step: WalkStep }) {
  const crossings = step.leg?.crossings ?? [];
  if (crossings.length > 0)
    return (
      <p className="walk__border walk__border--crossing">
        <strong>Crosses the {crossings[0]!.name}</strong> on this leg, as drawn, at{' '}
        {crossings.map((crossing) => formatPosition(crossing.position)).join(', ')}. The leg is
        schematic: the text does not say where the border was crossed.
      </p>
    );
  const near = borderMet(step);
  if (!near) return null;
  return (
    <p className="walk__border walk__border--reached">
      <strong>Reaches the {near.name}</strong>: {step.place.properties.name} lies{' '}
      {near.km < 0.1 ? 'less than 0.1' : near.km} km from the border line (Natural Earth 1:10m). The
      text names no crossing point; the nearest point of the border is marked, not a reported
      crossing.
    </p>
  );
}

/**
 * A route walked one stop at a time: where it goes next, how far, and the
 * sentence that says so. ←/→ step while focus is in the panel; Escape closes.
 */
export default function RouteWalkPanel({
  walk,
  step,
  onStep,
  onOpenPassage,
  onClose,
}: RouteWalkPanelProps) {
  const { sourcesById } = useCrossings();
  const current = walk.steps[step]!;
  const { leg, place } = current;
  const last = walk.steps.length - 1;
  const source = sourcesById.get(current.excerpt.source)!;

  return (
    <section
      className="walk"
      aria-labelledby="walk-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
        else if (event.key === 'ArrowRight' && step < last) onStep(step + 1);
        else if (event.key === 'ArrowLeft' && step > 0) onStep(step - 1);
        else return;
        event.preventDefault();
      }}
    >
      <PanelHeader id="walk-title" closeLabel="Close the walk" onClose={onClose}>
        Walk: {walk.routes[0]!.properties.name}
      </PanelHeader>
      <div aria-live="polite">
        <p className="walk__progress">
          Stop {step + 1} of {walk.steps.length}: <strong>{place.properties.name}</strong>
        </p>
        <p className="walk__leg">
          {leg ? (
            <>
              {leg.km} km from {leg.from.properties.name} (great-circle)
              {leg.route !== walk.routes[0] && <> — on “{leg.route.properties.name}”</>}
              {leg.route.properties.frequency === 'rare' && <>, which the text calls rare</>}.
            </>
          ) : (
            <>Where the route starts.</>
          )}
        </p>
        <BorderNote step={current} />
      </div>
      <blockquote className="walk__quote">{displayQuote(current.excerpt)}</blockquote>
      <p className="walk__source">
        <cite>{sourceTitle(source)}</cite>{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => onOpenPassage(source.id, current.quote)}
        >
          Read the passage
        </button>
      </p>
      <div className="walk__nav">
        {/* aria-disabled, not disabled: a button that disables itself under focus would drop focus to the page. */}
        <button
          type="button"
          aria-disabled={step === 0}
          onClick={() => step > 0 && onStep(step - 1)}
        >
          ← Previous stop
        </button>
        <button
          type="button"
          aria-disabled={step === last}
          onClick={() => step < last && onStep(step + 1)}
        >
          Next stop →
        </button>
      </div>
    </section>
  );
}
