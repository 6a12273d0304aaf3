import type { MapContent } from '../../map/MapContent';
import { lazyPart } from '../../loading/load';

const PlacePopup = lazyPart('popups', 'PlacePopup');
const RoutePopup = lazyPart('popups', 'RoutePopup');
const IncidentPopup = lazyPart('popups', 'IncidentPopup');

/**
 * The app's popups, as the map asks for them. Their code comes after the
 * first paint (see the loading table); a popup opened before that shows
 * "Loading…" for a moment.
 */
export const FEATURE_POPUPS: Pick<MapContent, 'placePopup' | 'routePopup' | 'incidentPopup'> = {
  placePopup: (place) => <PlacePopup place={place} />,
  routePopup: (route) => <RoutePopup route={route} />,
  incidentPopup: (incident) => <IncidentPopup incident={incident} />,
};
