import { firstView } from '../loading/firstView';

/**
 * TanStack Virtual's list, from a chunk fetched only for a corpus with lists
 * long enough to need it (SCALE.virtualListFrom rows), before the first view.
 */
export const VirtualList = firstView.lazyPart('virtualList', 'VirtualList');
