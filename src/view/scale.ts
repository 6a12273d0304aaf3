/**
 * Where the app changes how it works as a corpus grows: every size threshold
 * in one object, each with the reason for its value. The loading table
 * (src/loading/plan.ts) fetches code by these, and the map and lists draw by them.
 */
export const SCALE = {
  /**
   * Above this many points a layer is drawn as clusters: a few hundred
   * focusable markers at most, at any zoom.
   */
  clusterAbove: 400,
  /** Lists at least this long draw only the rows in view: 100,000 buttons would take seconds. */
  virtualListFrom: 150,
  /**
   * Up to this many features the search index is built just after the first
   * view; above, only once search is wanted (indexing 100,000 incidents would
   * compete with the first minutes of panning).
   */
  eagerSearchUpTo: 2000,
  /** Up to this many incidents their details (a few kilobytes) come with the first view; above, when needed. */
  prefetchDetailsUpTo: 2000,
} as const;

/** Whether a corpus of these sizes is drawn with clusters, so needs their code for its first view. */
export function needsClusters(sizes: { places: number; incidents: number }): boolean {
  return sizes.places > SCALE.clusterAbove || sizes.incidents > SCALE.clusterAbove;
}

/** Whether any of its lists is long enough to be virtual. */
export function needsVirtualLists(sizes: {
  places: number;
  incidents: number;
  sources: number;
}): boolean {
  return Math.max(sizes.places, sizes.incidents, sizes.sources) >= SCALE.virtualListFrom;
}
