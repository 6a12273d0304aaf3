/**
 * Kinds of place, kept apart from the schema so the app can use them without
 * bundling the validator.
 */

/** Settlements are points; regions, countries and continents are areas the text names as a whole. */
export const PLACE_KINDS = [
  'city',
  'town',
  'border town',
  'region',
  'country',
  'continent',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Kinds whose marker stands for an area, so its point is not a precise location. */
export const AREA_KINDS: readonly PlaceKind[] = ['region', 'country', 'continent'];
