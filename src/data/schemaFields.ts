/**
 * The small schemas every record of the authored data is built from: slugs,
 * non-empty text, EDTF dates, counts and country codes. They live apart so the
 * figure, feature and export schemas share one definition of each, and a
 * message such as "must be a lowercase slug" reads the same everywhere.
 */
import * as v from 'valibot';
import { isValidEdtf } from './dates';

/** Ids of sources and features; a source's id is also its file name. */
export const SlugSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "ras-al-ayn"'),
);
export const slug = SlugSchema;
export const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
export const edtfDate = v.pipe(
  v.string(),
  v.check(
    isValidEdtf,
    'must be an EDTF date such as "2019-11-11", "2017-11", "2017-09-25?" or "2017~"; an interval needs both ends, e.g. "2014/2017"',
  ),
);
export const count = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0));
export const countryCode = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "SY"'),
);
