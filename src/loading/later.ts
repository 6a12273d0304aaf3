/**
 * The `import()`s of the loading table's modules that come after the first
 * view. Only code inside the app's chunk imports this file, so the bundler
 * knows these chunks always load after it and keeps what they share with it
 * in it, rather than splitting the first view into many small files.
 */
import { createLoader } from './loader';

export const later = createLoader({
  popups: () => import('../ui/popups/FeaturePopups'),
  timeline: () => import('../ui/Timeline'),
  sidebarLists: () => import('../ui/layout/SidebarLists'),
  overviewInset: () => import('../map/OverviewInset'),
  builtinBasemap: () => import('../map/BuiltinBasemap'),
  reader: () => import('../ui/ReaderPanel'),
  figures: () => import('../ui/FiguresPanel'),
  exportPanel: () => import('../ui/ExportPanel'),
  walkPanel: () => import('../ui/RouteWalkPanel'),
  walkLayer: () => import('../map/WalkLayer'),
  measurePanel: () => import('../ui/MeasurePanel'),
  measureLayer: () => import('../map/MeasureLayer'),
  importedLayers: () => import('../ui/layout/ImportedLayersSlot'),
  importParser: () => import('../data/geojsonClient'),
  tableReader: () => import('../data/table/tableClient'),
});
