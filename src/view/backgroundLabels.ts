/**
 * The built-in basemap's names — countries, towns and rivers — as requests
 * to the same label placement as the story's own names, at lower priority:
 * ours are placed first and every background name gives way to them. A
 * background town is drawn (dot and name) only where its name is placed, so
 * neither ever covers one of ours.
 */
import type { BasemapRiver, CountryLabel } from '../geo/basemap';
import type { BackgroundTown } from '../geo/basemapTowns';
import {
  overlaps,
  type Box,
  type LabelRequest,
  type PathCandidate,
  type PathLabelRequest,
} from './labelPlacement';
import { lineLabelCandidates, type ScreenPoint } from './lineLabels';
import { LABEL_PRIORITY } from './mapLabels';

export interface BackgroundSource {
  countries: CountryLabel[];
  towns: BackgroundTown[];
  rivers: BasemapRiver[];
}

export type BackgroundKind = 'country' | 'town' | 'river';

/**
 * Under the lowest of the story's own names (a region's), in this order:
 * rivers before towns, since a river can be named anywhere along it but
 * should be named somewhere, while a town that finds no room waits for a
 * closer zoom.
 */
export const BACKGROUND_PRIORITY = {
  country: LABEL_PRIORITY.region - 1,
  river: LABEL_PRIORITY.region - 2,
  town: LABEL_PRIORITY.region - 3,
} as const;

/** A background town's dot: 5 px across. */
export const TOWN_DOT_RADIUS = 2.5;

export interface BackgroundLabel {
  id: string;
  text: string;
  kind: BackgroundKind;
  /** For a town: where its dot goes and its size, or null for a twin drawn under one of our symbols. */
  dot: (ScreenPoint & { radius: number }) | null;
}

export interface BackgroundScreen {
  zoom: number;
  viewport: { width: number; height: number };
  project: (lng: number, lat: number) => ScreenPoint;
  unproject: (x: number, y: number) => [number, number];
  /** The measured width of a name in its kind's font, halo included. */
  measure: (text: string, kind: BackgroundKind) => number;
  /** The text height of each kind, in pixels. */
  height: Record<BackgroundKind, number>;
  /** The story's own symbols on screen: a town under one of them is its twin across a border. */
  symbols: readonly (Box & { id: string })[];
  countryAt: (lng: number, lat: number) => string | null;
}

/**
 * The requests for everything the basemap names at this zoom, with what
 * drawing each needs. A town whose dot would fall under one of our symbols
 * (Ceylanpınar, 2 km from Ras al-Ayn) keeps no dot of its own: its name
 * goes round our symbol, on its own country's side of the border.
 *
 * @example backgroundRequests(source, screen).labels.get('town:318668')?.text // 'Ceylanpınar'
 */
