import rhumbBearing from '@turf/rhumb-bearing';
import type { PathOptions } from 'leaflet';
import { useMemo } from 'react';
import { LayerGroup, Polyline } from 'react-leaflet';
import type { CompiledPlace, CompiledRoute } from '../data/compiled';
import { RoutePopup } from '../ui/popups/FeaturePopups';
import { useFeatureRegistry } from './FeatureRegistry';
import { FeatureMarker } from './FeatureMarker';
import { symbolIcon } from './icons';
import { PlaceMarker } from './PlacesLayer';

/** Rarer crossings are dashed; every route is thin and translucent enough to read as schematic. */
function routeStyle(route: CompiledRoute): PathOptions {
  const rare = route.properties.frequency === 'rare';
  return {
    className: `route route--${route.properties.frequency}`,
    color: '#5b2a86',
    weight: rare ? 3 : 4,
    opacity: 0.85,
    dashArray: rare ? '2 8' : undefined,
    lineCap: 'round',
  };
}

/**
 * Routes with an arrow at the middle of each leg in the direction of travel.
 * The first arrow is the route's focusable handle; the others are decoration.
 */
export function RouteLayer({ routes, stops }: { routes: CompiledRoute[]; stops: CompiledPlace[] }) {
  const registry = useFeatureRegistry();
  return (
    <LayerGroup>
      {routes.map((route) => (
        <RouteLine
          key={route.id}
          route={route}
          onClick={() => registry.markerOf(route.id)?.openPopup()}
        />
      ))}
      {stops.map((place) => (
        <PlaceMarker key={place.id} place={place} symbol="route-stop" />
      ))}
    </LayerGroup>
  );
}

function RouteLine({ route, onClick }: { route: CompiledRoute; onClick: () => void }) {
  const positions = useMemo(
    () => route.geometry.coordinates.map(([lng, lat]) => [lat!, lng!] as [number, number]),
    [route],
  );
  const arrows = useMemo(() => legArrows(route), [route]);
  const eventHandlers = useMemo(() => ({ click: onClick }), [onClick]);
  return (
    <>
      <Polyline
        positions={positions}
        pathOptions={routeStyle(route)}
        eventHandlers={eventHandlers}
      />
      {arrows.map((arrow, i) => (
        <FeatureMarker
          key={i}
          featureId={route.id}
          label={route.properties.name}
          position={arrow.position}
          icon={symbolIcon('route-arrow', {
            rotationDeg: arrow.bearingDeg,
            extraClass: `route-arrow--${route.properties.frequency}`,
          })}
          secondary={i > 0}
          raised={i === 0}
        >
          <RoutePopup route={route} />
        </FeatureMarker>
      ))}
    </>
  );
}

/** Midpoint and screen direction of each leg (a rhumb bearing is a straight line's direction on a Mercator map). */
function legArrows(route: CompiledRoute): { position: [number, number]; bearingDeg: number }[] {
  const coordinates = route.geometry.coordinates;
  return coordinates.slice(1).map((to, i) => {
    const from = coordinates[i]!;
    return {
      position: [(from[1]! + to[1]!) / 2, (from[0]! + to[0]!) / 2],
      bearingDeg: rhumbBearing(from, to),
    };
  });
}
