/**
 * The data model authors edit in `geo/`: the single definition of its shape.
 * Types are inferred from these schemas; `npm run check`, the tests and the app
 * all use them. Cross-file rules (ids that must exist, quotes that must be in
 * their source, points inside their country) live in `validate*.ts`.
 */
import * as v from 'valibot';
import { isValidEdtf } from './dates';
import { PLACE_KINDS } from './kinds';

export { AREA_KINDS, PLACE_KINDS, type PlaceKind } from './kinds';

/** Only what the place finder is sure enough of is written; the rest it lists for a person. */
const DRAFT_CONFIDENCES = ['high', 'medium'] as const;

/** Ids of sources and features; a source's id is also its file name. */
export const SlugSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "ras-al-ayn"'),
);
const slug = SlugSchema;
const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const edtfDate = v.pipe(
  v.string(),
  v.check(
    isValidEdtf,
    'must be an EDTF date such as "2019-11-11", "2017-11", "2017-09-25?" or "2017~"; an interval needs both ends, e.g. "2014/2017"',
  ),
);
const count = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0));
const countryCode = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "SY"'),
);

export const FIGURE_KINDS = [
  'killed',
  'wounded',
  'detained',
  'held',
  'deported',
  'at large',
  'evacuated',
  'returned',
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
const figures = v.optional(v.array(FigureSchema));

/** A verbatim passage of a source that supports a feature. */
export const ExcerptSchema = v.strictObject({
  source: slug,
  quote: text,
  /** Added by `npm run places` and not yet reviewed: the sentence a place was found in. */
  draft: v.optional(v.literal(true, 'must be true, or left out once the excerpt is reviewed')),
});

const excerpts = v.pipe(
  v.array(ExcerptSchema),
  v.minLength(1, 'needs at least one excerpt: nothing goes on the map without a quote'),
);

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
  language: v.pipe(
    v.string(),
    v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 tag such as "en"'),
  ),
  url: v.nullable(v.pipe(v.string(), v.url('must be an absolute URL'))),
  notes: v.optional(text),
});
export const SourcesFileSchema = v.array(SourceSchema);

/** Ranges and lat/lon order are checked with the country, where a swap can be told from a typo. */
export const PointSchema = v.strictObject({
  type: v.literal('Point'),
  coordinates: v.pipe(
    v.array(v.pipe(v.number(), v.finite())),
    v.minLength(2, 'must be [longitude, latitude] in degrees (RFC 7946 order)'),
    v.maxLength(3, 'must be [longitude, latitude] or [longitude, latitude, altitude]'),
  ),
});

const gazetteerRef = v.pipe(
  v.strictObject({
    geonames: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    wikidata: v.optional(
      v.pipe(v.string(), v.regex(/^Q[1-9][0-9]*$/, 'must be a Wikidata QID such as "Q1234"')),
    ),
  }),
  v.check(
    (ref) => ref.geonames !== undefined || ref.wikidata !== undefined,
    'needs a GeoNames id or a Wikidata QID: coordinates come from a gazetteer',
  ),
);

export const PlacePropertiesSchema = v.strictObject({
  name: text,
  /** Every spelling the texts use plus common transliterations; search matches them all. */
  aliases: v.array(text),
  kind: v.picklist(PLACE_KINDS, `must be one of: ${PLACE_KINDS.join(', ')}`),
  /** ISO 3166-1 alpha-2 of the country it lies in (or is); null only for a continent. */
  country: v.nullable(countryCode),
  gazetteer: gazetteerRef,
  /**
   * For a region whose own gazetteer entry has no point we can cite: the
   * settlement whose gazetteer point the marker uses (its seat). The region's
   * extent is not drawn.
   */
  /** Numbers the texts give about the place as a whole ("1,150 detained in Turkey"). */
  figures,
  markedAt: v.optional(
    v.strictObject({
      name: text,
      relation: v.literal('seat'),
      gazetteer: gazetteerRef,
    }),
  ),
  excerpts,
  notes: v.optional(text),
  /** Written by `npm run places` and not yet reviewed; an editor removes it after checking. */
  draft: v.optional(
    v.strictObject({
      foundBy: v.literal('npm run places'),
      confidence: v.picklist(DRAFT_CONFIDENCES, `must be one of: ${DRAFT_CONFIDENCES.join(', ')}`),
      /** Why the finder chose this gazetteer entry. */
      why: text,
    }),
  ),
});

export const PlaceSchema = v.strictObject({
  type: v.literal('Feature'),
  id: slug,
  /** The gazetteer's point: of the settlement, of a region's seat, of a country or continent. */
  geometry: PointSchema,
  properties: PlacePropertiesSchema,
});

