import { lazy } from 'react';
import type { ClusteredMarkersProps, PointFeature } from './ClusteredMarkers';

/** Above this many features a layer draws clusters: a few hundred focusable markers at most, at any zoom. */
export const CLUSTER_THRESHOLD = 400;

// Supercluster is only fetched for a corpus large enough to need it. No Suspense
// here: the map's layers wait together, so data-ready means the clusters are drawn.
const LazyClusteredMarkers = lazy(() => import('./ClusteredMarkers'));

export function ClusteredMarkers<F extends PointFeature>(props: ClusteredMarkersProps<F>) {
  return <LazyClusteredMarkers {...(props as unknown as ClusteredMarkersProps<PointFeature>)} />;
}
