/**
 * Which country a point on the built-in basemap lies in, from the basemap's
 * own land shapes: how a twin town's name is kept on its side of the border.
 */
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type CountryLand = FeatureCollection<Polygon | MultiPolygon, { country: string | null }>;

/**
 * @example createCountryLocator(basemap.detail.land)(40.07, 36.9) // 'TR'
 */
export function createCountryLocator(
  land: CountryLand,
): (lng: number, lat: number) => string | null {
  const shapes = land.features
    .filter((shape): shape is Feature<Polygon | MultiPolygon, { country: string }> =>
      Boolean(shape.properties?.country),
    )
    .map((shape) => ({ shape, box: bbox(shape) }));
  return (lng, lat) => {
    for (const { shape, box } of shapes)
      if (lng >= box[0] && lng <= box[2] && lat >= box[1] && lat <= box[3])
        if (booleanPointInPolygon([lng, lat], shape)) return shape.properties.country;
    return null;
  };
}
