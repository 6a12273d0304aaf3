import { monthLabel } from '../view/format';
import type { MonthRange } from '../view/timeline';

interface FilterStatusProps {
  query: string | null;
  /** Null while the search index loads. */
  matchCount: number | null;
  time: MonthRange | null;
  onClearQuery: () => void;
  onClearTime: () => void;
}

/** Says over the map what narrows it, with a way to undo each, so a filtered map is never mistaken for the whole corpus. */
export function FilterStatus({
  query,
  matchCount,
  time,
  onClearQuery,
  onClearTime,
}: FilterStatusProps) {
  if (!query && !time) return null;
  return (
    <div className="filter-status" role="status">
      <span className="filter-status__label">Filtered:</span>
      {query && (
        <span className="filter-status__chip">
          matching “{query}”{matchCount === null ? ' (searching…)' : ` (${matchCount})`}
          <button type="button" onClick={onClearQuery} aria-label={`Clear the search for ${query}`}>
            ×
          </button>
        </span>
      )}
      {time && (
        <span className="filter-status__chip">
          {monthLabel(time.from)} – {monthLabel(time.to)}
          <button type="button" onClick={onClearTime} aria-label="Clear the time range">
            ×
          </button>
        </span>
      )}
    </div>
  );
}
