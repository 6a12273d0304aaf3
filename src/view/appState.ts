/**
 * The app's state, the actions that change it, and how each writes the
 * history; the rules themselves (what a selection reveals, which tool closes
 * which, what Back restores) are the reducer's, in appReducer.ts.
 *
 * The state has two parts. `link` is what a user can share: it is synced to
 * the URL (see `HISTORY`), and Back and Forward restore it. `local` lives in
 * this tab only. Where focus returns when a view closes is not state but a
 * DOM matter, kept by the focus helper (src/dom/focusReturn.ts).
 */
import type { DateSpan } from '../data/dates';
import type { ListSort } from './featureList';
import type { LayerId } from './layers';
import type { MonthRange } from './timeline';
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
  | { type: 'startWalk'; walk: WalkRef; fromTool: boolean }
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
