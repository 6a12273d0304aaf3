import { LayerGroup, Polyline, Tooltip } from 'react-leaflet';
import type { CompiledRoute } from '../data/compiled';
import { routeStyle } from './layerStyles';

/** Routes drawn from their stops; rarer branches dashed. */
export function RouteLayer({ routes }: { routes: CompiledRoute[] }) {
  return (
    <LayerGroup>
      {routes.map((route) => (
        <Polyline
          key={route.id}
          positions={route.geometry.coordinates.map(
            ([lon, lat]) => [lat!, lon!] as [number, number],
          )}
          pathOptions={routeStyle(route.properties.frequency)}
        >
          <Tooltip sticky>{`${route.properties.name} (${route.properties.totalKm} km)`}</Tooltip>
        </Polyline>
      ))}
    </LayerGroup>
  );
}
