import { useEffect } from 'react';
import { useMapEvents } from 'react-leaflet';
import type { LatLngPair } from './MeasureLayer';

/**
 * While measuring, each click on the map picks a point. In the first view's
 * code, not with the lazy drawing: it listens from the very render that opens
 * the tool, so a click made as soon as the panel says "Click two points" is
 * never lost while a chunk loads.
 */
export function MeasureClicks({ onPick }: { onPick: (point: LatLngPair) => void }) {
  const map = useMapEvents({
    click: (event) => onPick([event.latlng.lat, event.latlng.lng]),
  });
  useEffect(() => {
    const container = map.getContainer();
    container.classList.add('map--measuring');
    return () => container.classList.remove('map--measuring');
  }, [map]);
  return null;
}
