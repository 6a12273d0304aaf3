import {
  canvas,
  geoJSON,
  map as leafletMap,
  polyline,
  rectangle,
  tileLayer,
  type LatLngBoundsExpression,
  type Map as LeafletMap,
} from 'leaflet';
import { useEffect } from 'react';
import type { CompiledRoute } from '../data/compiled';
import { useMapContent } from './MapContent';
import { useMap } from 'react-leaflet';
import { useMapControl } from './useMapControl';

/** The inset's own zoom: the whole of the flows, from the Americas to Australia. */
const INSET_ZOOM = 0;

interface OverviewInsetProps {
  /** The world-scale flows, drawn thin so the inset says where the story reaches. */
  flows: CompiledRoute[];
  basemap: 'tiles' | 'builtin';
}

/**
 * Where the view sits in the whole story: a small map of the world (tiles, or
 * the built-in basemap's land when that is in use) with the flows and a box
 * for the main map's view; a click on it centres the main map there. Hidden
 * on narrow screens (styles.css), and left out of the tab order: the main
 * map, "Whole story" and the list reach the same places by keyboard.
 */
export function OverviewInset({ flows, basemap }: OverviewInsetProps) {
  const main = useMap();
  const { loadBasemap } = useMapContent();
  const container = useMapControl(main, 'overview-inset', 'bottomright');
  useEffect(() => {
    container.setAttribute('aria-hidden', 'true');
    const inset = leafletMap(container, {
      center: [30, 20],
      zoom: INSET_ZOOM,
      zoomControl: false,
      attributionControl: false,
      dragging: false,
      scrollWheelZoom: false,
      doubleClickZoom: false,
      boxZoom: false,
      keyboard: false,
      touchZoom: false,
      worldCopyJump: false,
    });
    let live = true;
    if (basemap === 'tiles')
      tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { maxZoom: 2 }).addTo(inset);
    else
      void loadBasemap().then(
        (data) =>
          live &&
          geoJSON(data.world.land, {
            style: { stroke: false, fillColor: '#e4e0d6', fillOpacity: 1 },
            renderer: canvas(),
          } as object).addTo(inset),
        () => undefined,
      );
    for (const flow of flows) {
      const { geometry } = flow;
      const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
      for (const part of parts)
        polyline(
          part.map(([lng, lat]) => [lat!, lng!] as [number, number]),
          { color: '#8a4b08', weight: 1, opacity: 0.7, interactive: false },
        ).addTo(inset);
    }
    const view = rectangle(main.getBounds(), {
      color: '#3b1860',
      weight: 2,
      fill: false,
      interactive: false,
    }).addTo(inset);
    const follow = () => view.setBounds(viewBox(main));
    follow();
    main.on('moveend zoomend resize', follow);
    inset.on('click', (event) =>
      main.flyTo(event.latlng, Math.max(main.getZoom(), 4), { duration: 0.5 }),
    );
    return () => {
      live = false;
      main.off('moveend zoomend resize', follow);
      inset.remove();
    };
  }, [main, container, flows, basemap, loadBasemap]);
  return null;
}

/** The main map's view, at least a few pixels across in the inset even when zoomed far in. */
function viewBox(main: LeafletMap): LatLngBoundsExpression {
  const bounds = main.getBounds();
  const centre = bounds.getCenter();
  const half = 5;
  const south = Math.min(bounds.getSouth(), centre.lat - half);
  const north = Math.max(bounds.getNorth(), centre.lat + half);
  const west = Math.min(bounds.getWest(), centre.lng - half);
  const east = Math.max(bounds.getEast(), centre.lng + half);
  return [
    [south, west],
    [north, east],
  ];
}
