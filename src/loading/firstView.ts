/**
 * The `import()`s of the loading table's first-view modules: the app proper,
 * and what a large corpus needs before its first render. In the entry chunk,
 * since the entry asks for them.
 */
import { createLoader } from './loader';

export const firstView = createLoader({
  crossings: () => import('../ui/Crossings'),
  clusters: () => import('../map/ClusteredMarkers'),
  virtualList: () => import('../ui/VirtualList'),
});
