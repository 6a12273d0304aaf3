/**
 * Every change to the app's state, in one pure reducer: the rules of the app
 * (what a selection reveals, which tool closes which, what Back restores) are
 * read here and tested without a browser (tests/unit/appState.test.ts).
 */
import { inRange } from './timeline';
import type { UrlState } from './urlState';
import type { Action, AppState, LocalState, RevealContext } from './appState';

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
  const uncovered: UrlState = link.panel === 'figures' ? { ...link, panel: null } : link;
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
      // From a route's popup the figures stay: they were opened beside it on purpose.
      return {
        link: { ...(action.fromTool ? uncovered : link), walk: action.walk },
        local,
      };
    case 'stepWalk':
      return link.walk ? withLink({ walk: { ...link.walk, step: action.step } }) : state;
    case 'openMeasure':
      return { link: uncovered, local: { ...local, measure: [] } };
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
