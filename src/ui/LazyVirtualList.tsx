import { lazyPart } from '../loading/load';

/**
 * TanStack Virtual's list, from a chunk fetched only for a corpus with lists
 * long enough to need it (SCALE.virtualListFrom rows), before the first view.
 */
export const VirtualList = lazyPart('virtualList', 'VirtualList');
