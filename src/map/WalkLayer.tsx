import { useEffect } from 'react';
import { CircleMarker, Polyline, Tooltip, useMap } from 'react-leaflet';
import { legLines } from '../geo/routes';
import { borderMet, type WalkStep } from '../view/routeWalk';

/** Zoom at which a walk shows a stop among its neighbours. */
const WALK_ZOOM = 9;

const latLng = ([lon, lat]: number[]) => [lat!, lon!] as [number, number];

/**
 * The current step of a route walk on the map: the leg just travelled, the
 * stop, and where the leg crosses or the stop meets a border. Flies to each
 * step. Lazy-loaded with the arcs it draws.
 */
export default function WalkLayer({ step }: { step: WalkStep }) {
  const map = useMap();
  const stop = step.place.geometry.coordinates;
  const { leg } = step;
  useEffect(() => {
    const [lat, lng] = latLng(stop);
    map.flyTo([lat, lng], Math.max(map.getZoom(), WALK_ZOOM), { duration: 0.6 });
  }, [map, stop]);
  const near = borderMet(step);
  return (
    <>
      {leg &&
        legLines([leg.from.geometry.coordinates, stop]).flatMap((parts, i) =>
          parts.map((part, j) => (
            <Polyline
              key={`${i}-${j}`}
              positions={part.map(latLng)}
              pathOptions={{ className: 'walk-leg', color: '#ffbf47', weight: 9, opacity: 0.85 }}
              interactive={false}
            />
          )),
        )}
      <CircleMarker
        center={latLng(stop)}
        radius={16}
        pathOptions={{ className: 'walk-stop', color: '#1a1a1a', weight: 3, fill: false }}
        interactive={false}
      />
      {leg?.crossings.map((crossing, i) => (
        <CircleMarker
          key={i}
          center={latLng(crossing.position)}
          radius={7}
          pathOptions={{
            className: 'walk-crossing',
            color: '#1a1a1a',
            fillColor: '#ffffff',
            fillOpacity: 1,
          }}
        >
          <Tooltip permanent direction="right">
            Crosses the {crossing.name} (as drawn)
          </Tooltip>
        </CircleMarker>
      ))}
      {near && (
        <CircleMarker
          center={latLng(near.position)}
          radius={6}
          pathOptions={{
            className: 'walk-border-point',
            color: '#1a1a1a',
            fillColor: '#ffbf47',
            fillOpacity: 1,
          }}
        >
          <Tooltip permanent direction="right">
            Nearest point of the border ({near.km < 0.1 ? '< 0.1' : near.km} km), not a reported
            crossing
          </Tooltip>
        </CircleMarker>
      )}
    </>
  );
}
