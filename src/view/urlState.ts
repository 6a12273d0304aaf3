/**
 * The state a user can share, as a query string:
 *   ?map=7/36.850/40.071&layers=cities,route&time=2017-03/2017-11&q=hasaka&feature=ras-al-ayn&source=isis-flee-to-turkey&quote=ras-al-ayn.0&panel=figures&walk=smuggling-route-ras-al-ayn.3
 * Parsing never fails: each malformed or unknown field falls back to its
 * default on its own, and is named so the app can say what it ignored.
 */
import { LAYER_IDS, type LayerId } from './layers';
import { parseMonthRange, serializeMonthRange, type MonthRange } from './timeline';

/** Longer search text in a link is taken as garbage rather than a query. */
export const MAX_QUERY_LENGTH = 200;

export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

/** Which excerpt of which feature the reader highlights. */
export interface QuoteRef {
  featureId: string;
  excerptIndex: number;
}

/** The panels that take the map area's side; the reader is separate, so a passage opens beside them. */
const PANELS = ['figures', 'export'] as const;
export type Panel = (typeof PANELS)[number];

/** A step of a route walk; `step` counts from 0 (links count from 1). */
export interface WalkRef {
  walkId: string;
  step: number;
}

export interface UrlState {
  /** Null: fit all features. */
  view: MapView | null;
  layers: ReadonlySet<LayerId>;
  /** Months whose dated features are shown; null: all. */
  time: MonthRange | null;
  /** Search text the map and list are narrowed to; null: no search filter. */
  query: string | null;
  feature: string | null;
  source: string | null;
  quote: QuoteRef | null;
  panel: Panel | null;
  walk: WalkRef | null;
}

export interface KnownIds {
  features: Pick<ReadonlySet<string>, 'has'>;
  sources: Pick<ReadonlySet<string>, 'has'>;
  /** Number of excerpts of each feature. */
  excerptCounts: Pick<ReadonlyMap<string, number>, 'get'>;
  /** Steps of each walk (looked up only when a link names a walk: walks are costly to build). */
  walkSteps: Pick<ReadonlyMap<string, number>, 'get'>;
}

export const DEFAULT_STATE: UrlState = {
  view: null,
  layers: new Set(LAYER_IDS),
  time: null,
  query: null,
  feature: null,
  source: null,
  quote: null,
  panel: null,
  walk: null,
};

/** @example parseUrlState('?feature=nowhere', known) // { state: { …DEFAULT_STATE }, ignored: ['feature'] } */
export function parseUrlState(
  search: string,
  known: KnownIds,
): { state: UrlState; ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const field = <T>(name: string, parse: (raw: string) => T | null, fallback: T): T => {
    const raw = params.get(name);
    if (raw === null) return fallback;
    const value = parse(raw);
    if (value === null) ignored.push(name);
    return value ?? fallback;
  };
  const view = field('map', parseView, null);
  const layers = field('layers', parseLayers, DEFAULT_STATE.layers);
  const time = field('time', parseMonthRange, null);
  const query = field('q', parseQuery, null);
  const feature = field('feature', (raw) => (known.features.has(raw) ? raw : null), null);
  const source = field('source', (raw) => (known.sources.has(raw) ? raw : null), null);
  const quote = source === null ? null : field('quote', (raw) => parseQuote(raw, known), null);
  const panel = field('panel', parsePanel, null);
  const walk = field('walk', (raw) => parseWalk(raw, known), null);
  return {
    state: {
      view,
      layers,
      time,
      query,
      feature,
      source,
      quote,
      panel,
      walk,
    },
    ignored,
  };
}

/** The query string for a state; defaults are left out so links stay short. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.view)
    params.set(
      'map',
      `${state.view.zoom}/${state.view.lat.toFixed(4)}/${state.view.lng.toFixed(4)}`,
    );
  if (!sameLayers(state.layers, DEFAULT_STATE.layers))
    params.set('layers', LAYER_IDS.filter((id) => state.layers.has(id)).join(','));
  if (state.time) params.set('time', serializeMonthRange(state.time));
  if (state.query) params.set('q', state.query);
  if (state.feature) params.set('feature', state.feature);
  if (state.source) params.set('source', state.source);
  if (state.source && state.quote)
    params.set('quote', `${state.quote.featureId}.${state.quote.excerptIndex}`);
  if (state.panel) params.set('panel', state.panel);
  if (state.walk) params.set('walk', `${state.walk.walkId}.${state.walk.step + 1}`);
  // "/" and "," are safe in a query string; keeping them makes links readable.
  const query = params.toString().replace(/%2F/gi, '/').replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}

function parseView(raw: string): MapView | null {
  const parts = raw.split('/');
  if (parts.length !== 3 || parts.some((part) => part.trim() === '')) return null;
  const [zoom, lat, lng] = parts.map(Number) as [number, number, number];
  const valid =
    Number.isInteger(zoom) &&
    zoom >= 0 &&
    zoom <= 19 &&
    Math.abs(lat) <= 90 &&
    Math.abs(lng) <= 180;
  return valid ? { zoom, lat, lng } : null;
}

function parseQuery(raw: string): string | null {
  const query = raw.trim();
  return query !== '' && query.length <= MAX_QUERY_LENGTH ? query : null;
}

function parseLayers(raw: string): Set<LayerId> | null {
  if (raw === '') return new Set();
  const ids = raw.split(',');
  const known = ids.filter((id): id is LayerId => (LAYER_IDS as readonly string[]).includes(id));
  return known.length === ids.length ? new Set(known) : null;
}

function parseQuote(raw: string, known: KnownIds): QuoteRef | null {
  const match = /^(.+)\.(\d+)$/.exec(raw);
  if (!match) return null;
  const [, featureId, index] = match as unknown as [string, string, string];
  const excerptIndex = Number(index);
  return excerptIndex < (known.excerptCounts.get(featureId) ?? 0)
    ? { featureId, excerptIndex }
    : null;
}

function parsePanel(raw: string): Panel | null {
  return (PANELS as readonly string[]).includes(raw) ? (raw as Panel) : null;
}

function parseWalk(raw: string, known: KnownIds): WalkRef | null {
  const match = /^(.+)\.([1-9]\d{0,3})$/.exec(raw);
  if (!match) return null;
  const [, walkId, step] = match as unknown as [string, string, string];
  const steps = known.walkSteps.get(walkId) ?? 0;
  return Number(step) <= steps ? { walkId, step: Number(step) - 1 } : null;
}

function sameLayers(a: ReadonlySet<LayerId>, b: ReadonlySet<LayerId>): boolean {
  return a.size === b.size && [...a].every((id) => b.has(id));
}
