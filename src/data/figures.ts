/**
 * Figures are checked against the words of the text: the number must be
 * written in an excerpt of its feature, and its hedge ("more than", "nearly")
 * must be the text's own, so a figure never claims more precision than its
 * source.
 */
import numberToWords from 'number-to-words';
import { FIGURE_QUALIFIERS, type Excerpt, type Figure } from './schema';

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

/** Reports each figure whose number, source or hedge the feature's excerpts do not bear out. */
export function checkFigures(
  figures: readonly Figure[],
  excerpts: readonly Excerpt[],
  measureIds: ReadonlySet<string> | null,
  report: FigureReport,
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
