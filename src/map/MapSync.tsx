import type { LatLng, Map as LeafletMap, PopupEvent } from 'leaflet';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { MapView } from '../view/urlState';
import { returnFocusNow } from '../dom/focusReturn';
import { useFeatureRegistry } from './FeatureRegistry';

/** Below this zoom a selected place is flown to; a border town needs to be seen among its neighbours. */
const SELECTION_MIN_ZOOM = 8;

/**
 * Keeps the open popup and the selected feature in step, both ways: a popup
 * the user opens selects its feature; a feature selected elsewhere (URL,
 * reader, Back button) opens its popup. Keyboard users land in the popup and
 * return to the marker when it closes.
 */
export function SelectionSync({
  selected,
  onSelect,
  hostOf,
}: {
  selected: string | null;
  onSelect: (id: string | null) => void;
  /** The feature whose popup shows a feature with no marker of its own (an area's incident). */
  hostOf: ReadonlyMap<string, string>;
}) {
  const map = useMap();
  const registry = useFeatureRegistry();
  const selectedRef = useRef(selected);
  useEffect(() => {
    selectedRef.current = selected;
  }, [selected]);
  const openIdRef = useRef<string | null>(null);
  const hostRef = useRef(hostOf);
  useEffect(() => {
    hostRef.current = hostOf;
  }, [hostOf]);

  useEffect(() => {
    const opened = (event: PopupEvent) => {
      const marker = (event.popup as unknown as { _source?: unknown })._source;
      const id = registry.idOf(marker);
      openIdRef.current = id ?? null;
      // The host's popup opened for one of the features it shows: that one stays selected.
      const showsSelected =
        selectedRef.current !== null && hostRef.current.get(selectedRef.current) === id;
      if (id && id !== selectedRef.current && !showsSelected) onSelect(id);
      const cameFromKeyboard = document.activeElement?.classList.contains('leaflet-marker-icon');
      if (cameFromKeyboard) focusWhenRendered(event.popup.getElement());
    };
    const closed = (event: PopupEvent) => {
      const marker = (
        event.popup as unknown as { _source?: { getElement?: () => HTMLElement | undefined } }
      )._source;
      const id = registry.idOf(marker);
      if (openIdRef.current === id) openIdRef.current = null;
      // Opening another popup closes this one first, in the same call (Leaflet's openOn): only a
      // close with nothing opened by the end of the task deselects.
      queueMicrotask(() => {
        const current = selectedRef.current;
        const wasShown =
          current !== null && (current === id || hostRef.current.get(current) === id);
        if (openIdRef.current === null && id && wasShown) onSelect(null);
      });
      if (event.popup.getElement()?.contains(document.activeElement))
        returnFocusNow(marker?.getElement?.());
    };
    // Leaflet closes popups on Escape only while the map itself has focus, not a marker or the popup.
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') map.closePopup();
    };
    map.on('popupopen', opened);
    map.on('popupclose', closed);
    map.getContainer().addEventListener('keydown', escape);
    return () => {
      map.off('popupopen', opened);
      map.off('popupclose', closed);
      map.getContainer().removeEventListener('keydown', escape);
    };
  }, [map, registry, onSelect]);

  useEffect(() => {
    if (!selected) {
      // Only a feature's own popup: a popup of the user's layers is not ours to close.
      if (openIdRef.current) map.closePopup();
      return;
    }
    const marker = registry.markerOf(selected) ?? registry.markerOf(hostOf.get(selected) ?? '');
    if (!marker || marker.isPopupOpen()) return;
    return revealThenOpen(map, marker.getLatLng(), () => marker.openPopup());
  }, [map, registry, selected, hostOf]);
  return null;
}

/**
 * Popup content is a React portal that renders after the popup opens (and its
 * code may still be loading): focus the title once it is there, unless the
 * user has moved on meanwhile.
 */
