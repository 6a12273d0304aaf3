/**
 * How values read in popups and the reader: dates at their own precision,
 * quotes with ellipses where they are cut, provenance in words.
 */
import type { AnchoredExcerpt, CompiledSource } from '../data/compiled';
import type { DateSpan } from '../data/dates';
import type { Figure } from '../data/schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date at exactly the precision it has: never an invented day.
 * @example formatDate({ start: '2017-11-01', precision: 'month', uncertain: true, … }) // 'Nov 2017?'
 */
export function formatDate(span: DateSpan): string {
  if (span.precision === 'interval') return formatInterval(span.edtf);
  const [year, month, day] = span.start.split('-');
  const text = calendarText(
    year!,
    span.precision === 'year' ? undefined : month,
    span.precision === 'day' ? day : undefined,
  );
  return qualified(text, span.approximate ? '~' : span.uncertain ? '?' : '');
}

/** Each end at its own precision: "2014/2017" reads "2014 – 2017", not "1 Jan 2014 – 31 Dec 2017". */
function formatInterval(edtf: string): string {
  return edtf
    .split('/')
    .map((end) => {
      const [, date = end, qualifier = ''] = /^(.*?)([?~%]?)$/.exec(end) ?? [];
      const [year, month, day] = date.split('-');
      return qualified(calendarText(year!, month, day), qualifier);
    })
    .join(' – ');
}

/** @example monthLabel('2017-09') // 'Sep 2017' */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-');
  return calendarText(year!, number);
}

/** "25 Sep 2017", "Sep 2017" or "2017", from whichever parts are given. */
function calendarText(year: string, month?: string, day?: string): string {
  if (month === undefined) return year;
  const monthYear = `${MONTHS[Number(month) - 1]} ${year}`;
  return day === undefined ? monthYear : `${Number(day)} ${monthYear}`;
}

/** EDTF's "~" reads "c.", its "?" and "%" read "?". */
function qualified(text: string, qualifier: string): string {
  if (qualifier === '~') return `c. ${text}`;
  return qualifier ? `${text}?` : text;
}

/** Spelled out for screen readers and tooltips: "month precision, uncertain". */
export function describeDatePrecision(span: DateSpan): string {
  const parts = [span.precision === 'interval' ? 'a span of dates' : `${span.precision} precision`];
  if (span.uncertain) parts.push('uncertain');
  if (span.approximate) parts.push('approximate');
  return parts.join(', ');
}

const SENTENCE_END = /[.!?…"'”’)\]]$/;

/**
 * The quote as shown: in typographic quotes, with an ellipsis wherever it
 * starts or ends inside a sentence of its source.
 * @example displayQuote(excerpt) // '“…reach the border-towns of Sari Kani and Ad Darbasiyah.”'
 */
export function displayQuote(excerpt: AnchoredExcerpt): string {
  const [selector] = excerpt.selector;
  const before = selector.prefix.trimEnd();
  const startsSentence =
    before === '' || /[.!?:”"]$/.test(before) || /\n\s*$/.test(selector.prefix);
  const after = selector.suffix;
  const endsSentence =
    SENTENCE_END.test(selector.exact.trimEnd()) || after === '' || /^\s*\n/.test(after);
  const exact = selector.exact.replace(/\s+/g, ' ').trim();
  return `“${startsSentence ? '' : '…'}${exact}${endsSentence ? '' : '…'}”`;
}

/** @example provenanceOf(excerpts) // '3 excerpts from 2 sources' */
export function provenanceOf(excerpts: readonly AnchoredExcerpt[]): {
  text: string;
  sourceCount: number;
} {
  const sourceCount = new Set(excerpts.map((excerpt) => excerpt.source)).size;
  const n = excerpts.length;
  return {
    text: `${n} excerpt${n === 1 ? '' : 's'} from ${sourceCount} source${sourceCount === 1 ? '' : 's'}`,
    sourceCount,
  };
}

/** "Inside Syria Media Center, 2017?" — what is unknown says so. */
export function citeSource(source: CompiledSource): string {
  const published = source.published ?? 'date unknown';
  return `${source.outlet ?? 'outlet unknown'}, ${published}`;
}

/** A source's title for lists: its headline, or its file name when it has none. */
export function sourceTitle(source: CompiledSource): string {
  return source.headline ?? `Untitled (${source.originalFile})`;
}

/**
 * A figure in the text's own terms: its hedge kept, its subject in brackets.
 * @example formatFigure({ count: 500, what: 'wounded', qualifier: 'more than' }) // 'more than 500 wounded'
 */
export function formatFigure(figure: Pick<Figure, 'count' | 'what' | 'qualifier' | 'who'>): string {
  const number = figure.count.toLocaleString('en');
  const text = `${figure.qualifier ? `${figure.qualifier} ` : ''}${number} ${figure.what}`;
  return figure.who ? `${text} (${figure.who})` : text;
}

/** A movement's two ends by name, for saying which of them a figure counts. */
export interface MovementEnds {
  from: string;
  to: string;
}

/** @example movementEnds(['raqqa', 'turkey'], nameOf) // { from: 'Raqqa', to: 'Turkey' } */
export function movementEnds(
  stops: readonly string[],
  nameOf: (id: string) => string,
): MovementEnds {
  return { from: nameOf(stops[0]!), to: nameOf(stops.at(-1)!) };
}

/**
 * Which part of a movement a figure on it counts, in words; empty when it
 * counts the whole movement. A number beside an arc reads as people who made
 * it, so a count of departures says that it is not one of arrivals.
 */
export function alongText(figure: Pick<Figure, 'along'>, ends: MovementEnds): string {
  if (figure.along === 'left the origin')
    return `counted leaving ${ends.from}; how many reached ${ends.to} is not given`;
  if (figure.along === 'reached the destination')
    return `counted reaching ${ends.to}; where from is not given`;
  return '';
}

/**
 * A figure as a popup or an export states it: in the text's terms, which part
 * of its movement it counts, and whether it is only expected.
 * @example describeFigure(raqqaFamilies, { from: 'Raqqa', to: 'Turkey' })
 * // '3,500 evacuated (IS family members, …) — counted leaving Raqqa; how many reached Turkey is not given'
 */
export function describeFigure(
  figure: Pick<Figure, 'count' | 'what' | 'qualifier' | 'who' | 'along' | 'projected'>,
  ends: MovementEnds | null = null,
): string {
  const parts = [formatFigure(figure)];
  const along = ends ? alongText(figure, ends) : '';
  if (along) parts.push(along);
  if (figure.projected) parts.push('expected, not reported as done');
  return parts.join(' — ');
}