export function backgroundRequests(
  source: BackgroundSource,
  screen: BackgroundScreen,
): { requests: (LabelRequest | PathLabelRequest)[]; labels: Map<string, BackgroundLabel> } {
  const { zoom, viewport, project, measure, height } = screen;
  const requests: (LabelRequest | PathLabelRequest)[] = [];
  const labels = new Map<string, BackgroundLabel>();
  const onScreen = (p: ScreenPoint, pad: number) =>
    p.x >= -pad && p.y >= -pad && p.x <= viewport.width + pad && p.y <= viewport.height + pad;

  for (const country of source.countries) {
    if (country.minZoom > zoom) continue;
    const id = `country:${country.name}`;
    const candidates = countryCandidates(country, screen);
    if (!candidates.length) continue;
    labels.set(id, { id, text: country.name, kind: 'country', dot: null });
    requests.push({
      id,
      kind: 'path',
      priority: BACKGROUND_PRIORITY.country,
      candidates,
      repeat: { max: 1, apart: 0 },
    });
  }

  for (const town of source.towns) {
    if (town.minZoom > zoom) continue;
    const at = project(town.position[0], town.position[1]);
    if (!onScreen(at, 0)) continue;
    const id = `town:${town.geonames}`;
    const dot = {
      x0: at.x - TOWN_DOT_RADIUS,
      y0: at.y - TOWN_DOT_RADIUS,
      x1: at.x + TOWN_DOT_RADIUS,
      y1: at.y + TOWN_DOT_RADIUS,
    };
    const under = screen.symbols.find((symbol) => overlaps(dot, symbol));
    // Ranks run from 0: a fraction keeps the bigger town first within the kind.
    const priority = BACKGROUND_PRIORITY.town - town.rank / (source.towns.length + 1);
    const base = { width: measure(town.name, 'town'), height: height.town, priority };
    if (!under) {
      labels.set(id, {
        id,
        text: town.name,
        kind: 'town',
        dot: { ...at, radius: TOWN_DOT_RADIUS },
      });
      requests.push({ id, ...at, radius: TOWN_DOT_RADIUS, ...base, symbolWithLabel: true });
      continue;
    }
    const centre = { x: (under.x0 + under.x1) / 2, y: (under.y0 + under.y1) / 2 };
    labels.set(id, { id, text: town.name, kind: 'town', dot: null });
    requests.push({
      id,
      ...centre,
      radius: (under.x1 - under.x0) / 2,
      ...base,
      // Named from the regional zoom whatever its size (see TWIN_KM): it may sit a little farther out.
      required: true,
      // Its name goes round the symbol it hides under, but only where the name reads as being in its own country.
      accepts: (box) => {
        const [lng, lat] = screen.unproject((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2);
        return screen.countryAt(lng, lat) === town.country;
      },
    });
  }

  for (const river of source.rivers) {
    const id = `river:${river.id}`;
    const line = river.line.map(([lng, lat]) => project(lng, lat));
    const width = measure(river.name, 'river');
    const candidates = lineLabelCandidates(line, width, height.river, viewport);
    if (!candidates.length) continue;
    labels.set(id, { id, text: river.name, kind: 'river', dot: null });
    requests.push({
      id,
      kind: 'path',
      priority: BACKGROUND_PRIORITY.river,
      candidates,
      repeat: { max: 3, apart: Math.max(320, width * 4) },
    });
  }
  return { requests, labels };
}

/** A country's name keeps this far from the story's symbols where it can: it is background. */
const ROOM_PX = 160;

/** Pixels from `p` to the nearest of our symbols. */
function roomAround(p: ScreenPoint, symbols: readonly Box[]): number {
  let room = Infinity;
  for (const s of symbols)
    room = Math.min(room, Math.hypot(p.x - (s.x0 + s.x1) / 2, p.y - (s.y0 + s.y1) / 2));
  return room;
}

/** How many of a country's positions are tried: the first that is free wins. */
const COUNTRY_TRIES = 6;

/**
 * Where a country's name may go: its middle when in view, else the points
 * inside it with room round them (away from the story's symbols), nearer
 * the view's centre first; only where the whole name lies in the country,
 * so it never reads as naming its neighbour.
 */
function countryCandidates(country: CountryLabel, screen: BackgroundScreen): PathCandidate[] {
  const { viewport, project, unproject, measure, height } = screen;
  const width = measure(country.name.toUpperCase(), 'country');
  const h = height.country;
  const middle = { x: viewport.width / 2, y: viewport.height / 2 };
  const points = [country.position, ...country.anchors]
    .map(([lng, lat], i) => ({ ...project(lng!, lat!), main: i === 0 }))
    .filter(
      (p) =>
        p.x - width / 2 >= 0 &&
        p.x + width / 2 <= viewport.width &&
        p.y - h / 2 >= 0 &&
        p.y + h / 2 <= viewport.height,
    )
    .map((p) => ({ ...p, room: Math.min(ROOM_PX, roomAround(p, screen.symbols)) }))
    .sort(
      (a, b) =>
        Number(b.main) - Number(a.main) ||
        b.room - a.room ||
        Math.hypot(a.x - middle.x, a.y - middle.y) - Math.hypot(b.x - middle.x, b.y - middle.y),
    );
  const inCountry = (x: number, y: number) => {
    const [lng, lat] = unproject(x, y);
    return screen.countryAt(lng, lat) === country.country;
  };
  const candidates: PathCandidate[] = [];
  for (const p of points) {
    if (candidates.length >= COUNTRY_TRIES) break;
    const box = { x0: p.x - width / 2, y0: p.y - h / 2, x1: p.x + width / 2, y1: p.y + h / 2 };
    // Off the detail window there is no country to ask: the middle point stands on its own.
    const corners = [
      [box.x0, box.y0],
      [box.x1, box.y0],
      [box.x0, box.y1],
      [box.x1, box.y1],
    ] as const;
    if (!p.main && !corners.every(([x, y]) => inCountry(x, y))) continue;
    candidates.push({ boxes: [box], along: candidates.length, x: p.x, y: p.y, angle: 0 });
  }
  return candidates;
}
