/**
 * Plain calendar dates (a year, a month or a day, with an optional EDTF
 * qualifier) as spans of days, without the EDTF library: small enough for the
 * app to read incident dates itself instead of receiving their spans.
 */

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

const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;

/** A year, month or day in the plain form, whether or not that day exists. */
export function isPlainCalendarForm(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  return match !== null && Number(match[1]) >= 1000 && Number(match[2] ?? 1) <= 12;
}

/**
 * The common case, a plain year, month or day with an optional qualifier,
 * without the library's parser (which rebuilds its grammar on every call: a
 * second for 10,000 dates). Anything else — intervals, seasons, unspecified
 * digits, negative years — returns null and goes to the library. A property
 * test holds the two to the same answers.
 */
export function calendarDateSpan(value: string): DateSpan | null {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return null;
  const [, yearText, monthText, dayText, qualifier] = match;
  const year = Number(yearText);
  if (year < 1000) return null; // Date.UTC reads years 0–99 as 1900–1999
  const month = monthText === undefined ? null : Number(monthText);
  const day = dayText === undefined ? null : Number(dayText);
  if (month !== null && (month < 1 || month > 12)) return null;
  const lastDay = (m: number) => new Date(Date.UTC(year, m, 0)).getUTCDate();
  if (day !== null && (day < 1 || day > lastDay(month!))) return null;
  const iso = (m: number, d: number) =>
    `${yearText}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return {
    edtf: value,
    start: iso(month ?? 1, day ?? 1),
    end: iso(month ?? 12, day ?? lastDay(month ?? 12)),
    precision: day !== null ? 'day' : month !== null ? 'month' : 'year',
    uncertain: qualifier === '?' || qualifier === '%',
    approximate: qualifier === '~' || qualifier === '%',
  };
}
