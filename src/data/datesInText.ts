/**
 * Whether a text writes every part of a date: its year, month and day as words
 * or digits ("1 January 2017", "Nov. 10, 2017", "November 11 … November 2019").
 * A date whose parts are not all written was inferred, and must say how.
 */

/** English month names, January first: how texts write them. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Nov", "Nov.", "November" (and "Sept" for September), as a pattern source. */
function monthPattern(month: number): string {
  const name = MONTH_NAMES[month - 1]!;
  const extra = month === 9 ? '|Sept\\.?' : '';
  return `(?:${name}|${name.slice(0, 3)}\\.?${extra})`;
}

export interface DatePart {
  /** "year", "month" or "day", for the message. */
  part: 'year' | 'month' | 'day';
  /** How it reads: "2017", "November", "11 November". */
  reads: string;
}

/**
 * The parts of an EDTF date or interval the texts do not write, each end on
 * its own: "2019-11-11" against "Monday, November 11" and "in November 2019"
 * misses nothing; "2017-09-25?" against "On September 25" misses the year.
 */
export function unwrittenDateParts(edtf: string, texts: readonly string[]): DatePart[] {
  const text = texts.join('\n');
  const missing: DatePart[] = [];
  for (const end of edtf.split('/')) {
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?[?~%]?$/.exec(end);
    if (!match) continue; // Open ends and EDTF's rarer forms are not written dates.
    const [, year, month, day] = match;
    if (!new RegExp(`(?<!\\d)${year}(?!\\d)`).test(text))
      missing.push({ part: 'year', reads: year! });
    if (month === undefined) continue;
    const name = monthPattern(Number(month));
    if (!new RegExp(`\\b${name}(?![a-z])`, 'i').test(text))
      missing.push({ part: 'month', reads: MONTH_NAMES[Number(month) - 1]! });
    if (day === undefined) continue;
    const d = String(Number(day));
    const written = new RegExp(
      `\\b${name}\\s+0?${d}(?:st|nd|rd|th)?(?!\\d)|(?<!\\d)0?${d}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${name}(?![a-z])`,
      'i',
    );
    if (!written.test(text))
      missing.push({ part: 'day', reads: `${d} ${MONTH_NAMES[Number(month) - 1]!}` });
  }
  return missing;
}

/** Whether any end of an EDTF value carries "?", "~" or "%". */
export const isQualifiedDate = (edtf: string): boolean => /[?~%]/.test(edtf);

/** "year", "month" or "day": the finest part an EDTF value gives (an interval: its finer end). */
export function finestPart(edtf: string): 'year' | 'month' | 'day' {
  const parts = edtf
    .split('/')
    .map((end) => (/^\d{4}-\d{2}-\d{2}/.test(end) ? 3 : /^\d{4}-\d{2}/.test(end) ? 2 : 1));
  return (['year', 'month', 'day'] as const)[Math.max(...parts) - 1]!;
}
