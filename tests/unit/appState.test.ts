import { describe, expect, it } from 'vitest';
import { dateSpanOf } from '../../src/data/dates';
import {
  activeTools,
  HISTORY,
  initialState,
  INITIAL_LOCAL,
  type Action,
  type AppState,
  type RevealContext,
} from '../../src/view/appState';
import { reduce } from '../../src/view/appReducer';
import { LAYER_IDS, type LayerId } from '../../src/view/layers';
import { DEFAULT_STATE, type KnownIds } from '../../src/view/urlState';

const known: KnownIds = {
  features: new Set(['ras-al-ayn', 'istanbul-raid', 'smuggling-route']),
  sources: new Set(['isis-flee-to-turkey']),
  excerptCounts: new Map([
    ['ras-al-ayn', 2],
    ['istanbul-raid', 1],
  ]),
  walkSteps: new Map([['smuggling-route', 7]]),
};

const layerOf: Record<string, LayerId> = {
  'ras-al-ayn': 'border-towns',
  'istanbul-raid': 'incidents',
};

/** What the reducer is told of the corpus: Istanbul's raid is dated November 2017. */
const context = (over: Partial<RevealContext> = {}): RevealContext => ({
  layerOf: (id) => layerOf[id],
  whenOf: (id) => (id === 'istanbul-raid' ? dateSpanOf('2017-11') : undefined),
  time: null,
  matches: null,
  ...over,
});

const opened = (search = ''): AppState => initialState(search, known).state;
const run = (state: AppState, actions: Action[], with_ = context()): AppState =>
  actions.reduce((current, action) => reduce(current, action, with_), state);

