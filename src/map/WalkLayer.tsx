import { latLngBounds, point, type Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { CircleMarker, Polyline, Tooltip, useMap } from 'react-leaflet';
import { legLines } from '../geo/routes';
import { borderMet, type WalkStep } from '../view/routeWalk';

/** Closest zoom a walk goes to: a stop among its neighbours. */
const WALK_MAX_ZOOM = 10;
const MARGIN = 40;

/**
 * The walk's card floats over the map; the leg is framed in the part of the
 * map it leaves free: to its left on a wide screen, below it on a phone.
 */
function freePadding(map: LeafletMap) {
  const container = map.getContainer().getBoundingClientRect();
  const card = document.querySelector('.tool-cards')?.getBoundingClientRect();
  const besideCard = card && card.left > container.left + container.width / 2;
  return {
    paddingTopLeft: point(
      MARGIN,
      card && !besideCard ? card.bottom - container.top + MARGIN : MARGIN,
    ),
    paddingBottomRight: point(besideCard ? container.right - card.left + MARGIN : MARGIN, MARGIN),
  };
}

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
  const from = leg?.from.geometry.coordinates;
  useEffect(() => {
    const bounds = latLngBounds([latLng(stop), latLng(from ?? stop)]);
    map.flyToBounds(bounds, { ...freePadding(map), maxZoom: WALK_MAX_ZOOM, duration: 0.6 });
  }, [map, stop, from]);
  const near = borderMet(step);
  return (
    <>
      {leg &&
        legLines([leg.from.geometry.coordinates, stop]).flatMap((parts, i) =>
          parts.map((part, j) => (
            <Polyline
              key={`${i}-${j}`}
              positions={part.map(latLng)}
              className="walk-leg"
              pathOptions={{ color: '#ffbf47', weight: 9, opacity: 0.85 }}
              interactive={false}
            />
          )),
        )}
      <CircleMarker
        center={latLng(stop)}
        radius={16}
        className="walk-stop"
        pathOptions={{ color: '#1a1a1a', weight: 3, fill: false }}
        interactive={false}
      />
      {leg?.crossings.map((crossing, i) => (
        <LabelledPoint
          key={i}
          className="walk-crossing"
          position={crossing.position}
          fill="#ffffff"
          label={`Crosses the ${crossing.name} (as drawn)`}
        />
      ))}
      {near && (
        <LabelledPoint
          className="walk-border-point"
          position={near.position}
          fill="#ffbf47"
          label={`Nearest border point (${near.km < 0.1 ? '< 0.1' : near.km} km), not a crossing`}
        />
      )}
    </>
  );
}

/** A computed point the walk marks, with a label that says what it is and is not. */
function LabelledPoint({
  className,
  position,
  fill,
  label,
}: {
  className: string;
  position: number[];
  fill: string;
  label: string;
}) {
  return (
    <CircleMarker
      center={latLng(position)}
      radius={7}
      className={className}
      pathOptions={{ color: '#1a1a1a', fillColor: fill, fillOpacity: 1 }}
    >
      <Tooltip permanent direction="auto">
        {label}
      </Tooltip>
    </CircleMarker>
  );
}
