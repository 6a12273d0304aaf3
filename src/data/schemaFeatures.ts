/**
 * The three kinds of feature authors map: places with their gazetteer point,
 * routes through places, and incidents at a place, each with the excerpts that
 * support it. Together with sources they are most of what `geo/` holds, so
 * they get a file of their own; the exported form of them is in
 * `schemaExported.ts`.
 */
import * as v from 'valibot';
import { PLACE_KINDS } from './kinds';
import { countryCode, edtfDate, slug, text } from './schemaFields';
import { figures } from './schemaFigures';

/** Only what the place finder is sure enough of is written; the rest it lists for a person. */
const DRAFT_CONFIDENCES = ['high', 'medium'] as const;

/** A verbatim passage of a source that supports a feature. */
export const ExcerptSchema = v.strictObject({
  source: slug,
  quote: text,
  /** Added by `npm run places` and not yet reviewed: the sentence a place was found in. */
  draft: v.optional(v.literal(true, 'must be true, or left out once the excerpt is reviewed')),
});

/** How a feature's date was read off its texts. */
export const DATE_BASES = [
  'stated',
  'relative to the article',
  'from a statement',
  'from another source',
] as const;

/**
 * The review of a feature against its texts: the claim it makes on the map,
 * the sentences that support it, and the judgements an editor made about its
 * hedges, attribution, date and placement. `npm run check` holds the name,
 * certainty and date to the words of the supporting sentences
 * (`validateClaims.ts`).
 */
export const ClaimSchema = v.strictObject({
  /** What the feature asserts, in one plain sentence, hedges kept. */
  says: text,
  /** Verbatim fragments of the feature's excerpts; the excerpts holding them are its supporting sentences. */
  support: v.pipe(v.array(text), v.minLength(1, 'needs at least one supporting fragment')),
  /** Whom the supporting sentences credit: "the BBC investigation", "Soli Ozel". */
  attributedTo: v.optional(text),
  /** Set when the feature has a date: where it comes from, and how it was inferred when not stated. */
  dated: v.optional(
    v.strictObject({
      from: v.picklist(DATE_BASES, `must be one of: ${DATE_BASES.join(', ')}`),
      how: v.optional(text),
    }),
  ),
  /** Why it is drawn where it is, when that is an area's point or a point the text does not give. */
  placement: v.optional(text),
  /** Hedge words in a supporting sentence that do not qualify this claim, each with why. */
  notHedges: v.optional(v.array(v.strictObject({ word: text, why: text }))),
});

const claim = v.optional(ClaimSchema);

const excerpts = v.pipe(
  v.array(ExcerptSchema),
  v.minLength(1, 'needs at least one excerpt: nothing goes on the map without a quote'),
);

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
  claim,
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
  'police operation',
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
  claim,
  notes: v.optional(text),
});

export const IncidentSchema = v.strictObject({
  type: v.literal('Feature'),
  id: slug,
  geometry: v.null('must be null: an incident takes its position from its place'),
  properties: IncidentPropertiesSchema,
});
