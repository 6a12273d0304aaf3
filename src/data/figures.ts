/**
 * Figures are checked against the words of the text: the number must be
 * written in an excerpt of its feature, and its hedge ("more than", "nearly")
 * must be the text's own, so a figure never claims more precision than its
 * source.
 */
import numberToWords from 'number-to-words';
import { FIGURE_QUALIFIERS, type Excerpt, type Figure } from './schema';
import { mentions, type PlaceNames } from './validateClaims';

export interface FigureMention {
  /** UTF-16 offsets of the number in the quote. */
  start: number;
  end: number;
  /** The qualifier the text puts right before the number, if any. */
  hedge: Figure['qualifier'] | null;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for every way an English text may write `count`: "1201",
 * "1,201", "1 201", "one thousand two hundred and one", "Nine hundred".
 */
function countPattern(count: number): RegExp {
  const digits = String(count).replace(/\B(?=(\d{3})+(?!\d))/g, '[,\u00a0\u202f ]?');
  const words = numberToWords
    .toWords(count)
    .split(/[\s,-]+/)
    .map(escape)
    .join('[\\s,-]+(?:and\\s+)?');
  return new RegExp(`(?<![\\d.,])(?:${digits})(?![\\d]|[.,]\\d)|\\b${words}\\b`, 'gi');
}

const hedgePattern = new RegExp(
  `(?:^|[^\\p{L}])(${FIGURE_QUALIFIERS.map(escape).join('|')})\\s+$`,
  'iu',
);

/** Each place `count` is written in `quote`, with the hedge before it. */
export function findCount(quote: string, count: number): FigureMention[] {
  return [...quote.matchAll(countPattern(count))].map((match) => {
    const hedge = hedgePattern.exec(quote.slice(0, match.index))?.[1]?.toLowerCase() ?? null;
    return {
      start: match.index,
      end: match.index + match[0].length,
      hedge: hedge as FigureMention['hedge'],
    };
  });
}

export interface LocatedFigure {
  /** Index in the feature's excerpts of the one that gives the number. */
  excerpt: number;
  mention: FigureMention;
}

/**
 * The excerpt from the figure's source that gives its number, preferring one
 * whose hedge matches the figure's qualifier ("nearly 300" vs "over 300").
 */
export function locateFigure(figure: Figure, excerpts: readonly Excerpt[]): LocatedFigure | null {
  const found = excerpts.flatMap((excerpt, index) =>
    excerpt.source === figure.source
      ? findCount(excerpt.quote, figure.count).map((mention) => ({ excerpt: index, mention }))
      : [],
  );
  const wanted = figure.qualifier ?? null;
  return found.find((item) => item.mention.hedge === wanted) ?? found[0] ?? null;
}

export type FigureReport = (field: string, message: string, severity?: 'warning') => void;

/** A route's first and last stops, for the figures on it; null on a place or an incident. */
export interface Movement {
  from: PlaceNames;
  to: PlaceNames;
}

/**
 * Reports each figure whose number, source, hedge or counted words the
 * feature's excerpts do not bear out, and each figure on a movement that does
 * not say which part of it it counts.
 */
export function checkFigures(
  figures: readonly Figure[],
  excerpts: readonly Excerpt[],
  measureIds: ReadonlySet<string> | null,
  report: FigureReport,
  movement: Movement | null = null,
): void {
  figures.forEach((figure, i) => {
    const field = `properties.figures[${i}]`;
    if (measureIds && !measureIds.has(figure.measure))
      report(
        `${field}.measure`,
        `"${figure.measure}" is not the id of a measure in measures.json: add it there, or fix the id`,
      );
    if (!excerpts.some((excerpt) => excerpt.source === figure.source)) {
      report(
        `${field}.source`,
        `no excerpt of this feature quotes "${figure.source}": add the passage that gives ${figure.count}`,
      );
      return;
    }
    const located = locateFigure(figure, excerpts);
    if (!located) {
      report(
        `${field}.count`,
        `${figure.count} is not written in any excerpt from "${figure.source}" (as digits or in words): quote the passage that gives it`,
      );
      return;
    }
    checkCounted(figure, excerpts[located.excerpt]!.quote, field, report);
    checkAlong(figure, located.excerpt, excerpts, movement, field, report);
    const { hedge } = located.mention;
    const qualifier = figure.qualifier ?? null;
    if (qualifier !== null && hedge !== qualifier)
      report(
        `${field}.qualifier`,
        `"${qualifier}" does not come before ${figure.count} in the excerpt: keep the text's own hedge${hedge ? ` ("${hedge}")` : ', or none'}`,
      );
    else if (qualifier === null && hedge !== null)
      report(
        `${field}.qualifier`,
        `the excerpt says "${hedge} ${figure.count}": add "qualifier": "${hedge}" so the figure does not read as exact`,
        'warning',
      );
  });
}

/** What a figure counts is in the words of the passage that gives it. */
function checkCounted(figure: Figure, quote: string, field: string, report: FigureReport): void {
  if (!figure.counts) {
    report(
      `${field}.counts`,
      `is missing: list the passage's own words for what ${figure.count} counts ("civilians", "IS family members"), so it is compared only with figures that count the same`,
    );
    return;
  }
  const text = quote.toLowerCase();
  figure.counts.forEach((words, i) => {
    if (!text.includes(words.toLowerCase()))
      report(
        `${field}.counts[${i}]`,
        `"${words}" is not in the passage that gives ${figure.count}: use its own words`,
      );
  });
}

/**
 * A number next to an arc reads as people who made the whole movement; the
 * passage must name both its ends for that, or the figure says it counts only
 * those who left (people given passage out of a city are not arrivals elsewhere)
 * or only those who arrived.
 */
function checkAlong(
  figure: Figure,
  index: number,
  excerpts: readonly Excerpt[],
  movement: Movement | null,
  field: string,
  report: FigureReport,
): void {
  if (!movement) {
    if (figure.along) report(`${field}.along`, 'is only for a figure on a route: remove it');
    return;
  }
  const quote = excerpts[index]!.quote;
  const { from, to } = movement;
  if (!figure.along) {
    report(
      `${field}.along`,
      `is missing: say whether ${figure.count} counts the whole movement from ${from.name} to ${to.name}, or only those who left the origin or reached the destination`,
    );
    return;
  }
  if (figure.what === 'evacuated' && figure.along !== 'left the origin')
    report(
      `${field}.along`,
      `is "${figure.along}", but an evacuation counts people taken out of ${from.name}, not arrivals: make it "left the origin"`,
    );
  else if (figure.along === 'whole movement' && !(mentions(quote, from) && mentions(quote, to)))
    report(
      `${field}.along`,
      `is "whole movement", but the passage that gives ${figure.count} does not name both ${from.name} and ${to.name}: say which end it counts`,
    );
  else if (figure.along === 'reached the destination' && !mentions(quote, to))
    report(
      `${field}.along`,
      `is "reached the destination", but the passage that gives ${figure.count} does not name ${to.name}`,
    );
  else if (
    figure.along === 'left the origin' &&
    !excerpts.some((excerpt) => excerpt.source === figure.source && mentions(excerpt.quote, from))
  )
    report(
      `${field}.along`,
      `is "left the origin", but no passage of "${figure.source}" on this feature names ${from.name}`,
    );
}
