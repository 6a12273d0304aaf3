import type { MapContent } from '../../map/MapContent';
import { later } from '../../loading/later';

const PlacePopup = later.lazyPart('popups', 'PlacePopup');
const RoutePopup = later.lazyPart('popups', 'RoutePopup');
const IncidentPopup = later.lazyPart('popups', 'IncidentPopup');

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
