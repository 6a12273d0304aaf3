/**
 * Loads the modules of the loading table (plan.ts), each once. A module that
 * has arrived is kept here, so a part rendered after that is drawn at once
 * with no Suspense fallback in between (React's `lazy` would suspend once
 * even for code that is already here, and its fallback holds content back
 * for React's 300 ms reveal throttle).
 */
import { lazy, useState, type ComponentType } from 'react';
import { LOADING_PLAN, type ModuleName, type Trigger } from './plan';

/** The `import()` of each planned module; a unit test checks the paths against the plan's. */
const IMPORTERS = {
  crossings: () => import('../ui/Crossings'),
  clusters: () => import('../map/ClusteredMarkers'),
  virtualList: () => import('../ui/VirtualList'),
  popups: () => import('../ui/popups/FeaturePopups'),
  timeline: () => import('../ui/Timeline'),
  sidebarLists: () => import('../ui/layout/SidebarLists'),
  mapNotices: () => import('../ui/layout/MapNotices'),
  search: () => import('../search/corpusSearch'),
  builtinBasemap: () => import('../map/BuiltinBasemap'),
  reader: () => import('../ui/ReaderPanel'),
  figures: () => import('../ui/FiguresPanel'),
  exportPanel: () => import('../ui/ExportPanel'),
  walkPanel: () => import('../ui/RouteWalkPanel'),
  walkLayer: () => import('../map/WalkLayer'),
  measurePanel: () => import('../ui/MeasurePanel'),
  measureLayer: () => import('../map/MeasureLayer'),
  importedLayers: () => import('../ui/layout/ImportedLayersSlot'),
  importParser: () => import('../data/importLayer'),
} satisfies Record<ModuleName, () => Promise<unknown>>;

type Modules = { [N in ModuleName]: Awaited<ReturnType<(typeof IMPORTERS)[N]>> };

const requested = new Map<ModuleName, Promise<unknown>>();
const arrived = new Map<ModuleName, unknown>();

/**
 * The module, fetched the first time it is asked for.
 *
 * @example const { CorpusSearch } = await load('search');
 */
export function load<N extends ModuleName>(name: N): Promise<Modules[N]> {
  let promise = requested.get(name);
  if (!promise) {
    promise = IMPORTERS[name]().then((module) => {
      arrived.set(name, module);
      return module;
    });
    // A failed fetch (a deploy replaced the chunk, the network dropped) may be retried.
    promise.catch(() => requested.delete(name));
    requested.set(name, promise);
  }
  return promise as Promise<Modules[N]>;
}

/** The module if it has arrived, else undefined. */
export function loaded<N extends ModuleName>(name: N): Modules[N] | undefined {
  return arrived.get(name) as Modules[N] | undefined;
}

/** Fetches every module of a trigger (say, all that follow the first paint), in parallel. */
export function loadAll(trigger: Trigger): Promise<unknown> {
  const names = (Object.keys(LOADING_PLAN) as ModuleName[]).filter(
    (name) => LOADING_PLAN[name].trigger === trigger,
  );
  return Promise.all(names.map((name) => load(name)));
}

/**
 * A component of a planned module, usable before the module has arrived:
 * rendered at once if it is here, through React's `lazy` (so inside a
 * Suspense boundary) if not.
 *
 * @example const Timeline = lazyPart('timeline', 'default');
 */
export function lazyPart<N extends ModuleName, K extends keyof Modules[N] & string>(
  name: N,
  exportName: K,
): Modules[N][K] {
  type Props = Record<string, unknown>;
  const pick = (module: Modules[N]) => module[exportName] as unknown as ComponentType<Props>;
  const Lazy = lazy(() => load(name).then((module) => ({ default: pick(module) })));
  function Part(props: Props) {
    // Chosen once per mount: switching from the lazy wrapper to the module's own component would remount it.
    const [Component] = useState(() => {
      const module = loaded(name);
      return module ? pick(module) : Lazy;
    });
    return <Component {...props} />;
  }
  Part.displayName = `${name}.${exportName}`;
  return Part as unknown as Modules[N][K];
}
