import { useEffect } from 'react';
import { CircleMarker, Polyline, useMapEvents } from 'react-leaflet';
import { legLines } from '../geo/routes';

export type LatLngPair = [number, number];

const lonLat = ([lat, lng]: LatLngPair) => [lng, lat];
const latLng = ([lon, lat]: number[]) => [lat!, lon!] as [number, number];

/**
 * While measuring, each click on the map picks a point; the two points are
 * joined the way distance is measured, along the great circle.
 * Lazy-loaded with the arcs it draws.
 */
export default function MeasureLayer({
  points,
  onPick,
}: {
  points: readonly LatLngPair[];
  onPick: (point: LatLngPair) => void;
}) {
  const map = useMapEvents({
    click: (event) => onPick([event.latlng.lat, event.latlng.lng]),
  });
  useEffect(() => {
    const container = map.getContainer();
    container.classList.add('map--measuring');
    return () => container.classList.remove('map--measuring');
  }, [map]);
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
