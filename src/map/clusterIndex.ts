/**
 * The cluster index behind <ClusteredMarkers>: supercluster over the
 * positions features stand at (not the features: incidents that share a town
 * are one weighted point), and how a drawn cluster is named and keyed.
 */
import type { Feature, Point } from 'geojson';
import type { Map as LeafletMap } from 'leaflet';
import Supercluster from 'supercluster';
import { stackByPosition, type PointStack } from '../view/pointStacks';

/** Clusters stop splitting here (streets apart): what still shares a cluster is listed in its popup. */
export const MAX_CLUSTER_ZOOM = 14;

export type PointFeature = Feature<Point> & { id: string };
/** Supercluster indexes positions, not features: one point per stack, weighted by its size. */
export interface StackPoint {
  stack: number;
  count: number;
}
export type ClusterIndex = Supercluster<StackPoint, { count: number }>;
export type ClusterItem = ReturnType<ClusterIndex['getClusters']>[number];
/** The clusters of `features`, over the stacks of those that share a position. */
export function clusterIndex<F extends PointFeature>(features: F[]) {
  const stacks = stackByPosition(features);
  const index: ClusterIndex = new Supercluster<StackPoint, { count: number }>({
    radius: 100,
    maxZoom: MAX_CLUSTER_ZOOM,
    map: (point) => ({ count: point.count }),
    reduce: (sum, point) => {
      sum.count += point.count;
    },
  });
  index.load(
    stacks.map((stack, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [stack.lng, stack.lat] },
      properties: { stack: i, count: stack.members.length },
    })),
  );
  return { index, stacks };
}

/** A marker that stands for several features: a cluster, or a stack at one position. */
export interface Group {
  clusterId: number | null;
  stack: number | null;
}

export function membersOf<F>(index: ClusterIndex, stacks: PointStack<F>[], group: Group): F[] {
  if (group.stack !== null) return stacks[group.stack]!.members;
  return index
    .getLeaves(group.clusterId!, Infinity)
    .flatMap((leaf) => stacks[(leaf.properties as StackPoint).stack]!.members);
}

export function groupOf(item: ClusterItem): Group {
  return 'cluster_id' in item.properties
    ? { clusterId: item.properties.cluster_id, stack: null }
    : { clusterId: null, stack: item.properties.stack };
}

/**
 * A drawn marker's key, by what it stands for: a stack by the position its
 * members share, a cluster by its centre and count. (Supercluster's cluster
 * ids and our stack numbers are positions in arrays rebuilt on every filter:
 * a key made of them would hand a reused marker to a different group.)
 */
export function itemKey(item: ClusterItem): string {
  const [lng, lat] = item.geometry.coordinates as [number, number];
  const at = `${lng.toFixed(6)},${lat.toFixed(6)}`;
  return 'cluster_id' in item.properties ? `cluster:${at}:${item.properties.count}` : `stack:${at}`;
}

export function viewOf(map: LeafletMap): {
  bbox: [number, number, number, number];
  zoom: number;
} {
  // A margin of a sixth of a screen, so a short pan does not show an empty edge before clusters update.
  const bounds = map.getBounds().pad(0.15);
  return {
    bbox: [
      Math.max(-180, bounds.getWest()),
      Math.max(-85, bounds.getSouth()),
      Math.min(180, bounds.getEast()),
      Math.min(85, bounds.getNorth()),
    ],
    zoom: Math.round(map.getZoom()),
  };
}
