import { useId, useMemo, type CSSProperties, memo } from 'react';
import type { DateSpan } from '../data/dates';
import { describeDatePrecision, formatDate, monthLabel } from '../view/format';
import {
  isUnsure,
  monthlyCounts,
  monthOf,
  monthsOf,
  overlaps,
  sameRange,
  spanRows,
  type DatedItem,
  type MonthCount,
  type MonthRange,
} from '../view/timeline';

interface TimelineProps {
  /** Dated features: the time range filters these. */
  items: DatedItem[];
  /** Sources' publication dates, drawn for context; the range does not filter them. */
  published: DatedItem[];
  extent: MonthRange;
  /** The range in force; null shows everything. */
  range: MonthRange | null;
  /** How many dated features the range keeps. */
  shownCount: number;
  onChange: (range: MonthRange | null) => void;
}

/**
 * A histogram by month of dated features, with their longer spans drawn as
 * bars across the months they cover, and two range sliders over it. Dates
 * keep their precision: a "2017" incident spans the year, an uncertain one
 * is hatched.
 */
function TimelineView({ items, published, extent, range, shownCount, onChange }: TimelineProps) {
  const id = useId();
  const months = useMemo(() => monthsOf(extent), [extent]);
  const bars = useMemo(() => monthlyCounts(items, months), [items, months]);
  const rows = useMemo(() => spanRows(items), [items]);
  const current = range ?? extent;
  const fromIndex = Math.max(0, months.indexOf(current.from));
  const toIndex = Math.max(fromIndex, months.indexOf(current.to));
  const tallest = Math.max(1, ...bars.map((bar) => bar.certain + bar.uncertain));
  const place = (span: DateSpan): CSSProperties => {
    const start = Math.max(0, months.indexOf(monthOf(span.start)));
    const end = months.indexOf(monthOf(span.end));
    const last = end < 0 ? months.length - 1 : end;
    return {
      left: `${(start / months.length) * 100}%`,
      width: `${((last - start + 1) / months.length) * 100}%`,
    };
  };
  const set = (from: number, to: number) => {
    const next = { from: months[from]!, to: months[to]! };
    onChange(sameRange(next, extent) ? null : next);
  };

  return (
    <section
      className="timeline"
      aria-labelledby={`${id}-title`}
      style={{ '--months': months.length } as CSSProperties}
    >
      <div className="timeline__header">
        <h2 id={`${id}-title`}>Timeline</h2>
        <p className="timeline__readout" aria-live="polite">
          {monthLabel(current.from)} – {monthLabel(current.to)}:{' '}
          {range
            ? `${shownCount} of ${items.length} dated features shown`
            : `all ${items.length} dated features`}
        </p>
        {range && (
          <button type="button" className="timeline__reset" onClick={() => onChange(null)}>
            All dates
          </button>
        )}
      </div>
      <div className="timeline__chart">
        <div className="timeline__plot" aria-hidden="true">
          <div className="timeline__bars">
            {bars.map((bar, i) => (
              <div
                key={months[i]}
                className={`timeline__bar ${i < fromIndex || i > toIndex ? 'timeline__bar--out' : ''}`}
                title={barTitle(months[i]!, bar)}
              >
                <span
                  className="timeline__bar-uncertain"
                  style={{ height: `${(bar.uncertain / tallest) * 100}%` }}
                />
                <span
                  className="timeline__bar-certain"
                  style={{ height: `${(bar.certain / tallest) * 100}%` }}
                />
              </div>
            ))}
          </div>
          {rows.map((row, i) => (
            <div key={i} className="timeline__lane">
              {row.map((item) => (
                <span
                  key={item.id}
                  className={`timeline__span ${isUnsure(item.when) ? 'timeline__span--unsure' : ''} ${range && !overlaps(item.when, range) ? 'timeline__span--out' : ''}`}
                  style={place(item.when)}
                  title={`${item.label}: ${formatDate(item.when)} (${describeDatePrecision(item.when)})`}
                />
              ))}
            </div>
          ))}
          <div className="timeline__lane timeline__lane--sources" title="Sources published">
            {published.map((item) => (
              <span
                key={item.id}
                className={`timeline__published ${isUnsure(item.when) ? 'timeline__span--unsure' : ''}`}
                style={place(item.when)}
                title={`Published: ${item.label}, ${formatDate(item.when)}`}
              />
            ))}
          </div>
          <div className="timeline__axis">
            {months.map((month, i) =>
              month.endsWith('-01') || i === 0 ? (
                <span
                  key={month}
                  style={{ left: `${(i / months.length) * 100}%` }}
                  className="timeline__year"
                >
                  {month.slice(0, 4)}
                </span>
              ) : null,
            )}
          </div>
        </div>
        <div className="timeline__sliders">
          <MonthSlider
            label="From month"
            months={months}
            value={fromIndex}
            onChange={(i) => set(Math.min(i, toIndex), toIndex)}
          />
          <MonthSlider
            label="To month"
            months={months}
            value={toIndex}
            onChange={(i) => set(fromIndex, Math.max(i, fromIndex))}
          />
        </div>
      </div>
      <p className="timeline__legend">
        Bars: features dated to a day or month. Lines: longer spans (a year, an interval). Hatched:
        uncertain or approximate. Ticks below: sources published.
      </p>
    </section>
  );
}

/** One end of the range: a native slider, so keyboard and screen readers get its semantics for free. */
function MonthSlider({
  label,
  months,
  value,
  onChange,
}: {
  label: string;
  months: readonly string[];
  value: number;
  onChange: (index: number) => void;
}) {
  return (
    <input
      type="range"
      className="timeline__slider"
      min={0}
      max={months.length - 1}
      step={1}
      value={value}
      aria-label={label}
      aria-valuetext={monthLabel(months[value]!)}
      onChange={(event) => onChange(Number(event.target.value))}
    />
  );
}

/** A tooltip names this many of a month's features at most; the list view has them all. */
const TITLE_ITEMS = 12;

function barTitle(month: string, count: MonthCount): string {
  const more = count.items.length - TITLE_ITEMS;
  return [
    monthLabel(month),
    ...count.items.slice(0, TITLE_ITEMS).map((item) => `${item.label} (${formatDate(item.when)})`),
    ...(more > 0 ? [`… and ${more} more`] : []),
  ].join('\n');
}

/** Memoised: redrawn only when its own props change, not on every change of the app's state. */
export default memo(TimelineView);
