/**
 * The app's state and every change to it: one pure reducer, so the rules of
 * the app (what a selection reveals, which tool closes which, what Back
 * restores) are read here and tested without a browser.
 *
 * The state has two parts. `link` is what a user can share: it is synced to
 * the URL (see `HISTORY`), and Back and Forward restore it. `local` lives in
 * this tab only. Where focus returns when a view closes is not state but a
 * DOM matter, kept by the focus helper (src/dom/focusReturn.ts).
 */
import type { DateSpan } from '../data/dates';
import type { ListSort } from './featureList';
import type { LayerId } from './layers';
import { inRange, type MonthRange } from './timeline';
import {
  parseUrlState,
  type KnownIds,
  type MapView,
  type Panel,
  type QuoteRef,
  type UrlState,
  type WalkRef,
} from './urlState';

/** The evidence tools; each is a toggle in the toolbar. */
export const TOOL_IDS = ['figures', 'walk', 'measure', 'export'] as const;
export type ToolId = (typeof TOOL_IDS)[number];

export type BasemapChoice = 'tiles' | 'builtin';
export type BasemapNoticeKind = 'tiles-failed' | 'builtin-failed';
export type LatLngPair = [number, number];

/** A feature of the user's own layers whose popup is open. */
export interface OpenImported {
  key: string;
  /** Opened from the list: focus goes into the popup, and back to the list after. */
  fromList: boolean;
}

/** A quote from outside the corpus (a user's file), looked for in a source's text. */
export interface LooseQuote {
  source: string;
  quote: string;
  /** Where the quote comes from, in words: "your file “x.geojson”, feature “y”". */
  origin: string;
}

export interface LocalState {
  /** On a phone, the sidebar covers the map; it is a sheet that opens and closes. */
  sidebarOpen: boolean;
  sort: ListSort;
  /** The search box has been focused: a large corpus's index is built from then on. */
  searchWanted: boolean;
  /** The measure tool's points; null when the tool is closed. */
  measure: LatLngPair[] | null;
  openImported: OpenImported | null;
  looseQuote: LooseQuote | null;
  /** Files are being dragged over the page. */
  dropping: boolean;
  basemap: BasemapChoice;
  basemapNotice: { kind: BasemapNoticeKind; detail: string | null } | null;
}

export interface AppState {
  link: UrlState;
  local: LocalState;
}

/**
 * What the reducer needs to know of the corpus and the filters to reveal a
 * feature: its layer and its date, and what the time range and search let through.
 */
export interface RevealContext {
  layerOf: (featureId: string) => LayerId | undefined;
  whenOf: (featureId: string) => DateSpan | undefined;
  /** The time range in effect (clamped to the corpus), or null. */
  time: MonthRange | null;
  /** The ids the search matched, or null for no search filter. */
  matches: ReadonlySet<string> | null;
}

export type Action =
  | { type: 'selectFeature'; featureId: string | null }
  | { type: 'showFromPanel'; featureId: string }
  | { type: 'openSource'; sourceId: string | null; quote?: QuoteRef | null }
  | ({ type: 'openLooseQuote' } & LooseQuote)
  | { type: 'toggleLayer'; layer: LayerId; visible: boolean }
  | { type: 'setTime'; range: MonthRange | null }
  | { type: 'applyQuery'; query: string | null }
  | { type: 'moveView'; view: MapView }
  | { type: 'openPanel'; panel: Panel }
  | { type: 'startWalk'; walk: WalkRef }
  | { type: 'stepWalk'; step: number }
  | { type: 'openMeasure' }
  | { type: 'addMeasurePoint'; point: LatLngPair }
  | { type: 'clearMeasure' }
  | { type: 'closeTool'; tool: ToolId }
  | { type: 'openImported'; key: string; fromList: boolean }
  | { type: 'closeImported'; key: string }
  | { type: 'sortList'; sort: ListSort }
  | { type: 'wantSearch' }
  | { type: 'toggleSidebar' }
  | { type: 'closeSidebar' }
  | { type: 'dragFiles'; over: boolean }
  | { type: 'chooseBasemap'; basemap: BasemapChoice }
  | { type: 'tilesFailed' }
  | { type: 'builtinFailed'; detail: string }
  | { type: 'dismissBasemapNotice' }
  | { type: 'restoreLink'; link: UrlState };

export type HistoryMode = 'push' | 'replace';

/**
 * How each action that changes the link writes the URL. A selection, a
 * source, a search or a tool pushes a history entry, so Back undoes it;
 * moving the map, switching layers, the time range and a walk's steps
 * replace it, so Back is not a long trail of small moves. Back itself
 * (`restoreLink`) writes nothing: the browser has already moved.
 */
export const HISTORY: Record<Action['type'], HistoryMode | null> = {
  selectFeature: 'push',
  showFromPanel: 'push',
  openSource: 'push',
  openLooseQuote: 'push',
  applyQuery: 'push',
  openPanel: 'push',
  startWalk: 'push',
  openMeasure: 'push',
  closeTool: 'push',
  toggleLayer: 'replace',
  setTime: 'replace',
  moveView: 'replace',
  stepWalk: 'replace',
  restoreLink: null,
  addMeasurePoint: null,
  clearMeasure: null,
  openImported: null,
  closeImported: null,
  sortList: null,
  wantSearch: null,
  toggleSidebar: null,
  closeSidebar: null,
  dragFiles: null,
  chooseBasemap: null,
  tilesFailed: null,
  builtinFailed: null,
  dismissBasemapNotice: null,
};

