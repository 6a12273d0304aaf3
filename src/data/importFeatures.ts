/**
 * From a valid GeoJSON value to the layer the map draws: the features that
 * have something to draw, each with a title, its excerpts and where its popup
 * opens, once every position is checked to be on the globe. A position that is
 * not fails the whole file, with a hint when it is [latitude, longitude].
 */
import bbox from '@turf/bbox';
import type { Feature, GeoJSON, Geometry, Position } from 'geojson';
import type {
  Fail,
  ImportedExcerpt,
  ImportedFeature,
  ImportErrorCode,
  ImportResult,
} from './importTypes';

const TITLE_KEYS = ['name', 'title', 'label', 'headline'];

export function toLayer(
  root: GeoJSON,
  fileName: string,
  layerId: string,
  fail: Fail,
): ImportResult {
  const features: Feature[] =
    root.type === 'FeatureCollection'
      ? root.features
      : root.type === 'Feature'
        ? [root]
        : [{ type: 'Feature', properties: {}, geometry: root }];
  if (features.length === 0)
    return fail('empty', 'The file holds no features: there is nothing to draw.');
  const drawable = features.flatMap((feature, index) =>
    feature.geometry && positionsOf(feature.geometry).length > 0
      ? [{ feature: feature as Feature<Geometry>, index }]
      : [],
  );
  if (drawable.length === 0)
    return fail(
      'empty',
      `None of its ${features.length} features has a geometry: there is nothing to draw.`,
    );
  for (const { feature, index } of drawable) {
    const problem = positionProblem(feature.geometry);
    if (problem) {
      const where = `feature ${index + 1}${feature.id !== undefined ? ` (id ${JSON.stringify(feature.id)})` : ''}`;
      return fail(problem.code, `In ${where}: ${problem.message}`, {
        path: root.type === 'FeatureCollection' ? `features[${index}].geometry` : 'geometry',
      });
    }
  }
  const imported = drawable.map(({ feature, index }) => importFeature(feature, index, layerId));
  return {
    layer: {
      id: layerId,
      fileName,
      features: imported,
      withoutGeometry: features.length - drawable.length,
      bbox: bbox({ type: 'FeatureCollection', features: drawable.map((d) => d.feature) }) as [
        number,
        number,
        number,
        number,
      ],
    },
  };
}

/** The first position off the globe, and whether it looks like [latitude, longitude]. */
function positionProblem(geometry: Geometry): { code: ImportErrorCode; message: string } | null {
  for (const [lng, lat] of positionsOf(geometry) as [number, number][]) {
    if (Math.abs(lng) <= 180 && Math.abs(lat) <= 90) continue;
    const shown = `[${lng}, ${lat}]`;
    if (Math.abs(lat) > 90 && Math.abs(lat) <= 180 && Math.abs(lng) <= 90)
      return {
        code: 'swapped',
        message: `the position ${shown} has a latitude of ${lat}, beyond ±90, but would be on the globe the other way round. It looks like [latitude, longitude]; GeoJSON positions are [longitude, latitude].`,
      };
    return {
      code: 'out-of-range',
      message: `the position ${shown} is off the globe: longitude must be within ±180 and latitude within ±90 (are these projected coordinates, not WGS 84 degrees?).`,
    };
  }
  return null;
}

function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
}

function importFeature(
  feature: Feature<Geometry>,
  index: number,
  layerId: string,
): ImportedFeature {
  const properties = (feature.properties ?? {}) as Record<string, unknown>;
  const titleKey = TITLE_KEYS.find(
    (key) => typeof properties[key] === 'string' && properties[key] !== '',
  );
  const id = feature.id ?? null;
  const [west, south, east, north] = bbox(feature);
  return {
    key: `${layerId}:${index}`,
    id,
    title: titleKey
      ? (properties[titleKey] as string)
      : id !== null
        ? String(id)
        : `Feature ${index + 1}`,
    geometry: feature.geometry,
    properties,
    excerpts: excerptsOf(properties.excerpts),
    anchor:
      feature.geometry.type === 'Point'
        ? [feature.geometry.coordinates[1]!, feature.geometry.coordinates[0]!]
        : [(south + north) / 2, (west + east) / 2],
  };
}

/** The project's excerpt shape: a non-empty list of { source, quote } strings. */
function excerptsOf(value: unknown): ImportedExcerpt[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const valid = value.every(
    (item) =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as ImportedExcerpt).source === 'string' &&
      typeof (item as ImportedExcerpt).quote === 'string',
  );
  return valid
    ? value.map((item: ImportedExcerpt) => ({ source: item.source, quote: item.quote }))
    : null;
}
