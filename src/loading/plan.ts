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
 *
 * Not in the table: the search worker (`src/search/searchWorker.ts`), a script
 * of its own that `ui/useCorpusSearch.ts` starts (`new Worker`) when search is
 * wanted.
 *
 * Each entry's comment says what makes it load: the condition for a
 * first-view module, the action for one on demand. (Comments, not strings:
 * the table ships in the entry script, and the browser needs only the triggers.)
 */
export type Trigger = 'first view' | 'after first paint' | 'on demand';

export interface PlannedModule {
  /** From the project root. */
  module: string;
  trigger: Trigger;
  /** A `<link rel="modulepreload">` in index.html, so it downloads beside the entry. */
  preload?: true;
}

export const LOADING_PLAN = {
  /** Always: the app proper, requested at startup beside the corpus. */
  crossings: { module: 'src/ui/Crossings.tsx', trigger: 'first view', preload: true },
  /** A layer holds more points than SCALE.clusterAbove. */
  clusters: { module: 'src/map/ClusteredMarkers.tsx', trigger: 'first view' },
  /** A list has SCALE.virtualListFrom rows or more. */
  virtualList: { module: 'src/ui/VirtualList.tsx', trigger: 'first view' },
  /** Always, as soon as the first paint is done, before anyone clicks (the rest of this trigger waits for the first view to finish). */
  popups: { module: 'src/ui/popups/FeaturePopups.tsx', trigger: 'after first paint' },
  /** Always; shown for a corpus with dated features, a placeholder holding its place until then. */
  timeline: { module: 'src/ui/Timeline.tsx', trigger: 'after first paint' },
  /** Always: the basemap picker, your layers, the list and the sources. */
  sidebarLists: { module: 'src/ui/layout/SidebarLists.tsx', trigger: 'after first paint' },
  /** Always: where the view sits in the whole story, over the map's corner. */
  overviewInset: { module: 'src/map/OverviewInset.tsx', trigger: 'after first paint' },
  /** The tiles fail, or the user picks the built-in map. */
  builtinBasemap: { module: 'src/map/BuiltinBasemap.tsx', trigger: 'on demand' },
  /** A source is opened. */
  reader: { module: 'src/ui/ReaderPanel.tsx', trigger: 'on demand' },
  /** Figures is opened. */
  figures: { module: 'src/ui/FiguresPanel.tsx', trigger: 'on demand' },
  /** Export is opened. */
  exportPanel: { module: 'src/ui/ExportPanel.tsx', trigger: 'on demand' },
  /** A route walk starts. */
  walkPanel: { module: 'src/ui/RouteWalkPanel.tsx', trigger: 'on demand' },
  /** A route walk starts. */
  walkLayer: { module: 'src/map/WalkLayer.tsx', trigger: 'on demand' },
  /** Measure is opened. */
  measurePanel: { module: 'src/ui/MeasurePanel.tsx', trigger: 'on demand' },
  /** Measure is opened. */
  measureLayer: { module: 'src/map/MeasureLayer.tsx', trigger: 'on demand' },
  /** The first file of the user’s own is added. */
  importedLayers: { module: 'src/ui/layout/ImportedLayersSlot.tsx', trigger: 'on demand' },
  /** The first file of the user’s own is added. */
  importParser: { module: 'src/data/geojsonClient.ts', trigger: 'on demand' },
  /** The first table (CSV or TSV) of the user’s own is added, or restored from the device. */
  tableReader: { module: 'src/data/table/tableClient.ts', trigger: 'on demand' },
} as const satisfies Record<string, PlannedModule>;

export type ModuleName = keyof typeof LOADING_PLAN;

/** The modules index.html preloads. */
export const PRELOADED_MODULES: readonly string[] = Object.values(LOADING_PLAN)
  .filter((entry: PlannedModule) => entry.preload)
  .map((entry) => entry.module);
