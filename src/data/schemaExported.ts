/**
 * The export format, which `npm run check -- --exported` validates a file
 * against. It is built from the authored property schemas, so an export cannot
 * drift from what authors write; only the drawn geometry, the layer and the
 * cited sources are added.
 */
import * as v from 'valibot';
import {
  IncidentPropertiesSchema,
  PlacePropertiesSchema,
  PointSchema,
  RoutePropertiesSchema,
} from './schemaFeatures';
import { slug, text } from './schemaFields';

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

function exportedFeature<E extends v.ObjectEntries>(entries: E, geometry: v.GenericSchema) {
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
/** An incident placed only on an area has no geometry: its `place` names the area. */
const ExportedIncidentSchema = exportedFeature(
  IncidentPropertiesSchema.entries,
  v.nullable(PointSchema),
);

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
