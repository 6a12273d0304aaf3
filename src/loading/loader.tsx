/**
 * Loads modules of the loading table (plan.ts), each once. A module that has
 * arrived is kept, so a part rendered after that is drawn at once with no
 * Suspense fallback in between (React's `lazy` would suspend once even for
 * code that is already here, and its fallback holds content back for React's
 * 300 ms reveal throttle).
 */
import { lazy, useState, type ComponentType } from 'react';
import { LOADING_PLAN, type ModuleName, type Trigger } from './plan';

type Importers = Partial<Record<ModuleName, () => Promise<unknown>>>;
type ModulesOf<I extends Importers> = {
  [N in keyof I]: I[N] extends () => Promise<infer M> ? M : never;
};

export interface Loader<I extends Importers> {
  /**
   * The module, fetched the first time it is asked for.
   * @example const { default: FiguresPanel } = await later.load('figures');
   */
  load<N extends keyof I & ModuleName>(name: N): Promise<ModulesOf<I>[N]>;
  /** The module if it has arrived, else undefined. */
  loaded<N extends keyof I & ModuleName>(name: N): ModulesOf<I>[N] | undefined;
  /** Fetches every module of a trigger (say, all that follow the first paint), in parallel. */
  loadAll(trigger: Trigger): Promise<unknown>;
  /**
   * A component of a module, usable before the module has arrived: rendered
   * at once if it is here, through React's `lazy` (so inside a Suspense
   * boundary) if not.
   * @example const Timeline = later.lazyPart('timeline', 'default');
   */
  lazyPart<N extends keyof I & ModuleName, K extends keyof ModulesOf<I>[N] & string>(
    name: N,
    exportName: K,
  ): ModulesOf<I>[N][K];
}

/** A loader over `importers`: the `import()`s of some of the table's modules. */
export function createLoader<I extends Importers>(importers: I): Loader<I> {
  const requested = new Map<ModuleName, Promise<unknown>>();
  const arrived = new Map<ModuleName, unknown>();
  const load = (name: ModuleName): Promise<unknown> => {
    let promise = requested.get(name);
    if (!promise) {
      promise = importers[name]!().then((module) => {
        arrived.set(name, module);
        return module;
      });
      // A failed fetch (a deploy replaced the chunk, the network dropped) may be tried again.
      promise.catch(() => requested.delete(name));
      requested.set(name, promise);
    }
    return promise;
  };
  const lazyPart = (name: ModuleName, exportName: string) => {
    type Props = Record<string, unknown>;
    const pick = (module: unknown) => (module as Record<string, ComponentType<Props>>)[exportName]!;
    const Lazy = lazy(() => load(name).then((module) => ({ default: pick(module) })));
    function Part(props: Props) {
      // Chosen once per mount: switching from the lazy wrapper to the module's own component would remount it.
      const [Component] = useState(() => {
        const module = arrived.get(name);
        return module ? pick(module) : Lazy;
      });
      return <Component {...props} />;
    }
    Part.displayName = `${name}.${exportName}`;
    return Part;
  };
  return {
    load,
    loaded: (name) => arrived.get(name),
    loadAll: (trigger) =>
      Promise.all(
        (Object.keys(importers) as ModuleName[])
          .filter((name) => LOADING_PLAN[name].trigger === trigger)
          .map(load),
      ),
    lazyPart,
  } as Loader<I>;
}
