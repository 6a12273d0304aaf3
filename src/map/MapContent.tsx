import { createContext, useContext, type ReactNode } from 'react';
import type { Basemap } from '../geo/basemap';
import type { CompiledPlace, CompiledRoute, IncidentSummary } from '../data/compiled';

/**
 * What the map shows that is not the map's own: the content of each kind of
 * feature's popup, and what choosing a feature does. The app passes them in
 * (see <CrossingsMap content>), so map/ never reaches up into ui/.
 */
export interface MapContent {
  placePopup: (place: CompiledPlace) => ReactNode;
  routePopup: (route: CompiledRoute) => ReactNode;
  incidentPopup: (incident: IncidentSummary) => ReactNode;
  /** Select a feature (a cluster's list of its members offers them). */
  onSelect: (featureId: string) => void;
  /** The built-in basemap's data, when it is first drawn. */
  loadBasemap: () => Promise<Basemap>;
  /** Escape on a feature: take the keyboard back to the panels. */
  leaveMap: () => void;
}

export const MapContentContext = createContext<MapContent | null>(null);

/** The popups and actions the app gave the map. */
export function useMapContent(): MapContent {
  const content = useContext(MapContentContext);
  if (!content)
    throw new Error(
      'useMapContent() must be used inside <CrossingsMap>, which provides the content its `content` prop gives.',
    );
  return content;
}
