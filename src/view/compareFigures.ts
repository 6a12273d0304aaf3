/**
 * Whether two figures can be set side by side, and what they say together.
 * Two numbers are "the same" only when the count, the hedge, what is counted
 * and the period all agree; they "agree" or "differ" only when what they count
 * and when are the same, so that only the numbers are left to compare; every
 * other pair is "not comparable", with the reasons. "Nearly 300" and "over
 * 300" are different numbers even when both count the same thing.
 */
import type { DateSpan } from '../data/dates';
import type { Figure } from '../data/schema';
import { formatDate } from './format';

export type Verdict = 'same' | 'agree' | 'differ' | 'not comparable';

export interface Comparison {
  verdict: Verdict;
  /** Why the pair is not comparable, or what the numbers say together; in words. */
  reasons: string[];
}

/** What the comparison reads of a figure: its number, hedge, what it counts and when. */
export type ComparableFigure = Pick<
  Figure,
  'count' | 'what' | 'qualifier' | 'counts' | 'projected'
> & {
  when?: DateSpan;
};

/** The values a hedged count allows: "over 300" is (300, ∞), "nearly 300" [270, 300). */
interface Range {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/**
 * How far "nearly", "about" and "an estimated" reach from their number. The
 * texts give no margin; a tenth keeps "about 300" and "310" together and
 * "nearly 300" below 300, which is what the words promise.
 */
const APPROXIMATE_SHARE = 0.1;

function rangeOf({ count, qualifier }: ComparableFigure): Range {
  const margin = count * APPROXIMATE_SHARE;
  switch (qualifier) {
    case 'more than':
    case 'over':
      return { low: count, high: Infinity, lowOpen: true, highOpen: true };
    case 'nearly':
      return { low: count - margin, high: count, lowOpen: false, highOpen: true };
    case 'about':
    case 'an estimated':
      return { low: count - margin, high: count + margin, lowOpen: false, highOpen: false };
    case 'as many as':
      return { low: 0, high: count, lowOpen: false, highOpen: false };
    default:
      return { low: count, high: count, lowOpen: false, highOpen: false };
  }
}

/** Whether some value lies in both: the higher low end below the lower high end (or equal to it, both closed). */
function overlaps(a: Range, b: Range): boolean {
  const low = Math.max(a.low, b.low);
  const high = Math.min(a.high, b.high);
  if (low < high) return true;
  if (low > high) return false;
  const lowOpen = (a.low === low && a.lowOpen) || (b.low === low && b.lowOpen);
  const highOpen = (a.high === high && a.highOpen) || (b.high === high && b.highOpen);
  return !lowOpen && !highOpen;
}

const countedKey = (figure: ComparableFigure) =>
  JSON.stringify([...(figure.counts ?? [])].map((words) => words.toLowerCase()).sort());

const quoted = (figure: ComparableFigure) =>
  figure.counts?.length ? figure.counts.map((words) => `“${words}”`).join(', ') : 'not said';

/** "nearly 300": the number as its text hedges it. */
export function hedged({ count, qualifier }: Pick<Figure, 'count' | 'qualifier'>): string {
  const number = count.toLocaleString('en');
  return qualifier ? `${qualifier} ${number}` : number;
}

/** What keeps two figures from measuring the same thing, if anything. */
function differences(a: ComparableFigure, b: ComparableFigure): string[] {
  const reasons: string[] = [];
  if (a.what !== b.what) reasons.push(`one counts ${a.what}, the other ${b.what}`);
  if (Boolean(a.projected) !== Boolean(b.projected))
    reasons.push('one is expected, the other reported as done');
  if (countedKey(a) !== countedKey(b))
    reasons.push(`they count different things: ${quoted(a)} and ${quoted(b)}`);
  if (!a.when || !b.when) {
    const missing = !a.when && !b.when ? 'for either' : `for ${hedged(a.when ? b : a)}`;
    reasons.push(`the period is not given ${missing}`);
  } else if (a.when.start !== b.when.start || a.when.end !== b.when.end)
    reasons.push(`they are for different periods: ${formatDate(a.when)} and ${formatDate(b.when)}`);
  return reasons;
}

/**
 * @example compareFigures(nearly300Civilians, over300People).verdict // 'not comparable'
 * @example compareFigures({ count: 300, qualifier: 'nearly', … }, { count: 300, qualifier: 'over', … }) // 'differ', when both count the same thing in the same period
 */
export function compareFigures(a: ComparableFigure, b: ComparableFigure): Comparison {
  const reasons = differences(a, b);
  if (reasons.length > 0) return { verdict: 'not comparable', reasons };
  if (a.count === b.count && (a.qualifier ?? null) === (b.qualifier ?? null))
    return { verdict: 'same', reasons: [] };
  if (overlaps(rangeOf(a), rangeOf(b)))
    return { verdict: 'agree', reasons: [`${hedged(a)} and ${hedged(b)} can both be true`] };
  return { verdict: 'differ', reasons: [`${hedged(a)} and ${hedged(b)} cannot both be true`] };
}

/**
 * Whether a reader would set the two side by side: any pair that can be
 * compared, and those that only look alike (the same number, "nearly 300"
 * beside "over 300"), which must say why they are not the same.
 */
export function worthShowing(
  a: ComparableFigure,
  b: ComparableFigure,
  comparison: Comparison,
): boolean {
  return comparison.verdict !== 'not comparable' || a.count === b.count;
}

/**
 * A comparison as the Figures view states it, beside the row's own figure:
 * the other figure in full, hedge kept, so both hedges stand side by side.
 * @example describeComparison({ verdict: 'not comparable', reasons: ['…'] }, 'Threat of Jihadist Exodus …', 'over 300 killed (people …)')
 * // 'Not comparable with over 300 killed (people …) in Threat of Jihadist Exodus …: …'
 */
export function describeComparison(
  comparison: Comparison,
  otherSource: string,
  otherFigure: string,
): string {
  const other = `${otherFigure} in ${otherSource}`;
  const why = comparison.reasons.join('; ');
  switch (comparison.verdict) {
    case 'same':
      return `Same figure in ${otherSource}: the same count, hedge, thing counted and period`;
    case 'agree':
      return `Agrees with ${other}: ${why}`;
    case 'differ':
      return `Differs from ${other}: ${why}, for the same thing counted and period`;
    default:
      return `Not comparable with ${other}: ${why}`;
  }
}

/** The measure's headline: "sources differ", "sources agree", or that alike numbers are not comparable. */
export function comparisonSummary(verdicts: Iterable<Verdict>): string | null {
  const seen = new Set(verdicts);
  if (seen.has('differ')) return 'sources differ for the same thing and period';
  if (seen.has('same') || seen.has('agree')) return 'sources agree';
  if (seen.has('not comparable')) return 'alike numbers that are not comparable';
  return null;
}
