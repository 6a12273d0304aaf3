/**
 * What loads when: every module the entry does not carry, with what makes it
 * load. The one table of the app's code splitting; `load.tsx` holds the
 * matching `import()`s (Vite needs them literal), a unit test holds the two
 * to each other, and `vite.config.ts` preloads the entries marked `preload`.
 *
 * Triggers:
 * - `first view`: needed before the map can be drawn; fetched before the app's
 *   first render, so nothing suspends on the way in.
 * - `after first paint`: fetched in the task after the map has painted.
 * - `on demand`: fetched when a user (or a link) first asks for it.
 */
export type Trigger = 'first view' | 'after first paint' | 'on demand';

export interface PlannedModule {
  /** From the project root. */
  module: string;
  trigger: Trigger;
  /** What makes it load, in words: the condition for a first-view module, the action for one on demand. */
  when: string;
  /** A `<link rel="modulepreload">` in index.html, so it downloads beside the entry. */
  preload?: true;
}

export const LOADING_PLAN = {
  crossings: {
    module: 'src/ui/Crossings.tsx',
    trigger: 'first view',
    when: 'always: the app proper, requested at startup beside the corpus',
    preload: true,
  },
  clusters: {
    module: 'src/map/ClusteredMarkers.tsx',
    trigger: 'first view',
    when: 'a layer holds more points than SCALE.clusterAbove',
  },
  virtualList: {
    module: 'src/ui/VirtualList.tsx',
    trigger: 'first view',
    when: 'a list has SCALE.virtualListFrom rows or more',
  },
  popups: {
    module: 'src/ui/popups/FeaturePopups.tsx',
    trigger: 'after first paint',
    when: 'always, before anyone clicks',
  },
  timeline: {
    module: 'src/ui/Timeline.tsx',
    trigger: 'after first paint',
    when: 'the corpus has dated features (a placeholder holds its place until then)',
  },
  sidebarLists: {
    module: 'src/ui/layout/SidebarLists.tsx',
    trigger: 'after first paint',
    when: 'always: the basemap picker, your layers, the list and the sources',
  },
  mapNotices: {
    module: 'src/ui/layout/MapNotices.tsx',
    trigger: 'after first paint',
    when: 'always: the search and time filter notice, the basemap notice',
  },
  search: {
    module: 'src/search/corpusSearch.ts',
    trigger: 'on demand',
    when: 'the index is wanted: just after the first view up to SCALE.eagerSearchUpTo features; above, once the search box is focused or a link holds a search',
  },
  builtinBasemap: {
    module: 'src/map/BuiltinBasemap.tsx',
    trigger: 'on demand',
    when: 'the tiles fail, or the user picks the built-in map',
  },
  reader: { module: 'src/ui/ReaderPanel.tsx', trigger: 'on demand', when: 'a source is opened' },
  figures: { module: 'src/ui/FiguresPanel.tsx', trigger: 'on demand', when: 'Figures is opened' },
  exportPanel: { module: 'src/ui/ExportPanel.tsx', trigger: 'on demand', when: 'Export is opened' },
  walkPanel: {
    module: 'src/ui/RouteWalkPanel.tsx',
    trigger: 'on demand',
    when: 'a route walk starts',
  },
  walkLayer: { module: 'src/map/WalkLayer.tsx', trigger: 'on demand', when: 'a route walk starts' },
  measurePanel: {
    module: 'src/ui/MeasurePanel.tsx',
    trigger: 'on demand',
    when: 'Measure is opened',
  },
  measureLayer: {
    module: 'src/map/MeasureLayer.tsx',
    trigger: 'on demand',
    when: 'Measure is opened',
  },
  importedLayers: {
    module: 'src/ui/layout/ImportedLayersSlot.tsx',
    trigger: 'on demand',
    when: 'the first file of the user’s own is added',
  },
  importParser: {
    module: 'src/data/importLayer.ts',
    trigger: 'on demand',
    when: 'the first file of the user’s own is added',
  },
} as const satisfies Record<string, PlannedModule>;

export type ModuleName = keyof typeof LOADING_PLAN;

/** The modules index.html preloads. */
export const PRELOADED_MODULES: readonly string[] = Object.values(LOADING_PLAN)
  .filter((entry: PlannedModule) => entry.preload)
  .map((entry) => entry.module);
