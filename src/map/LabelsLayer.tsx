import { DomUtil, point, type LatLngBoundsExpression, type Map as LeafletMap } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { placeLabels, type Box } from '../view/labelPlacement';
import type { LabelObstacle, MapLabel } from '../view/mapLabels';

/** Labels sit above the lines and under the markers, and never take a click. */
const LABEL_PANE = 'labels';
/** The label font, as styles.css sets `.map-label` (measured on a canvas before placing). */
const LABEL_FONT = '600 12px system-ui, sans-serif';
const ROUTE_STOP_FONT = '700 13px system-ui, sans-serif';
/** Text height and the halo round it, in pixels. */
const LABEL_HEIGHT = 17;
const HALO_PX = 2;

interface LabelsLayerProps {
  /** Candidates, from view/mapLabels.ts; `label(zoom)` since stops give way to one route label below `routeZoom`. */
  labelsAt: (zoom: number, routeZoom: number) => MapLabel[];
  /** Every symbol drawn, so no label covers one. */
  obstacles: LabelObstacle[];
  /** The story's focus: from the zoom that frames it up, every stop of the route is named. */
  focus: LatLngBoundsExpression;
}

/**
 * Place names written on the map as real text (find-in-page and tests read
 * them; screen readers do not, since each marker already carries its name),
 * placed anew after every move, zoom and resize so that none overlaps another
 * or covers a symbol. Positioned through the style API, as Leaflet positions
 * its own layers: the Content-Security-Policy allows no style attributes.
 */
export function LabelsLayer({ labelsAt, obstacles, focus }: LabelsLayerProps) {
  const map = useMap();
  const elements = useRef(new Map<string, HTMLElement>());
  const inputs = useRef({ labelsAt, obstacles, focus });
  useEffect(() => {
    inputs.current = { labelsAt, obstacles, focus };
  });
  useEffect(() => {
    const pane = map.getPane(LABEL_PANE) ?? map.createPane(LABEL_PANE);
    pane.classList.add('map-labels');
    pane.setAttribute('aria-hidden', 'true');
    const drawn = elements.current;
    const update = () => drawLabels(map, pane, drawn, inputs.current);
    update();
    map.on('zoomend moveend resize viewreset', update);
    return () => {
      map.off('zoomend moveend resize viewreset', update);
      for (const element of drawn.values()) element.remove();
      drawn.clear();
    };
  }, [map]);
  // New labels or obstacles (a filter, a selection): place again without waiting for a move.
  useEffect(() => {
    const pane = map.getPane(LABEL_PANE);
    if (pane) drawLabels(map, pane, elements.current, { labelsAt, obstacles, focus });
  }, [map, labelsAt, obstacles, focus]);
  return null;
}

function drawLabels(
  map: LeafletMap,
  pane: HTMLElement,
  drawn: Map<string, HTMLElement>,
  { labelsAt, obstacles, focus }: LabelsLayerProps,
): void {
  const size = map.getSize();
  const routeZoom = map.getBoundsZoom(focus, false, point(48, 48));
  const labels = labelsAt(map.getZoom(), routeZoom);
  const toScreen = (lat: number, lng: number) => map.latLngToContainerPoint([lat, lng]);
  const requests = labels.map((label) => {
    const at = toScreen(label.lat, label.lng);
    const font =
      label.kind === 'route-stop' || label.kind === 'selected' ? ROUTE_STOP_FONT : LABEL_FONT;
    return {
      id: label.id,
      x: at.x,
      y: at.y,
      radius: label.radius,
      width: Math.ceil(textWidth(label.text, font)) + 2 * HALO_PX,
      height: LABEL_HEIGHT,
      priority: label.priority,
      required: label.required,
    };
  });
  const symbols: (Box & { id: string })[] = obstacles.map((obstacle) => {
    const at = toScreen(obstacle.lat, obstacle.lng);
    return {
      id: obstacle.id,
      x0: at.x - obstacle.radius,
      y0: at.y - obstacle.radius,
      x1: at.x + obstacle.radius,
      y1: at.y + obstacle.radius,
    };
  });
  const { placed } = placeLabels(requests, symbols, { width: size.x, height: size.y });
  const byId = new Map(labels.map((label) => [label.id, label]));
  const keep = new Set<string>();
  for (const { id, side, box } of placed) {
    const label = byId.get(id)!;
    let element = drawn.get(id);
    if (!element) {
      element = DomUtil.create('div', '', pane);
      drawn.set(id, element);
    }
    element.className = `map-label map-label--${label.kind} map-label--${side}`;
    element.textContent = label.text;
    element.dataset.labelFor = id;
    DomUtil.setPosition(element, map.containerPointToLayerPoint(point(box.x0, box.y0)));
    keep.add(id);
  }
  for (const [id, element] of drawn)
    if (!keep.has(id)) {
      element.remove();
      drawn.delete(id);
    }
}

const measured = new Map<string, number>();
let context: CanvasRenderingContext2D | null = null;

/** The text's width in pixels in the label's font (cached: the same names are measured on every move). */
function textWidth(text: string, font: string): number {
  const key = `${font}|${text}`;
  let width = measured.get(key);
  if (width === undefined) {
    context ??= document.createElement('canvas').getContext('2d');
    if (context) context.font = font;
    width = context ? context.measureText(text).width : text.length * 7;
    measured.set(key, width);
  }
  return width;
}
