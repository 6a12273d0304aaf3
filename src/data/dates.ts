/**
 * EDTF (ISO 8601-2) dates: precision and uncertainty are part of the value,
 * so "2017-11" never turns into an invented day.
 */
import edtf from 'edtf';
import {
  calendarDateSpan,
  isPlainCalendarForm,
  type DatePrecision,
  type DateSpan,
} from './calendarDates';

export { calendarDateSpan, type DatePrecision, type DateSpan } from './calendarDates';

type Parsed = ReturnType<typeof edtf>;
const parsedDates = new Map<string, Parsed | Error>();

/**
 * The library parses with a grammar it rebuilds on every call (about 0.1 ms a
 * date); a corpus repeats its dates, and each is both validated and spanned.
 */
function parseEdtf(value: string): Parsed {
  let parsed = parsedDates.get(value);
  if (parsed === undefined) {
    try {
      parsed = edtf(value);
    } catch (error) {
      parsed = error instanceof Error ? error : new Error(String(error));
    }
    parsedDates.set(value, parsed);
  }
  if (parsed instanceof Error) throw parsed;
  return parsed;
}

const PRECISIONS: Record<number, DatePrecision> = { 1: 'year', 2: 'month', 3: 'day' };

/**
 * Open-ended intervals ("../2019-11") are refused: a span needs both ends to be drawn on a timeline.
 * @example isValidEdtf('2017-09-25?') // true; isValidEdtf('25/09/2017') // false
 */
export function isValidEdtf(value: string): boolean {
  if (calendarDateSpan(value)) return true;
  // The library takes 29 February of any year (and rolls it to 1 March): a day that never was is refused here.
  if (isPlainCalendarForm(value)) return false;
  return edtfIsValid(value);
}

/** `isValidEdtf` by the library alone (exported for the test that compares the two paths). */
export function edtfIsValid(value: string): boolean {
  try {
    const parsed = parseEdtf(value);
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
  return calendarDateSpan(value) ?? edtfDateSpan(value);
}

/** `dateSpanOf` by the library alone (exported for the test that compares the two paths). */
export function edtfDateSpan(value: string): DateSpan {
  const parsed = parseEdtf(value);
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