describe('the app state', () => {
  it('opens with the link’s state and nothing local', () => {
    const { state, ignored } = initialState(
      '?layers=route,incidents&feature=ras-al-ayn&panel=figures',
      known,
    );
    expect(state.link).toEqual({
      ...DEFAULT_STATE,
      layers: new Set(['route', 'incidents']),
      feature: 'ras-al-ayn',
      panel: 'figures',
    });
    expect(state.local).toEqual(INITIAL_LOCAL);
    expect(ignored).toEqual([]);
  });

  it('takes from a malformed link only what it can read, and names the rest', () => {
    const { state, ignored } = initialState(
      '?map=99/1/2&layers=cities,nowhere&feature=ras-al-ayn&quote=ras-al-ayn.0&walk=smuggling-route.8&panel=maps',
      known,
    );
    expect(state.link).toEqual({ ...DEFAULT_STATE, feature: 'ras-al-ayn' });
    // A quote without a source is not read at all: it has nothing to be a quote of.
    expect(ignored).toEqual(['map', 'layers', 'panel', 'walk']);
  });

  describe('a selection reveals what it selects', () => {
    it('switches its layer back on', () => {
      const hidden = run(opened('?layers=cities'), [
        { type: 'selectFeature', featureId: 'ras-al-ayn' },
      ]);
      expect(hidden.link.feature).toBe('ras-al-ayn');
      expect([...hidden.link.layers].sort()).toEqual(['border-towns', 'cities']);
    });

    it('lifts a search that does not match it, and a time range that hides it', () => {
      const state = opened('?q=hasakah&time=2014-01/2015-12');
      const next = reduce(
        state,
        { type: 'selectFeature', featureId: 'istanbul-raid' },
        context({ matches: new Set(['al-hasakah']), time: { from: '2014-01', to: '2015-12' } }),
      );
      expect(next.link.query).toBeNull();
      expect(next.link.time).toBeNull();
    });

    it('keeps a search and a time range it is within', () => {
      const state = opened('?q=istanbul&time=2017-01/2017-12');
      const next = reduce(
        state,
        { type: 'selectFeature', featureId: 'istanbul-raid' },
        context({ matches: new Set(['istanbul-raid']), time: { from: '2017-01', to: '2017-12' } }),
      );
      expect(next.link.query).toBe('istanbul');
      expect(next.link.time).toEqual({ from: '2017-01', to: '2017-12' });
    });

    it('changes nothing else when it deselects', () => {
      const state = opened('?layers=cities&feature=ras-al-ayn');
      const next = reduce(state, { type: 'selectFeature', featureId: null }, context());
      expect(next.link).toEqual({ ...state.link, feature: null });
    });

    it('closes the figures when a feature is shown from them', () => {
      const next = run(opened('?panel=figures&layers=cities'), [
        { type: 'showFromPanel', featureId: 'istanbul-raid' },
      ]);
      expect(next.link.panel).toBeNull();
      expect(next.link.feature).toBe('istanbul-raid');
      expect(next.link.layers.has('incidents')).toBe(true);
    });
  });

  describe('tools', () => {
    it('closes the figures, which cover the map, when the walk or the measure opens', () => {
      const walking = run(opened('?panel=figures'), [
        { type: 'startWalk', walk: { walkId: 'smuggling-route', step: 0 }, fromTool: true },
      ]);
      expect(walking.link.panel).toBeNull();
      expect(activeTools(walking)).toEqual(new Set(['walk']));
      const measuring = run(opened('?panel=figures'), [{ type: 'openMeasure' }]);
      expect(measuring.link.panel).toBeNull();
      expect(measuring.local.measure).toEqual([]);
    });

    it('keeps the figures open when a route’s popup starts its walk', () => {
      const state = run(opened('?panel=figures'), [
        { type: 'startWalk', walk: { walkId: 'smuggling-route', step: 3 }, fromTool: false },
      ]);
      expect(activeTools(state)).toEqual(new Set(['figures', 'walk']));
    });

    it('leaves the link as it was when the measure opens with no figures to close', () => {
      const state = opened('?feature=ras-al-ayn');
      expect(run(state, [{ type: 'openMeasure' }]).link).toBe(state.link);
    });

    it('keeps the export open beside the walk and the measure: it covers a corner, not the map', () => {
      const state = run(opened('?panel=export'), [
        { type: 'startWalk', walk: { walkId: 'smuggling-route', step: 2 }, fromTool: true },
        { type: 'openMeasure' },
      ]);
      expect(activeTools(state)).toEqual(new Set(['export', 'walk', 'measure']));
    });

    it('swaps one side panel for the other', () => {
      const state = run(opened('?panel=figures'), [{ type: 'openPanel', panel: 'export' }]);
      expect(activeTools(state)).toEqual(new Set(['export']));
    });

    it('closes each tool on its own', () => {
      const all = run(opened('?panel=export'), [
        { type: 'startWalk', walk: { walkId: 'smuggling-route', step: 2 }, fromTool: true },
        { type: 'openMeasure' },
      ]);
      expect(activeTools(run(all, [{ type: 'closeTool', tool: 'walk' }]))).toEqual(
        new Set(['export', 'measure']),
      );
      expect(activeTools(run(all, [{ type: 'closeTool', tool: 'measure' }]))).toEqual(
        new Set(['export', 'walk']),
      );
      expect(activeTools(run(all, [{ type: 'closeTool', tool: 'export' }]))).toEqual(
        new Set(['walk', 'measure']),
      );
      // Closing a panel that is not open leaves the other one alone.
      expect(run(all, [{ type: 'closeTool', tool: 'figures' }])).toBe(all);
    });

    it('measures between two points, and starts again at a third', () => {
      const state = run(opened(), [
        { type: 'openMeasure' },
        { type: 'addMeasurePoint', point: [36.8, 40.0] },
        { type: 'addMeasurePoint', point: [37.0, 40.1] },
      ]);
      expect(state.local.measure).toEqual([
        [36.8, 40.0],
        [37.0, 40.1],
      ]);
      expect(run(state, [{ type: 'addMeasurePoint', point: [38, 41] }]).local.measure).toEqual([
        [38, 41],
      ]);
    });

    it('steps a walk without leaving it', () => {
      const state = run(opened('?walk=smuggling-route.1'), [{ type: 'stepWalk', step: 4 }]);
      expect(state.link.walk).toEqual({ walkId: 'smuggling-route', step: 4 });
      expect(run(opened(), [{ type: 'stepWalk', step: 4 }]).link.walk).toBeNull();
    });
  });

  describe('sources and quotes', () => {
    it('opens a source with its quote, and forgets a loose quote from a user’s file', () => {
      const state = run(opened(), [
        { type: 'openLooseQuote', source: 'isis-flee-to-turkey', quote: 'Sari Kani', origin: 'x' },
        {
          type: 'openSource',
          sourceId: 'isis-flee-to-turkey',
          quote: { featureId: 'ras-al-ayn', excerptIndex: 1 },
        },
      ]);
      expect(state.link.quote).toEqual({ featureId: 'ras-al-ayn', excerptIndex: 1 });
      expect(state.local.looseQuote).toBeNull();
    });

    it('opens a loose quote in its source, with no corpus quote', () => {
      const state = run(opened('?source=isis-flee-to-turkey&quote=ras-al-ayn.0'), [
        { type: 'openLooseQuote', source: 'isis-flee-to-turkey', quote: 'Sari Kani', origin: 'x' },
      ]);
      expect(state.link.quote).toBeNull();
      expect(state.local.looseQuote).toEqual({
        source: 'isis-flee-to-turkey',
        quote: 'Sari Kani',
        origin: 'x',
      });
    });
  });

  describe('Back and the history', () => {
    it('restores the link of the entry Back returns to, and keeps what is local', () => {
      const before = opened('?feature=ras-al-ayn');
      const later = run(before, [
        { type: 'openMeasure' },
        { type: 'selectFeature', featureId: 'istanbul-raid' },
      ]);
      const back = run(later, [{ type: 'restoreLink', link: before.link }]);
      expect(back.link).toEqual(before.link);
      expect(back.local.measure).toEqual([]);
    });

    it('pushes an entry for what Back should undo, and replaces it for moves and switches', () => {
      const pushes = (Object.keys(HISTORY) as Action['type'][]).filter(
        (type) => HISTORY[type] === 'push',
      );
      expect(pushes.sort()).toEqual(
        [
          'applyQuery',
          'closeTool',
          'openLooseQuote',
          'openMeasure',
          'openPanel',
          'openSource',
          'selectFeature',
          'showFromPanel',
          'startWalk',
        ].sort(),
      );
      for (const type of ['moveView', 'toggleLayer', 'setTime', 'stepWalk'] as const)
        expect(HISTORY[type]).toBe('replace');
      expect(HISTORY.restoreLink).toBeNull();
    });
  });

  it('returns the very same state for an action that changes nothing', () => {
    const state = opened();
    for (const action of [
      { type: 'toggleLayer', layer: 'cities', visible: true },
      { type: 'closeSidebar' },
      { type: 'dragFiles', over: false },
      { type: 'closeImported', key: 'import-1:0' },
      { type: 'closeTool', tool: 'export' },
    ] as Action[])
      expect(reduce(state, action, context())).toBe(state);
    expect(LAYER_IDS.every((id) => state.link.layers.has(id))).toBe(true);
  });

  it('falls back to the built-in basemap when the tiles fail, and back to tiles on request', () => {
    const failed = run(opened(), [{ type: 'tilesFailed' }]);
    expect(failed.local.basemap).toBe('builtin');
    expect(failed.local.basemapNotice).toEqual({ kind: 'tiles-failed', detail: null });
    const retried = run(failed, [{ type: 'chooseBasemap', basemap: 'tiles' }]);
    expect(retried.local.basemap).toBe('tiles');
    expect(retried.local.basemapNotice).toBeNull();
  });
});
