import { use } from 'react';
import { tracked } from '../tracked';
import type { ClusteredMarkersProps, PointFeature } from './ClusteredMarkers';

/** Above this many features a layer draws clusters: a few hundred focusable markers at most, at any zoom. */
export const CLUSTER_THRESHOLD = 400;

let clustersModule: Promise<typeof import('./ClusteredMarkers')> | null = null;

/**
 * Supercluster's chunk, fetched only for a corpus large enough to need it.
 * The app waits for it before its first render (see `prepareFor`), so `use`
 * reads it at once and never suspends the map.
 */
export function loadClusters() {
  clustersModule ??= tracked(import('./ClusteredMarkers'));
  return clustersModule;
}

export function ClusteredMarkers<F extends PointFeature>(props: ClusteredMarkersProps<F>) {
  const { ClusteredMarkers: Clusters } = use(loadClusters());
  return <Clusters {...(props as unknown as ClusteredMarkersProps<PointFeature>)} />;
}