export const INITIAL_LOCAL: LocalState = {
  sidebarOpen: false,
  sort: 'name',
  searchWanted: false,
  measure: null,
  openImported: null,
  looseQuote: null,
  dropping: false,
  basemap: 'tiles',
  basemapNotice: null,
};

/**
 * The state a page opens with: the link's (each field it cannot read falls
 * back on its own and is named in `ignored`), and nothing local.
 *
 * @example initialState('?feature=nowhere', known) // { state: { link: DEFAULT_STATE, … }, ignored: ['feature'] }
 */
export function initialState(
  search: string,
  known: KnownIds,
): { state: AppState; ignored: string[] } {
  const { state: link, ignored } = parseUrlState(search, known);
  return { state: { link, local: INITIAL_LOCAL }, ignored };
}

/** The tools whose view is open. */
export function activeTools(state: AppState): ReadonlySet<ToolId> {
  const { link, local } = state;
  return new Set<ToolId>([
    ...(link.panel ? [link.panel] : []),
    ...(link.walk ? (['walk'] as const) : []),
    ...(local.measure ? (['measure'] as const) : []),
  ]);
}

/**
 * What else must change for a feature to be seen: its layer on, and a
 * search or time range that hides it lifted.
 */
export function revealing(
  link: UrlState,
  featureId: string,
  context: RevealContext,
): Partial<UrlState> {
  const layer = context.layerOf(featureId);
  const patch: Partial<UrlState> = {};
  if (layer && !link.layers.has(layer)) patch.layers = new Set([...link.layers, layer]);
  if (context.matches && !context.matches.has(featureId)) patch.query = null;
  if (!inRange(context.whenOf(featureId), context.time)) patch.time = null;
  return patch;
}

/**
 * The state after an action. Pure: the same state, action and context
 * always give the same result, and an action that changes nothing returns
 * the state it was given.
 */
export function reduce(state: AppState, action: Action, context: RevealContext): AppState {
  const { link, local } = state;
  const withLink = (patch: Partial<UrlState>): AppState => ({
    link: { ...link, ...patch },
    local,
  });
  const withLocal = (patch: Partial<LocalState>): AppState => ({
    link,
    local: { ...local, ...patch },
  });
  // The walk and the measure work on the map, so they close the figures, which cover it.
  const uncoverMap: Partial<UrlState> = link.panel === 'figures' ? { panel: null } : {};
  switch (action.type) {
    case 'selectFeature':
      return withLink({
        feature: action.featureId,
        ...(action.featureId ? revealing(link, action.featureId, context) : {}),
      });
    case 'showFromPanel':
      return withLink({
        panel: null,
        feature: action.featureId,
        ...revealing(link, action.featureId, context),
      });
    case 'openSource':
      return {
        link: { ...link, source: action.sourceId, quote: action.quote ?? null },
        local: { ...local, looseQuote: null },
      };
    case 'openLooseQuote': {
      const { source, quote, origin } = action;
      return {
        link: { ...link, source, quote: null },
        local: { ...local, looseQuote: { source, quote, origin } },
      };
    }
    case 'toggleLayer': {
      if (link.layers.has(action.layer) === action.visible) return state;
      const layers = new Set(link.layers);
      if (action.visible) layers.add(action.layer);
      else layers.delete(action.layer);
      return withLink({ layers });
    }
    case 'setTime':
      return withLink({ time: action.range });
    case 'applyQuery':
      return withLink({ query: action.query });
    case 'moveView':
      return withLink({ view: action.view });
    case 'openPanel':
      return withLink({ panel: action.panel });
    case 'startWalk':
      return withLink({ walk: action.walk, ...uncoverMap });
    case 'stepWalk':
      return link.walk ? withLink({ walk: { ...link.walk, step: action.step } }) : state;
    case 'openMeasure':
      return { link: { ...link, ...uncoverMap }, local: { ...local, measure: [] } };
    case 'addMeasurePoint': {
      const points = local.measure;
      return withLocal({
        measure: points && points.length < 2 ? [...points, action.point] : [action.point],
      });
    }
    case 'clearMeasure':
      return withLocal({ measure: [] });
    case 'closeTool':
      if (action.tool === 'measure') return withLocal({ measure: null });
      if (action.tool === 'walk') return withLink({ walk: null });
      return link.panel === action.tool ? withLink({ panel: null }) : state;
    case 'openImported':
      return withLocal({ openImported: { key: action.key, fromList: action.fromList } });
    case 'closeImported':
      return local.openImported?.key === action.key ? withLocal({ openImported: null }) : state;
    case 'sortList':
      return withLocal({ sort: action.sort });
    case 'wantSearch':
      return local.searchWanted ? state : withLocal({ searchWanted: true });
    case 'toggleSidebar':
      return withLocal({ sidebarOpen: !local.sidebarOpen });
    case 'closeSidebar':
      return local.sidebarOpen ? withLocal({ sidebarOpen: false }) : state;
    case 'dragFiles':
      return local.dropping === action.over ? state : withLocal({ dropping: action.over });
    case 'chooseBasemap':
      return withLocal({ basemap: action.basemap, basemapNotice: null });
    case 'tilesFailed':
      return withLocal({
        basemap: 'builtin',
        basemapNotice: { kind: 'tiles-failed', detail: null },
      });
    case 'builtinFailed':
      return withLocal({ basemapNotice: { kind: 'builtin-failed', detail: action.detail } });
    case 'dismissBasemapNotice':
      return withLocal({ basemapNotice: null });
    case 'restoreLink':
      return withLink(action.link);
  }
}
