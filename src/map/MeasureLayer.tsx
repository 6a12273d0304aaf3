import { CircleMarker, Polyline } from 'react-leaflet';
import { legLines } from '../geo/routes';

export type LatLngPair = [number, number];

const lonLat = ([lat, lng]: LatLngPair) => [lng, lat];
const latLng = ([lon, lat]: number[]) => [lat!, lon!] as [number, number];

/**
 * The points picked (by `MeasureClicks`) and the line between them, drawn the
 * way distance is measured, along the great circle. Lazy-loaded with the arcs
 * it draws.
 */
export default function MeasureLayer({ points }: { points: readonly LatLngPair[] }) {
  const [a, b] = points;
  return (
    <>
      {a &&
        b &&
        legLines([lonLat(a), lonLat(b)]).flatMap((parts, i) =>
          parts.map((part, j) => (
            <Polyline
              key={`${i}-${j}`}
              positions={part.map(latLng)}
              className="measure-line"
              pathOptions={{
                color: '#1a1a1a',
                weight: 3,
                dashArray: '6 6',
              }}
              interactive={false}
            />
          )),
        )}
      {points.map((point, i) => (
        <CircleMarker
          key={i}
          center={point}
          radius={6}
          className="measure-point"
          pathOptions={{
            color: '#1a1a1a',
            fillColor: '#ffbf47',
            fillOpacity: 1,
          }}
          interactive={false}
        />
      ))}
    </>
  );
}
