import { DomUtil, point, type LatLngBoundsExpression, type Map as LeafletMap } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { BackgroundKind, BackgroundLabel } from '../view/backgroundLabels';
import type { BackgroundLabels } from './BackgroundLabels';
import { placeLabels, type Box } from '../view/labelPlacement';
import type { LabelObstacle, MapLabel } from '../view/mapLabels';

/** Labels sit above the lines and under the markers, and never take a click. */
const LABEL_PANE = 'labels';
/** The basemap's names sit under every feature layer, over the land and rivers. */
const BACKGROUND_PANE = 'background-labels';
/** The label fonts, as styles.css sets them (measured on a canvas before placing). */
const LABEL_FONT = '600 12px system-ui, sans-serif';
const ROUTE_STOP_FONT = '700 13px system-ui, sans-serif';
const BACKGROUND_FONTS: Record<BackgroundKind, { font: string; height: number; spacing: number }> =
  {
    // Upper case with 0.05em letter-spacing, which a canvas does not measure.
    country: { font: '600 11px system-ui, sans-serif', height: 15, spacing: 0.55 },
    town: { font: '500 11px system-ui, sans-serif', height: 15, spacing: 0 },
    river: { font: 'italic 500 12px system-ui, sans-serif', height: 15, spacing: 0.6 },
  };
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
  /** The built-in basemap's names, placed after ours; null on map tiles, which carry their own. */
  background: BackgroundLabels | null;
}

/**
 * Place names written on the map as real text (find-in-page and tests read
 * them; screen readers do not, since each marker already carries its name),
 * placed anew after every move, zoom and resize so that none overlaps another
 * or covers a symbol. The built-in basemap's towns, rivers and countries take
 * part in the same placement after the story's own names, so they always give
 * way. Positioned through the style API, as Leaflet positions its own layers:
 * the Content-Security-Policy allows no style attributes.
 */
export function LabelsLayer(props: LabelsLayerProps) {
  const map = useMap();
  const elements = useRef(new Map<string, HTMLElement>());
  const inputs = useRef(props);
  const schedule = useRef<() => void>(() => undefined);
  useEffect(() => {
    inputs.current = props;
  });
  useEffect(() => {
    const panes = {
      ours: paneOf(map, LABEL_PANE, 'map-labels'),
      background: paneOf(map, BACKGROUND_PANE, 'map-labels map-labels--background'),
    };
    const drawn = elements.current;
    // One placement per frame, however many reasons to place again arrive in it: at start the
    // layers, the framing move and the basemap's names come within a few frames of each other.
    let frame = 0;
    const update = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        drawLabels(map, panes, drawn, inputs.current);
      });
    };
    schedule.current = update;
    update();
    map.on('zoomend moveend resize viewreset', update);
    return () => {
      cancelAnimationFrame(frame);
      schedule.current = () => undefined;
      map.off('zoomend moveend resize viewreset', update);
      for (const element of drawn.values()) element.remove();
      drawn.clear();
    };
  }, [map]);
  // New labels or obstacles (a filter, a selection, the basemap loaded): place again without waiting for a move.
  const { labelsAt, obstacles, focus, background } = props;
  useEffect(() => {
    schedule.current();
  }, [labelsAt, obstacles, focus, background]);
  return null;
}

function paneOf(map: LeafletMap, name: string, className: string): HTMLElement {
  const pane = map.getPane(name) ?? map.createPane(name);
  pane.classList.add(...className.split(' '));
  pane.setAttribute('aria-hidden', 'true');
  return pane;
}

