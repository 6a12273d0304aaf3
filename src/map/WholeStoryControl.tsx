import { Control, DomEvent, DomUtil, type LatLngBoundsExpression } from 'leaflet';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';

/**
 * "Whole story": one press fits every place the articles name, from the
 * route's towns to the cities the flows reach (Europe to Central Asia), after
 * the opening view has framed the route alone. A Leaflet control under the
 * zoom buttons, its button drawn by React.
 */
export function WholeStoryControl({ bounds }: { bounds: LatLngBoundsExpression }) {
  const map = useMap();
  const [container] = useState(() => {
    const element = DomUtil.create('div', 'leaflet-bar whole-story');
    // Clicks on the button are the button's, not the map's (no zoom on double click).
    DomEvent.disableClickPropagation(element);
    return element;
  });
  useEffect(() => {
    const control = new Control({ position: 'topleft' });
    control.onAdd = () => container;
    control.addTo(map);
    return () => {
      control.remove();
    };
  }, [map, container]);
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