function focusWhenRendered(container: HTMLElement | undefined): void {
  if (!container) return;
  const origin = document.activeElement;
  const focusTitle = () => {
    const title = container.querySelector<HTMLElement>('.popup__title');
    if (!title) return false;
    if (document.activeElement === origin || document.activeElement === document.body)
      title.focus();
    return true;
  };
  if (focusTitle()) return;
  const observer = new MutationObserver(() => {
    if (focusTitle()) observer.disconnect();
  });
  observer.observe(container, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), 5000);
}

/** Flies to the target unless it is well in view, then opens; returns how to cancel a pending open. */
function revealThenOpen(map: LeafletMap, target: LatLng, open: () => void): () => void {
  const zoom = Math.max(map.getZoom(), SELECTION_MIN_ZOOM);
  if (map.getBounds().pad(-0.2).contains(target) && map.getZoom() >= SELECTION_MIN_ZOOM) {
    open();
    return () => undefined;
  }
  map.once('moveend', open);
  map.flyTo(target, zoom, { duration: 0.5 });
  return () => map.off('moveend', open);
}

/** Reports the view when the user stops moving the map, so it can go into the URL. */
export function ViewSync({ onViewChange }: { onViewChange: (view: MapView) => void }) {
  const map = useMap();
  useEffect(() => {
    const moved = () => {
      const center = map.getCenter();
      onViewChange({ zoom: map.getZoom(), lat: center.lat, lng: center.lng });
    };
    map.on('moveend', moved);
    return () => {
      map.off('moveend', moved);
    };
  }, [map, onViewChange]);
  return null;
}

/** Tells Leaflet when its container changes size (the reader opening beside it). */
export function SizeSync() {
  const map = useMap();
  useEffect(() => {
    const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}

/**
 * Sets data-ready="true" on the map container once the map and every visible
 * layer have been drawn (tests and benchmarks wait on it).
 */
export function ReadyFlag() {
  const map = useMap();
  useEffect(() => {
    map.whenReady(() => {
      requestAnimationFrame(() => {
        map.getContainer().dataset.ready = 'true';
      });
    });
  }, [map]);
  return null;
}

/**
 * aria-busy on the map container while a filter is still being drawn (the
 * app renders it deferred): screen readers wait for the new markers, and so do tests.
 * A layout effect, so the flag is up in the same commit as the control that changed.
 */
export function BusyFlag({ busy }: { busy: boolean }) {
  const map = useMap();
  useLayoutEffect(() => {
    map.getContainer().setAttribute('aria-busy', String(busy));
  }, [map, busy]);
  return null;
}

/**
 * Leaflet's popups, fixed for assistive technology: the close link's "#close"
 * reads as a broken skip link, the scrolling content needs to be reachable by
 * keyboard even when it holds nothing focusable, and a closing popup is inert.
 */
export function PopupAccessibility() {
  const map = useMap();
  useEffect(() => {
    const opened = (event: PopupEvent) => {
      const element = event.popup.getElement();
      if (element) element.inert = false;
      element?.querySelector('.leaflet-popup-close-button')?.setAttribute('href', '#');
      element?.querySelector('.leaflet-popup-content')?.setAttribute('tabindex', '0');
    };
    // A closing popup fades out for 200 ms before Leaflet removes it: nothing in it may take
    // focus meanwhile (see canTakeFocus). After this event's other listeners, which look at
    // where focus was.
    const closed = (event: PopupEvent) => {
      const element = event.popup.getElement();
      if (element) queueMicrotask(() => (element.inert = !event.popup.isOpen()));
    };
    map.on('popupopen', opened);
    map.on('popupclose', closed);
    return () => {
      map.off('popupopen', opened);
      map.off('popupclose', closed);
    };
  }, [map]);
  return null;
}

/** From this zoom the map shows a region (the route's towns, not the continents): flows step back. */
export const REGIONAL_ZOOM = 7;

/**
 * Marks the map's container with the zoom band, so styles.css can draw the
 * world-scale flows thinner and paler where the route is what the view is about.
 */
export function ZoomBandSync() {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    const update = () =>
      container.classList.toggle('map--regional', map.getZoom() >= REGIONAL_ZOOM);
    update();
    map.on('zoomend', update);
    return () => {
      map.off('zoomend', update);
      container.classList.remove('map--regional');
    };
  }, [map]);
  return null;
}
