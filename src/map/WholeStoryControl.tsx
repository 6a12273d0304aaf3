import type { LatLngBoundsExpression } from 'leaflet';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { useMapControl } from './useMapControl';

/**
 * "Whole story": one press fits every place the articles name, from the
 * route's towns to the cities the flows reach (Europe to Central Asia), after
 * the opening view has framed the route alone. A Leaflet control under the
 * zoom buttons, its button drawn by React.
 */
export function WholeStoryControl({ bounds }: { bounds: LatLngBoundsExpression }) {
  const map = useMap();
  const container = useMapControl(map, 'leaflet-bar whole-story', 'topleft');
  return createPortal(
    <button
      type="button"
      className="whole-story__button"
      title="Fit every place the articles name"
      onClick={() => map.flyToBounds(bounds, { padding: [48, 48], duration: 0.6 })}
    >
      Whole story
    </button>,
    container,
  );
}
