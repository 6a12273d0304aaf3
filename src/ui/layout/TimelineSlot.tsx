import { Suspense, useCallback, useMemo } from 'react';
import { later } from '../../loading/later';
import { inRange, type MonthRange } from '../../view/timeline';
import { useApp } from '../state/AppContext';

const Timeline = later.lazyPart('timeline', 'default');

/** Holds the timeline's place while its chunk loads, so the map above barely moves when it comes. */
function TimelinePending() {
  return (
    <section className="timeline timeline--pending" aria-label="Timeline" aria-busy="true">
      <p className="timeline__readout">Loading the timeline…</p>
    </section>
  );
}

/** Under the map, for a corpus with dated features: the timeline, after the first view. */
export function TimelineSlot() {
  const { index, time, extent, dispatch, afterFirstView } = useApp();
  const shownCount = useMemo(
    () => (afterFirstView ? index.dated().filter((item) => inRange(item.when, time)).length : 0),
    [afterFirstView, index, time],
  );
  const change = useCallback(
    (range: MonthRange | null) => dispatch({ type: 'setTime', range }),
    [dispatch],
  );
  if (!extent) return null;
  if (!afterFirstView) return <TimelinePending />;
  return (
    <Suspense fallback={<TimelinePending />}>
      <Timeline
        items={index.dated()}
        published={index.published}
        extent={extent}
        range={time}
        shownCount={shownCount}
        onChange={change}
      />
    </Suspense>
  );
}
