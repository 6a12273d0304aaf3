/**
 * The numbers a text gives (killed, detained, deported …) as places, routes and
 * incidents carry them. Kept in a file of their own because figures have their
 * own vocabulary of kinds and qualifiers, which `figures.ts` reads too.
 */
import * as v from 'valibot';
import { count, edtfDate, slug, text } from './schemaFields';

export const FIGURE_KINDS = [
  'killed',
  'wounded',
  'detained',
  'captured',
  'held',
  'deported',
  'at large',
  'evacuated',
  'returned',
  'came',
  'remaining',
] as const;
/** The text's own hedge, kept so "more than 500" never reads as exactly 500. */
export const FIGURE_QUALIFIERS = [
  'more than',
  'over',
  'nearly',
  'about',
  'as many as',
  'an estimated',
] as const;

/**
 * What a figure on a movement counts: people who made the whole movement, or
 * only those who left its first stop (given passage out of a city) or reached
 * its last (returned home to Europe). A count of departures is not a count of
 * arrivals, and the popup says which it is.
 */
export const FIGURE_ALONG = [
  'whole movement',
  'left the origin',
  'reached the destination',
] as const;

/**
 * A number the text gives, with the words that qualify it. `npm run check`
 * finds it, with its qualifier, in an excerpt of the same feature from `source`.
 */
export const FigureSchema = v.strictObject({
  count,
  what: v.picklist(FIGURE_KINDS, `must be one of: ${FIGURE_KINDS.join(', ')}`),
  qualifier: v.optional(
    v.picklist(FIGURE_QUALIFIERS, `must be one of: ${FIGURE_QUALIFIERS.join(', ')}`),
  ),
  /** Who or what is counted, in the text's terms: "Belgian nationals", "IS family members". */
  who: v.optional(text),
  /**
   * The excerpt's own words for what is counted and where or how ("civilians",
   * "ISIS attacks"): each is found in the passage by `npm run check`, and two
   * figures count the same thing only when these agree.
   */
  counts: v.optional(v.pipe(v.array(text), v.minLength(1, 'needs at least one word of the text'))),
  /** On a route only: which part of the movement the number counts. */
  along: v.optional(v.picklist(FIGURE_ALONG, `must be one of: ${FIGURE_ALONG.join(', ')}`)),
  /** Id in `measures.json` of the quantity counted, so other sources' counts of it stand beside this one. */
  measure: slug,
  /** The source whose excerpt gives the number. */
  source: slug,
  /** EDTF date or period the count refers to; null when the text does not say. */
  refersTo: v.nullable(edtfDate),
  /** Whom the text credits with the number ("the Turkish Interior Ministry"); absent when it states it itself. */
  attributedTo: v.optional(text),
  /** Set when the text gives the number as expected or feared ("could be sent back"), not as having happened. */
  projected: v.optional(v.literal(true, 'must be true, or left out')),
});
export const figures = v.optional(v.array(FigureSchema));
