/**
 * Months on the timeline and which dated things a month range keeps. Dates
 * stay spans at their own precision: "2017" covers every month of 2017, and
 * a range keeps anything that overlaps it.
 */
import type { DateSpan } from '../data/dates';

/** A calendar month as "YYYY-MM". */
export type Month = string;

/** First and last month, both included. */
export interface MonthRange {
  from: Month;
  to: Month;
}

/** Something drawn on the timeline. */
export interface DatedItem {
  id: string;
  label: string;
  when: DateSpan;
}

/** @example monthOf('2017-09-25') // '2017-09' */
export function monthOf(isoDay: string): Month {
  return isoDay.slice(0, 7);
}

/** Every month from `from` to `to`, both included. */
export function monthsOf(range: MonthRange): Month[] {
  const months: Month[] = [];
  let [year, month] = range.from.split('-').map(Number) as [number, number];
  for (let current = range.from; current <= range.to;) {
    months.push(current);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    current = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

/** The months every span touches, or null when nothing is dated. */
export function extentOf(spans: readonly DateSpan[]): MonthRange | null {
  if (spans.length === 0) return null;
  let from = monthOf(spans[0]!.start);
  let to = monthOf(spans[0]!.end);
  for (const span of spans) {
    if (monthOf(span.start) < from) from = monthOf(span.start);
    if (monthOf(span.end) > to) to = monthOf(span.end);
  }
  return { from, to };
}

/** True when any day of the span falls in the range. */
export function overlaps(span: DateSpan, range: MonthRange): boolean {
  return monthOf(span.start) <= range.to && monthOf(span.end) >= range.from;
}

/** Whether the range keeps a feature: undated ones are never hidden by time. */
export function inRange(when: DateSpan | undefined, range: MonthRange | null): boolean {
  return range === null || when === undefined || overlaps(when, range);
}

/** True when the span lies within one month, so it counts in that month's bar. */
export function withinOneMonth(span: DateSpan): boolean {
  return monthOf(span.start) === monthOf(span.end);
}

export interface MonthCount {
  /** Items dated firmly within the month. */
  certain: number;
  /** Items whose date is uncertain ("?") or approximate ("~"). */
  uncertain: number;
  items: DatedItem[];
}

/** The items within one month, per month; longer spans are drawn as spans instead. */
export function monthlyCounts(items: readonly DatedItem[], months: readonly Month[]): MonthCount[] {
  const index = new Map(months.map((month, i) => [month, i]));
  const counts = months.map((): MonthCount => ({ certain: 0, uncertain: 0, items: [] }));
  for (const item of items) {
    if (!withinOneMonth(item.when)) continue;
    const count = counts[index.get(monthOf(item.when.start)) ?? -1];
    if (!count) continue;
    if (isUnsure(item.when)) count.uncertain += 1;
    else count.certain += 1;
    count.items.push(item);
  }
  return counts;
}

/** "?" or "~": drawn hatched, never as firm as a known date. */
export function isUnsure(span: DateSpan): boolean {
  return span.uncertain || span.approximate;
}

/**
 * Rows for spans longer than a month, packed so none overlaps another in its
 * row, longest first (so the widest spans sit nearest the axis).
 */
export function spanRows(items: readonly DatedItem[]): DatedItem[][] {
  const long = items
    .filter((item) => !withinOneMonth(item.when))
    .sort(
      (a, b) => a.when.start.localeCompare(b.when.start) || b.when.end.localeCompare(a.when.end),
    );
  const rows: DatedItem[][] = [];
  for (const item of long) {
    const row = rows.find((candidate) => candidate.at(-1)!.when.end < item.when.start);
    if (row) row.push(item);
    else rows.push([item]);
  }
  return rows;
}

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * A range from the URL, or null when it is not "YYYY-MM/YYYY-MM" in order.
 * @example parseMonthRange('2017-03/2017-11') // { from: '2017-03', to: '2017-11' }
 */
export function parseMonthRange(raw: string): MonthRange | null {
  const [from, to, ...rest] = raw.split('/');
  if (rest.length > 0 || !from || !to) return null;
  if (!MONTH_PATTERN.test(from) || !MONTH_PATTERN.test(to) || from > to) return null;
  return { from, to };
}

export function serializeMonthRange(range: MonthRange): string {
  return `${range.from}/${range.to}`;
}

/** The range limited to the extent; a range entirely outside it keeps the nearest end month. */
export function clampRange(range: MonthRange, extent: MonthRange): MonthRange {
  const clamp = (month: Month) =>
    month < extent.from ? extent.from : month > extent.to ? extent.to : month;
  return { from: clamp(range.from), to: clamp(range.to) };
}

export function sameRange(a: MonthRange | null, b: MonthRange | null): boolean {
  return a?.from === b?.from && a?.to === b?.to;
}

/** The years a user's table may stretch the timeline to: 1900 to 2100. */
export const EARLIEST_DAY = Date.UTC(1900, 0, 1) / 86_400_000;
export const LATEST_DAY = Date.UTC(2100, 11, 31) / 86_400_000;

/**
 * The extent grown to take in spans of days (since 1970), as the user's own
 * dated tables bring: the timeline then reaches their months too.
 */
export function widenExtent(
  extent: MonthRange | null,
  daySpans: readonly ([number, number] | null)[],
): MonthRange | null {
  let widened = extent;
  for (const span of daySpans) {
    // A placeholder year (1111, 9999) would stretch the timeline over millennia of empty months.
    if (!span || span[0] < EARLIEST_DAY || span[1] > LATEST_DAY) continue;
    const from = monthOf(new Date(span[0] * 86_400_000).toISOString());
    const to = monthOf(new Date(span[1] * 86_400_000).toISOString());
    widened = widened
      ? { from: from < widened.from ? from : widened.from, to: to > widened.to ? to : widened.to }
      : { from, to };
  }
  return widened;
}

/** First and last day (days since 1970) of a month range; null for none. */
export function daysOfRange(range: MonthRange | null): [number, number] | null {
  if (!range) return null;
  const [year, month] = range.to.split('-').map(Number) as [number, number];
  return [Date.parse(`${range.from}-01`) / 86_400_000, Date.UTC(year, month, 0) / 86_400_000];
}
