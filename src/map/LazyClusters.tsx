import { firstView } from '../loading/firstView';

/**
 * Supercluster's component, from a chunk fetched only for a corpus large
 * enough to need it. The app fetches it before its first render (see the
 * loading table), so it draws at once and never suspends the map.
 */
export const ClusteredMarkers = firstView.lazyPart('clusters', 'ClusteredMarkers');
