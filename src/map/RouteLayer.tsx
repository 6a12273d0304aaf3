import type { PathOptions } from 'leaflet';
import { useMemo, memo } from 'react';
import { LayerGroup, Polyline } from 'react-leaflet';
import type { CompiledPlace, CompiledRoute } from '../data/compiled';
import { useFeatureRegistry } from './FeatureRegistry';
import { useMapContent } from './MapContent';
import { FeatureMarker } from './FeatureMarker';
import { symbolIcon } from './icons';
import { PlaceMarker } from './PlacesLayer';

/**
 * Rarer crossings are dotted, expected (not yet happened) movements dashed;
 * flows between countries are a different colour from the smuggling route.
 */
function routeStyle(route: CompiledRoute): PathOptions {
  const { frequency, certainty, kind } = route.properties;
  const rare = frequency === 'rare';
  const expected = certainty === 'expected';
  return {
    className: `route route--${kind === 'smuggling route' ? 'smuggling' : 'flow'} route--${frequency} route--${certainty}`,
    color: kind === 'smuggling route' ? '#5b2a86' : '#8a4b08',
    weight: rare ? 3 : 4,
    opacity: expected ? 0.7 : 0.85,
    dashArray: rare ? '2 8' : expected ? '10 8' : undefined,
    lineCap: 'round',
  };
}

/**
 * Routes with an arrow at the middle of each leg in the direction of travel.
 * The first arrow is the route's focusable handle; the others are decoration.
 * Arrows are stacked under every point (a click on a town opens the town),
 * the route's over the flows'.
 */
function RouteLayerView({ routes, stops }: { routes: CompiledRoute[]; stops: CompiledPlace[] }) {
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
  const positions = useMemo(() => latLngsOf(route), [route]);
  const arrows = route.properties.arrows;
  const { routePopup } = useMapContent();
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
          position={[arrow.position[1]!, arrow.position[0]!]}
          icon={symbolIcon(
            route.properties.kind === 'smuggling route' ? 'route-arrow' : 'flow-arrow',
            {
              rotationDeg: arrow.bearingDeg,
              extraClass: `route-arrow--${route.properties.frequency} route-arrow--${route.properties.certainty}`,
            },
          )}
          secondary={i > 0}
          stacking={route.properties.kind === 'smuggling route' ? 'route-arrow' : 'flow-arrow'}
        >
          {routePopup(route)}
        </FeatureMarker>
      ))}
    </>
  );
}

/** Leaflet wants [lat, lng], nested once more for a line split at the antimeridian. */
function latLngsOf(route: CompiledRoute): [number, number][][] {
  const { geometry } = route;
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  return parts.map((part) => part.map(([lng, lat]) => [lat!, lng!] as [number, number]));
}

/** Memoised: redrawn only when its routes change, not when other state does. */
export const RouteLayer = memo(RouteLayerView);
