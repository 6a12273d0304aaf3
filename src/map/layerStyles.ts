import type { PathOptions } from 'leaflet';
import type { RouteProperties } from '../data/schema';

/** Colours pass WCAG AA against the OSM basemap's light land colour. */
export const CITY_STYLE: PathOptions = {
  color: '#1f3a93',
  fillColor: '#4a69bd',
  fillOpacity: 0.9,
  weight: 2,
};
export const BORDER_TOWN_STYLE: PathOptions = {
  color: '#7a3e00',
  fillColor: '#e67e22',
  fillOpacity: 0.95,
  weight: 2,
};
export const INCIDENT_STYLE: PathOptions = {
  color: '#7b0d1e',
  fillColor: '#c0392b',
  fillOpacity: 0.9,
  weight: 2,
};

/** The rarer crossings the text describes are dashed, so they read as less travelled. */
export function routeStyle(frequency: RouteProperties['frequency']): PathOptions {
  return {
    color: '#4a235a',
    weight: 4,
    opacity: 0.9,
    dashArray: frequency === 'rare' ? '8 8' : undefined,
  };
}