function drawLabels(
  map: LeafletMap,
  panes: { ours: HTMLElement; background: HTMLElement },
  drawn: Map<string, HTMLElement>,
  { labelsAt, obstacles, focus, background }: LabelsLayerProps,
): void {
  const size = map.getSize();
  const zoom = map.getZoom();
  const routeZoom = map.getBoundsZoom(focus, false, point(48, 48));
  const labels = labelsAt(zoom, routeZoom);
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
  const featureSymbols: (Box & { id: string })[] = obstacles.map((obstacle) => {
    const at = toScreen(obstacle.lat, obstacle.lng);
    return {
      id: obstacle.id,
      x0: at.x - obstacle.radius,
      y0: at.y - obstacle.radius,
      x1: at.x + obstacle.radius,
      y1: at.y + obstacle.radius,
    };
  });
  const symbols = [...featureSymbols, ...controlBoxes(map)];
  const behind = background
    ? background.requestsFor({
        zoom,
        viewport: { width: size.x, height: size.y },
        project: (lng, lat) => toScreen(lat, lng),
        unproject: (x, y) => {
          const at = map.containerPointToLatLng([x, y]);
          return [at.lng, at.lat];
        },
        // Country names are set in capitals (styles.css): measured so.
        measure: (text, kind) => {
          const { font, spacing } = BACKGROUND_FONTS[kind];
          return Math.ceil(textWidth(text, font) + spacing * text.length) + 2 * HALO_PX;
        },
        height: {
          country: BACKGROUND_FONTS.country.height,
          town: BACKGROUND_FONTS.town.height,
          river: BACKGROUND_FONTS.river.height,
        },
        // A town under one of our symbols is its twin; under a control, it is only out of sight.
        symbols: featureSymbols,
      })
    : null;
  const { placed, along } = placeLabels([...requests, ...(behind?.requests ?? [])], symbols, {
    width: size.x,
    height: size.y,
  });
  const byId = new Map(labels.map((label) => [label.id, label]));
  const keep = new Set<string>();
  const elementFor = (key: string, pane: HTMLElement) => {
    let element = drawn.get(key);
    if (!element || element.parentElement !== pane) {
      element?.remove();
      element = DomUtil.create('div', '', pane);
      drawn.set(key, element);
    }
    keep.add(key);
    return element;
  };
  const at = (x: number, y: number) => map.containerPointToLayerPoint(point(x, y));
  for (const { id, side, box } of placed) {
    const label = byId.get(id);
    if (label) {
      const element = elementFor(id, panes.ours);
      element.className = `map-label map-label--${label.kind} map-label--${side}`;
      element.textContent = label.text;
      element.dataset.labelFor = id;
      DomUtil.setPosition(element, at(box.x0, box.y0));
      continue;
    }
    const backgroundLabel = behind?.labels.get(id);
    if (!backgroundLabel) continue;
    const element = backgroundElement(elementFor(id, panes.background), backgroundLabel);
    DomUtil.setPosition(element, at(box.x0, box.y0));
    if (backgroundLabel.dot) {
      const dot = elementFor(`${id}:dot`, panes.background);
      dot.className = 'basemap-town-dot';
      const { x, y, radius } = backgroundLabel.dot;
      DomUtil.setPosition(dot, at(x - radius, y - radius));
    }
  }
  along.forEach(({ id, candidate }, i) => {
    const backgroundLabel = behind?.labels.get(id);
    if (!backgroundLabel) return;
    const element = backgroundElement(elementFor(`${id}:${i}`, panes.background), backgroundLabel);
    const { font, spacing, height } = BACKGROUND_FONTS[backgroundLabel.kind];
    const text =
      backgroundLabel.kind === 'country'
        ? backgroundLabel.text.toUpperCase()
        : backgroundLabel.text;
    const width = Math.ceil(textWidth(text, font) + spacing * text.length) + 2 * HALO_PX;
    const origin = at(candidate.x - width / 2, candidate.y - height / 2);
    // Rotated about its centre: the placement tested the boxes along that line.
    element.style.width = `${width}px`;
    element.style.transform = `translate3d(${origin.x}px, ${origin.y}px, 0) rotate(${candidate.angle.toFixed(1)}deg)`;
  });
  for (const [key, element] of drawn)
    if (!keep.has(key)) {
      element.remove();
      drawn.delete(key);
    }
}

/** The map's controls (zoom, Whole story, the inset, the scale, the attribution): no name goes under one. */
function controlBoxes(map: LeafletMap): (Box & { id: string })[] {
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  return [...container.querySelectorAll<HTMLElement>('.leaflet-control')].flatMap((control, i) => {
    const rect = control.getBoundingClientRect();
    if (!rect.width || !rect.height) return [];
    return [
      {
        id: `control:${i}`,
        x0: rect.left - origin.left,
        y0: rect.top - origin.top,
        x1: rect.right - origin.left,
        y1: rect.bottom - origin.top,
      },
    ];
  });
}

function backgroundElement(element: HTMLElement, label: BackgroundLabel): HTMLElement {
  element.className = `basemap-label basemap-label--${label.kind}`;
  element.textContent = label.text;
  element.dataset.labelFor = label.id;
  return element;
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
