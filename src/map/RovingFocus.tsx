import type { Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useMapContent } from './MapContent';
import {
  arrowDirection,
  nearestInDirection,
  nearestTo,
  type ScreenPoint,
} from '../view/spatialNav';

/** Every marker a keyboard user may land on: features and clusters, not a route's extra arrows. */
const FOCUSABLE = '.leaflet-marker-icon[role="button"]:not([aria-hidden="true"])';
/** The hint each marker is described by, and the live region for what arrows cannot do. */
export const MAP_KEYS_HINT_ID = 'map-keys-hint';
const MAP_KEYS_STATUS_ID = 'map-keys-status';

/** Where a marker is drawn on screen: the centre of its box. */
function centreOf(element: HTMLElement): ScreenPoint {
  const box = element.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/**
 * The marker nearest the view's centre, from the positions Leaflet keeps on
 * each icon (layer pixels): measuring the page here would force a layout in
 * every mutation of the first render.
 */
function nearestToCentre(map: LeafletMap, markers: HTMLElement[]): HTMLElement | null {
  const centre = map.latLngToLayerPoint(map.getCenter());
  const positions = markers.map(
    (marker) => (marker as unknown as { _leaflet_pos?: ScreenPoint })._leaflet_pos ?? centre,
  );
  const index = nearestTo(centre, positions);
  return index === null ? null : markers[index]!;
}

function focusableMarkers(map: LeafletMap): HTMLElement[] {
  const pane = map.getPane('markerPane');
  return pane ? [...pane.querySelectorAll<HTMLElement>(FOCUSABLE)] : [];
}

/** How far inside the map's edges a feature the arrows move to must be. */
const VIEW_MARGIN_PX = 64;

/** Pans the map, without animation, so that the marker lies at least VIEW_MARGIN_PX inside it. */
function bringIntoView(map: LeafletMap, marker: HTMLElement, view: DOMRect): void {
  const { x, y } = centreOf(marker);
  const inside =
    x >= view.left + VIEW_MARGIN_PX &&
    x <= view.right - VIEW_MARGIN_PX &&
    y >= view.top + VIEW_MARGIN_PX &&
    y <= view.bottom - VIEW_MARGIN_PX;
  if (inside) return;
  map.panBy([x - (view.left + view.width / 2), y - (view.top + view.height / 2)], {
    animate: false,
  });
}

/** The marker that holds the map's one Tab stop, if any is drawn. */
function currentMarker(map: LeafletMap): HTMLElement | null {
  return focusableMarkers(map).find((element) => element.tabIndex === 0) ?? null;
}

/**
 * Focuses the map's feature that holds its Tab stop (the one last visited, or
 * the one nearest the centre), or the map itself when it draws none: what
 * "Skip to the map" does.
 */
export function focusMapFeature(map: LeafletMap): void {
  const marker = currentMarker(map);
  if (marker) marker.focus({ preventScroll: true });
  else map.getContainer().focus({ preventScroll: true });
}

/**
 * The map is one Tab stop, not one per marker (roving tabindex): one marker
 * has tabindex 0, the rest -1. While a marker has focus, the arrow keys move
 * to the nearest feature in their direction (Leaflet pans to it), Enter opens
 * it (or the chooser, where features share the spot) and Escape, with no
 * popup open, goes back to the panels. Arrows on the map itself still pan.
 * Markers come and go with layers, filters and zoom, and Leaflet gives each
 * new icon tabindex 0: a MutationObserver keeps exactly one.
 */
export function RovingFocus() {
  const map = useMap();
  const { leaveMap: onLeave } = useMapContent();
  useEffect(() => {
    const pane = map.getPane('markerPane');
    if (!pane) return;
    let current: HTMLElement | null = null;
    const status = document.getElementById(MAP_KEYS_STATUS_ID);
    const say = (message: string) => {
      if (status) status.textContent = message;
    };

    const normalise = () => {
      const markers = focusableMarkers(map);
      if (!current || !markers.includes(current)) current = nearestToCentre(map, markers);
      for (const marker of markers) {
        const wanted = marker === current ? 0 : -1;
        if (marker.tabIndex !== wanted) marker.tabIndex = wanted;
        if (!marker.hasAttribute('aria-describedby'))
          marker.setAttribute('aria-describedby', MAP_KEYS_HINT_ID);
      }
    };
    const observer = new MutationObserver(normalise);
    observer.observe(pane, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['tabindex'],
    });
    normalise();

    const onFocusIn = (event: FocusEvent) => {
      const target = event.target as HTMLElement;
      if (!target.matches(FOCUSABLE) || target === current) return;
      current = target;
      normalise();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (!target.matches(FOCUSABLE) || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') {
        if (map.getContainer().querySelector('.leaflet-popup')) return;
        event.preventDefault();
        onLeave();
        return;
      }
      const direction = arrowDirection(event.key);
      if (!direction) return;
      event.preventDefault();
      event.stopPropagation();
      const others = focusableMarkers(map).filter((marker) => marker !== target);
      const view = map.getContainer().getBoundingClientRect();
      const inView = ({ x, y }: ScreenPoint) =>
        x >= view.left && x <= view.right && y >= view.top && y <= view.bottom;
      const index = nearestInDirection(centreOf(target), others.map(centreOf), direction, inView);
      if (index === null) {
        say(`No feature further ${direction} on the map.`);
        return;
      }
      say('');
      current = others[index]!;
      normalise();
      // A feature out of view is brought well inside it first (Leaflet's own pan on focus would
      // leave it at the edge); the page itself must not scroll.
      bringIntoView(map, current, view);
      current.focus({ preventScroll: true });
    };
    pane.addEventListener('focusin', onFocusIn);
    pane.addEventListener('keydown', onKeyDown);
    return () => {
      observer.disconnect();
      pane.removeEventListener('focusin', onFocusIn);
      pane.removeEventListener('keydown', onKeyDown);
    };
  }, [map, onLeave]);
  return null;
}

/** The words a screen reader gives with every marker, and where it hears what arrows cannot do. */
export function MapKeysHint() {
  return (
    <>
      <p id={MAP_KEYS_HINT_ID} className="visually-hidden">
        Arrow keys: the nearest feature in that direction. Enter: open it. Escape: back to the
        panels.
      </p>
      <p id={MAP_KEYS_STATUS_ID} className="visually-hidden" aria-live="polite" />
    </>
  );
}
