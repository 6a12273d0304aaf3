/**
 * Reading the cells of an event table that carry meaning: coordinates (with
 * a decimal point or, as European spreadsheets write them, a decimal comma),
 * and dates in the forms exports and people write, turned into the plain
 * calendar form (`2019-03-12`, `2019-03`, `2019`) the rest of the app reads.
 */

const DECIMAL = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/**
 * A decimal number, or null. A comma is a decimal comma: a coordinate has no
 * thousands to group.
 * @example parseDecimal(' 36,85 ') // 36.85
 */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return null;
  return Number(trimmed.replace(',', '.'));
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthNumber(word: string): number | null {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return null;
  const index = MONTHS.findIndex((month) => month.startsWith(lower) && lower.length >= 3);
  // "Sept" is the one common abbreviation longer than three letters that is not a prefix cut.
  if (index < 0 && lower === 'sept') return 9;
  return index < 0 ? null : index + 1;
}

/** Day-first (12/03/2019 is 12 March) or month-first (03/12/2019 is 12 March). */
export type NumericDateOrder = 'day-first' | 'month-first';

const ISO = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[T ][\d:.]+)?$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]+\.?)[\s,-]+(\d{4})$/;
const MONTH_DAY_YEAR = /^([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const MONTH_YEAR = /^([A-Za-z]+\.?)[\s-]+(\d{4})$/;

/** EDTF's qualifiers, which a Crossings export writes: uncertain, approximate, both. */
export type DateHedge = '?' | '~' | '%';

export type DateReading =
  | { date: string; hedge?: DateHedge }
  | { problem: 'unreadable' | 'not-a-day' | 'day-or-month' }
  | null;

/**
 * A date cell in the plain calendar form, a problem, or null when the cell is
 * empty. `order` reads numeric day/month dates (a column's order, from
 * `numericDateOrder`); without one, 05/04/2019 is a problem, not a guess.
 * @example readDate('12 March 2019', null) // { date: '2019-03-12' }
 */
export function readDate(text: string, order: NumericDateOrder | null): DateReading {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  // A qualifier is kept beside the date, never dropped: "2017-09-25?" is a day the source is unsure of.
  const qualified = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)([?~%])$/.exec(trimmed);
  const value = qualified ? qualified[1]! : trimmed;
  const hedge = qualified ? { hedge: qualified[2] as DateHedge } : {};
  let year: number;
  let month: number | null;
  let day: number | null = null;
  let match: RegExpExecArray | null;
  if ((match = ISO.exec(value))) {
    year = Number(match[1]);
    month = match[2] === undefined ? null : Number(match[2]);
    day = match[3] === undefined ? null : Number(match[3]);
  } else if ((match = NUMERIC.exec(value))) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    year = Number(match[3]);
    const resolved = order ?? (first > 12 ? 'day-first' : second > 12 ? 'month-first' : null);
    if (!resolved) return { problem: 'day-or-month' };
    [day, month] = resolved === 'day-first' ? [first, second] : [second, first];
  } else if ((match = DAY_MONTH_YEAR.exec(value))) {
    day = Number(match[1]);
    month = monthNumber(match[2]!);
    year = Number(match[3]);
    if (month === null) return { problem: 'unreadable' };
  } else if ((match = MONTH_DAY_YEAR.exec(value))) {
    month = monthNumber(match[1]!);
    day = Number(match[2]);
    year = Number(match[3]);
    if (month === null) return { problem: 'unreadable' };
  } else if ((match = MONTH_YEAR.exec(value))) {
    month = monthNumber(match[1]!);
    year = Number(match[2]);
    if (month === null) return { problem: 'unreadable' };
  } else {
    return { problem: 'unreadable' };
  }
  if (year < 1000) return { problem: 'unreadable' };
  if (month !== null && (month < 1 || month > 12)) return { problem: 'not-a-day' };
  if (day !== null) {
    const lastDay = new Date(Date.UTC(year, month!, 0)).getUTCDate();
    if (day < 1 || day > lastDay) return { problem: 'not-a-day' };
  }
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${year}${month === null ? '' : `-${two(month)}`}${day === null ? '' : `-${two(day)}`}`,
    ...hedge,
  };
}

/**
 * The order of a column's numeric dates, from the dates that tell (a first
 * part over 12 is a day, a second part over 12 is a day). Null when none tell,
 * or when they disagree: then no numeric date of the column is guessed.
 */
export function numericDateOrder(values: Iterable<string>): NumericDateOrder | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const match = NUMERIC.exec(value.trim());
    if (!match) continue;
    if (Number(match[1]) > 12) dayFirst = true;
    else if (Number(match[2]) > 12) monthFirst = true;
    if (dayFirst && monthFirst) return null;
  }
  return dayFirst ? 'day-first' : monthFirst ? 'month-first' : null;
}
