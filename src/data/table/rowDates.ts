/**
 * The placed rows' days: a start (and end) column read by `cells.ts`, the
 * day/month order taken from the column's own dates, EDTF hedges kept.
 */
import { calendarDateSpan } from '../calendarDates';
import { numericDateOrder, readDate, type DateReading } from './cells';
import { NO_DAY } from './placedRows';
import { Problems, type PlacedRows, type ProblemReport } from './rowBuffer';

const DAY_MS = 86_400_000;

const HEDGES = ['?', '~', '%'];
const hedgeOf = (text: string): string | null => {
  const reading = readDate(text, null);
  return reading && 'date' in reading ? (reading.hedge ?? null) : null;
};

/** Fills the placed rows' days; returns the rows whose date could not be read. */
export function dateRows(
  placed: PlacedRows,
  starts: string[],
  ends: string[] | null,
): ProblemReport {
  const problems = new Problems();
  const startOrder = numericDateOrder(starts);
  const endOrder = ends ? numericDateOrder(ends) : null;
  const toDays = (reading: DateReading, edge: 'start' | 'end'): number | string | null => {
    if (reading === null) return null;
    if ('problem' in reading) return reading.problem;
    const span = calendarDateSpan(reading.date)!;
    return Date.parse(edge === 'start' ? span.start : span.end) / DAY_MS;
  };
  for (let i = 0; i < placed.count; i++) {
    const startText = starts[i]!;
    const first = toDays(readDate(startText, startOrder), 'start');
    const endText = ends ? ends[i]! : startText;
    const last = ends
      ? toDays(readDate(endText, endOrder), 'end')
      : toDays(readDate(startText, startOrder), 'end');
    placed.start[i] = NO_DAY;
    placed.end[i] = NO_DAY;
    if (first === null && last === null) continue;
    if (typeof first === 'number' && typeof last === 'number' && last >= first) {
      placed.start[i] = first;
      placed.end[i] = last;
      placed.hedge[i] = HEDGES.indexOf(hedgeOf(startText) ?? hedgeOf(endText) ?? '') + 1;
      continue;
    }
    const bad = typeof first === 'string' || (first === null && !ends) ? startText : endText;
    const why = typeof first === 'string' ? first : typeof last === 'string' ? last : null;
    problems.add(
      placed.row[i]!,
      why === 'day-or-month'
        ? `the date “${clip(bad)}” could be day/month or month/day, and no date in the column tells which.`
        : why === 'not-a-day'
          ? `the date “${clip(bad)}” is not a day of the calendar.`
          : why === 'unreadable'
            ? `the date “${clip(bad)}” is not in a form the import reads.`
            : first === null || last === null
              ? 'it has a start or an end date, not both.'
              : `it ends (${clip(endText)}) before it starts (${clip(startText)}).`,
    );
  }
  return problems.report();
}

/** A cell shortened for a message. */
export function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
