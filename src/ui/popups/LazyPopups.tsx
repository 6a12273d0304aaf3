import { lazy } from 'react';

/**
 * Popups render only when opened, so their code stays out of the entry chunk;
 * `preloadPopups` fetches it once the first view is up, before anyone clicks.
 */
export const preloadPopups = () => import('./FeaturePopups');

export const PlacePopup = lazy(() => preloadPopups().then((m) => ({ default: m.PlacePopup })));
export const RoutePopup = lazy(() => preloadPopups().then((m) => ({ default: m.RoutePopup })));
export const IncidentPopup = lazy(() =>
  preloadPopups().then((m) => ({ default: m.IncidentPopup })),
);
