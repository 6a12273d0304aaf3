import type { DivIcon, LeafletEvent, Marker as LeafletMarker } from 'leaflet';
import { Suspense, useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Marker, Popup } from 'react-leaflet';
import { useFeatureRegistry } from './FeatureRegistry';

interface FeatureMarkerProps {
  featureId: string;
  /** Accessible name of the marker: the feature's own name. */
  label: string;
  position: [number, number];
  icon: DivIcon;
  children: ReactNode;
  /** Extra marker for the same feature (e.g. a route's other arrows): clicking opens the main one. */
  secondary?: boolean;
  /** Where it is stacked among markers: points over the arrows of lines, the route's arrows over the flows'. */
  stacking?: keyof typeof STACKING;
}

/** Leaflet's zIndexOffset for each kind of marker: points above lines. */
const STACKING = { point: 0, 'route-arrow': -1000, 'flow-arrow': -2000 } as const;

/** Popups fit a phone's width and keep clear of the zoom control. */
function popupSize(): { minWidth: number; maxWidth: number } {
  const room = window.innerWidth - 90;
  return { minWidth: Math.min(260, room), maxWidth: Math.min(360, room) };
}

/**
 * A focusable marker (Leaflet gives it role="button" and opens its popup on
 * Enter) whose popup content is React, so data is always rendered as text.
 */
export function FeatureMarker({
  featureId,
  label,
  position,
  icon,
  children,
  secondary = false,
  stacking = 'point',
}: FeatureMarkerProps) {
  const registry = useFeatureRegistry();
  const markerRef = useRef<LeafletMarker | null>(null);
  const register = useCallback(
    (marker: LeafletMarker | null) => {
      markerRef.current = marker;
      return marker && !secondary ? registry.register(featureId, marker) : undefined;
    },
    [registry, featureId, secondary],
  );
  // A name that changes (an area's count of incidents as a filter moves) follows on the element,
  // which Leaflet keeps when the icon changes.
  useEffect(() => {
    markerRef.current?.getElement()?.setAttribute('aria-label', label);
  }, [label]);
  const eventHandlers = useMemo(
    () => ({
      add(event: LeafletEvent) {
        const element = (event.target as LeafletMarker).getElement();
        if (!element) return;
        element.setAttribute('aria-label', label);
        element.dataset.featureId = featureId;
        if (secondary) {
          element.setAttribute('aria-hidden', 'true');
          element.tabIndex = -1;
        }
      },
      click() {
        if (secondary) registry.markerOf(featureId)?.openPopup();
      },
    }),
    [label, featureId, secondary, registry],
  );
  return (
    <Marker
      ref={register}
      position={position}
      icon={icon}
      title={label}
      keyboard={!secondary}
      zIndexOffset={STACKING[stacking]}
      eventHandlers={eventHandlers}
    >
      {secondary ? null : (
        <Popup
          {...popupSize()}
          autoPanPaddingTopLeft={[56, 56]}
          autoPanPaddingBottomRight={[24, 24]}
        >
          <Suspense fallback={<p role="status">Loading…</p>}>{children}</Suspense>
        </Popup>
      )}
    </Marker>
  );
}