export const ROUTE_KINDS = [
  'smuggling route',
  'evacuation',
  'deportation',
  'transit',
  'return',
  'escape',
] as const;
export const ROUTE_FREQUENCIES = ['usual', 'rare', 'unknown'] as const;
/**
 * How the text asserts the movement: as its own report, as someone else's
 * claim it cites, or as something feared or expected that has not happened.
 */
export const ROUTE_CERTAINTIES = ['reported', 'attributed', 'expected'] as const;

export const RoutePropertiesSchema = v.strictObject({
  name: text,
  kind: v.picklist(ROUTE_KINDS, `must be one of: ${ROUTE_KINDS.join(', ')}`),
  /** Place ids in the order travelled; the geometry is built from them. */
  stops: v.pipe(v.array(slug), v.minLength(2, 'needs at least two stops')),
  /** How often the text says the route is used ("the most popular route" → usual, "rarely" → rare). */
  frequency: v.picklist(ROUTE_FREQUENCIES, `must be one of: ${ROUTE_FREQUENCIES.join(', ')}`),
  certainty: v.picklist(ROUTE_CERTAINTIES, `must be one of: ${ROUTE_CERTAINTIES.join(', ')}`),
  /** EDTF, when the text dates the movement. */
  date: v.optional(edtfDate),
  figures,
  /** True when legs are drawn between stops (straight, or great-circle arcs when long) rather than the paths actually taken. */
  schematic: v.boolean(),
  excerpts,
  notes: v.optional(text),
});

export const RouteSchema = v.strictObject({
  type: v.literal('Feature'),
  id: slug,
  geometry: v.null('must be null: a route takes its geometry from its stops'),
  properties: RoutePropertiesSchema,
});

export const INCIDENT_TYPES = [
  'detention',
  'attack',
  'foiled plot',
  'deportation',
  'announcement',
] as const;

export const IncidentPropertiesSchema = v.strictObject({
  name: text,
  type: v.picklist(INCIDENT_TYPES, `must be one of: ${INCIDENT_TYPES.join(', ')}`),
  /** EDTF: "2017-09-25", "2017-08" (month precision), "2017-09-25?" (uncertain). */
  date: edtfDate,
  /** Id of the place where it happened. */
  place: slug,
  /** Only the figures the text gives, with its own qualifiers. */
  figures,
  excerpts,
  notes: v.optional(text),
});

export const IncidentSchema = v.strictObject({
  type: v.literal('Feature'),
  id: slug,
  geometry: v.null('must be null: an incident takes its position from its place'),
  properties: IncidentPropertiesSchema,
});

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

const position = v.pipe(
  v.array(v.pipe(v.number(), v.finite())),
  v.minLength(2, 'must be [longitude, latitude]'),
  v.maxLength(3, 'must be [longitude, latitude] or [longitude, latitude, altitude]'),
);
const line = v.pipe(v.array(position), v.minLength(2, 'a line needs two positions'));
const LineGeometrySchema = v.union([
  v.strictObject({ type: v.literal('LineString'), coordinates: line }),
  v.strictObject({ type: v.literal('MultiLineString'), coordinates: v.array(line) }),
]);

/** A source as an exported feature cites it. */
const CitedSourceSchema = v.strictObject({
  id: slug,
  citation: text,
  /** Where the text the excerpts quote can be fetched. */
  text: v.pipe(v.string(), v.url('must be an absolute URL')),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')),
});

function exportedFeature<E extends v.ObjectEntries>(
  entries: E,
  geometry: typeof PointSchema | typeof LineGeometrySchema,
) {
  return v.strictObject({
    type: v.literal('Feature'),
    id: slug,
    geometry,
    properties: v.strictObject({
      ...entries,
      /** The map layer it was exported from. */
      layer: slug,
      sources: v.pipe(v.array(CitedSourceSchema), v.minLength(1)),
    }),
  });
}

const ExportedPlaceSchema = exportedFeature(PlacePropertiesSchema.entries, PointSchema);
const ExportedRouteSchema = exportedFeature(RoutePropertiesSchema.entries, LineGeometrySchema);
const ExportedIncidentSchema = exportedFeature(IncidentPropertiesSchema.entries, PointSchema);

/**
 * A feature as Crossings exports it: the authored properties unchanged, with
 * the geometry drawn (so GIS tools can use it), its layer and cited sources.
 * Which of the three it is follows from its properties (a route has `stops`,
 * an incident a `place`), so a problem is reported against the right schema.
 */
export const ExportedFeatureSchema = v.lazy((input: unknown) => {
  const properties = (input as { properties?: unknown } | null)?.properties;
  const has = (key: string) =>
    typeof properties === 'object' && properties !== null && key in properties;
  if (has('stops')) return ExportedRouteSchema;
  if (has('place')) return ExportedIncidentSchema;
  return ExportedPlaceSchema;
});

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
export type Measure = v.InferOutput<typeof MeasureSchema>;
export type RouteCertainty = (typeof ROUTE_CERTAINTIES)[number];
