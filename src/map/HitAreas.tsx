import type { Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Below this a target is too small to hit: symbols this close share the spot (the chooser sorts them out). */
const MIN_HIT_PX = 8;
/** How long the markers must have stayed put before the hit areas are spaced again. */
const SETTLE_MS = 150;
/** The symbols of lines (route arrows) keep their size: points are stacked over them. */
const POINT_SYMBOLS =
  '.leaflet-marker-icon[data-feature-id]:not(.symbol--route-arrow):not(.symbol--flow-arrow)';

/**
 * Hit areas of point symbols that overlap at a zoom do not overlap each
 * other: each marker's clickable box shrinks to the distance to its nearest
 * neighbour (Chebyshev, so two squares never meet), while its symbol keeps
 * its drawn size (styles.css centres the SVG in the box). Run after every
 * zoom and whenever markers come or go. Symbols closer than MIN_HIT_PX keep
 * that much and overlap: they share the spot, and the chooser lists them.
 */
export function HitAreas() {
  const map = useMap();
  useEffect(() => {
    const pane = map.getPane('markerPane');
    if (!pane) return;
    let timer = 0;
    // After things settle, not in every frame markers arrive: hit areas matter to a pointer, which
    // comes later, and the first layers' render is the page's busiest moment.
    const schedule = () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => spaceHitAreas(map), SETTLE_MS);
    };
    schedule();
    // Markers come and go as layers and filters change.
    const observer = new MutationObserver(schedule);
    observer.observe(pane, { childList: true });
    map.on('zoomend viewreset', schedule);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
      map.off('zoomend viewreset', schedule);
    };
  }, [map]);
  return null;
}

interface Target {
  element: HTMLElement;
  x: number;
  y: number;
  /** The symbol's drawn size, the largest the hit area may be. */
  size: number;
  /** The marker's offset from its point (a fanned incident's), in pixels. */
  offsetX: number;
  offsetY: number;
}

function spaceHitAreas(map: LeafletMap): void {
  const pane = map.getPane('markerPane');
  if (!pane) return;
  const targets: Target[] = [...pane.querySelectorAll<HTMLElement>(POINT_SYMBOLS)].flatMap(
    (element) => {
      const svg = element.querySelector('svg');
      const size = Number(svg?.getAttribute('width'));
      if (!size) return [];
      // Leaflet writes the icon's anchor as negative margins: half the box, less the offset.
      const half = (parseFloat(element.style.width) || size) / 2;
      const offsetX = parseFloat(element.style.marginLeft || '0') + half;
      const offsetY = parseFloat(element.style.marginTop || '0') + half;
      const position = (element as unknown as { _leaflet_pos?: { x: number; y: number } })
        ._leaflet_pos;
      if (!position) return [];
      return [
        { element, x: position.x + offsetX, y: position.y + offsetY, size, offsetX, offsetY },
      ];
    },
  );
  for (const target of targets) {
    let nearest = Infinity;
    for (const other of targets)
      if (other !== target)
        nearest = Math.min(
          nearest,
          Math.max(Math.abs(other.x - target.x), Math.abs(other.y - target.y)),
        );
    const side = Math.max(MIN_HIT_PX, Math.min(target.size, Math.floor(nearest)));
    const { style } = target.element;
    if (style.width === `${side}px` && style.height === `${side}px`) continue;
    style.width = `${side}px`;
    style.height = `${side}px`;
    style.marginLeft = `${target.offsetX - side / 2}px`;
    style.marginTop = `${target.offsetY - side / 2}px`;
  }
}
