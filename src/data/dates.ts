/**
 * EDTF (ISO 8601-2) dates: precision and uncertainty are part of the value,
 * so "2017-11" never turns into an invented day.
 */
import edtf from 'edtf';

export type DatePrecision = 'year' | 'month' | 'day' | 'interval';

/** What the app needs of a date without parsing EDTF itself. */
export interface DateSpan {
  /** The EDTF value as authored, e.g. "2017-09-25?". */
  edtf: string;
  /** First and last day covered, ISO dates (UTC). */
  start: string;
  end: string;
  precision: DatePrecision;
  /** "?" in the value: the source is unsure of it. */
  uncertain: boolean;
  /** "~" in the value: the source gives it as approximate. */
  approximate: boolean;
}

const PRECISIONS: Record<number, DatePrecision> = { 1: 'year', 2: 'month', 3: 'day' };

/**
 * Open-ended intervals ("../2019-11") are refused: a span needs both ends to be drawn on a timeline.
 * @example isValidEdtf('2017-09-25?') // true; isValidEdtf('25/09/2017') // false
 */
export function isValidEdtf(value: string): boolean {
  try {
    const parsed = edtf(value);
    return Number.isFinite(parsed.min) && Number.isFinite(parsed.max);
  } catch {
    return false;
  }
}

/**
 * The span of days an EDTF value covers.
 * @example dateSpanOf('2017-11?') // { start: '2017-11-01', end: '2017-11-30', precision: 'month', uncertain: true, … }
 */
export function dateSpanOf(value: string): DateSpan {
  const parsed = edtf(value);
  const isInterval = value.includes('/');
  return {
    edtf: value,
    start: isoDay(parsed.min),
    end: isoDay(parsed.max),
    precision: isInterval ? 'interval' : (PRECISIONS[parsed.precision ?? 0] ?? 'interval'),
    // The library flags qualifiers on single dates only; an interval's ends carry their own.
    uncertain: (parsed.uncertain?.value ?? 0) !== 0 || (isInterval && /[?%]/.test(value)),
    approximate: (parsed.approximate?.value ?? 0) !== 0 || (isInterval && /[~%]/.test(value)),
  };
}

function isoDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}
