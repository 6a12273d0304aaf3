/**
 * The data model authors edit in `geo/`: the single definition of its shape.
 * Types are inferred from these schemas; `npm run check`, the tests and the app
 * all use them. Cross-file rules (ids that must exist, quotes that must be in
 * their source, points inside their country) live in `validate*.ts`.
 *
 * The schemas are split by what they describe (shared fields, figures,
 * features, exported features); this file gathers them, so the rest of the
 * code imports one module.
 */
import * as v from 'valibot';
import type {
  ClaimSchema,
  ExcerptSchema,
  IncidentPropertiesSchema,
  IncidentSchema,
  INCIDENT_TYPES,
  PlacePropertiesSchema,
  PlaceSchema,
  ROUTE_CERTAINTIES,
  RoutePropertiesSchema,
  RouteSchema,
} from './schemaFeatures';
import { countryCode, edtfDate, slug, text } from './schemaFields';
import type { FigureSchema } from './schemaFigures';

export { AREA_KINDS, PLACE_KINDS, type PlaceKind } from './kinds';
export {
  ClaimSchema,
  DATE_BASES,
  ExcerptSchema,
  IncidentPropertiesSchema,
  IncidentSchema,
  INCIDENT_TYPES,
  PlacePropertiesSchema,
  PlaceSchema,
  PointSchema,
  ROUTE_CERTAINTIES,
  ROUTE_FREQUENCIES,
  ROUTE_KINDS,
  RoutePropertiesSchema,
  RouteSchema,
} from './schemaFeatures';
export { ExportedFeatureSchema } from './schemaExported';
export { SlugSchema } from './schemaFields';
export { FIGURE_ALONG, FIGURE_KINDS, FIGURE_QUALIFIERS, FigureSchema } from './schemaFigures';

/** Where a source's date of publication comes from: its dateline, or bounds on it. */
export const PUBLISHED_EVIDENCE = [
  'dateline',
  'both bounds',
  'lower bound',
  'upper bound',
] as const;

export const SourceSchema = v.strictObject({
  id: slug,
  /** The file name the text was delivered under, kept for provenance. */
  originalFile: text,
  /** SHA-256 of `geo/sources/<id>.txt`; `npm run check` tells the value when it differs. */
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')),
  headline: v.nullable(text),
  outlet: v.nullable(text),
  author: v.nullable(text),
  /** EDTF, so precision and uncertainty are part of the value; null when the text gives no clue. */
  published: v.nullable(edtfDate),
  /** How `published` was read off the text; required whenever `published` is set. */
  publishedInferredFrom: v.nullable(text),
  /**
   * What kind of evidence `published` rests on; required whenever it is set.
   * A bound alone narrows the date from one side only, so it supports a month
   * (the latest event reported as news) or a year (a reader comment) at most.
   */
  publishedEvidence: v.optional(
    v.picklist(PUBLISHED_EVIDENCE, `must be one of: ${PUBLISHED_EVIDENCE.join(', ')}`),
  ),
  language: v.pipe(
    v.string(),
    v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 tag such as "en"'),
  ),
  url: v.nullable(v.pipe(v.string(), v.url('must be an absolute URL'))),
  notes: v.optional(text),
});
export const SourcesFileSchema = v.array(SourceSchema);

/** A quantity that several sources may count: "ISIS suspects held or detained in Turkey". */
export const MeasureSchema = v.strictObject({
  id: slug,
  label: text,
  /** What counts and what does not, so an editor files a new figure under the right measure. */
  notes: v.optional(text),
});

/** A reference border drawn from Natural Earth, e.g. the Turkey–Syria border. */
export const BorderSchema = v.strictObject({
  id: slug,
  name: text,
  /** The two countries whose shared border is drawn. */
  countries: v.strictTuple([countryCode, countryCode]),
  notes: v.optional(text),
});
export const BordersFileSchema = v.array(BorderSchema);

/** A FeatureCollection whose features are checked one by one, so one bad feature hides no other. */
export const FeatureCollectionShellSchema = v.looseObject({
  type: v.literal('FeatureCollection'),
  features: v.array(v.unknown()),
});

export type Border = v.InferOutput<typeof BorderSchema>;
export type Excerpt = v.InferOutput<typeof ExcerptSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Place = v.InferOutput<typeof PlaceSchema>;
export type PlaceProperties = v.InferOutput<typeof PlacePropertiesSchema>;
export type Route = v.InferOutput<typeof RouteSchema>;
export type RouteProperties = v.InferOutput<typeof RoutePropertiesSchema>;
export type Incident = v.InferOutput<typeof IncidentSchema>;
export type IncidentProperties = v.InferOutput<typeof IncidentPropertiesSchema>;
export type IncidentType = (typeof INCIDENT_TYPES)[number];
export type Figure = v.InferOutput<typeof FigureSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type Measure = v.InferOutput<typeof MeasureSchema>;
export type RouteCertainty = (typeof ROUTE_CERTAINTIES)[number];
