import { Control, DomEvent, DomUtil, type ControlPosition, type Map as LeafletMap } from 'leaflet';
import { useEffect, useState } from 'react';

/**
 * A Leaflet control's container, added to the map in a corner for as long as
 * the component lives; React draws into it (a portal, or a map of its own).
 * Clicks and wheel turns on it are its own, not the map's.
 */
export function useMapControl(
  map: LeafletMap,
  className: string,
  position: ControlPosition,
): HTMLElement {
  const [container] = useState(() => {
    const element = DomUtil.create('div', className);
    DomEvent.disableClickPropagation(element);
    DomEvent.disableScrollPropagation(element);
    return element;
  });
  useEffect(() => {
    const control = new Control({ position });
    control.onAdd = () => container;
    control.addTo(map);
    return () => {
      control.remove();
    };
  }, [map, container, position]);
  return container;
}
