import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useMap } from 'react-leaflet';
import {
  clusterIndex,
  groupOf,
  itemKey,
  MAX_CLUSTER_ZOOM,
  viewOf,
  type ClusterIndex,
  type ClusterItem,
  type PointFeature,
} from './clusterIndex';
import { ClusterMarker } from './ClusterMarker';

export type { PointFeature };

export interface ClusteredMarkersProps<F extends PointFeature> {
  features: F[];
  /** What a cluster counts, in the plural ("incidents"). */
  noun: string;
  /** The marker of one feature, with its popup. */
  renderFeature: (feature: F) => ReactNode;
  /** The text of a feature's row in a cluster's list. */
  describe: (feature: F) => string;
  /** Drawn on its own whatever the zoom, so a selection from the list, search or URL opens its popup. */
  selected: string | null;
  className: string;
}

/**
 * Many point features as clusters (supercluster) and, where they stand apart,
 * single markers. A cluster is a focusable button: activating it zooms to
 * where it splits or, when its members share a place, lists them, so every
 * feature is one click from its cluster.
 */
export function ClusteredMarkers<F extends PointFeature>({
  features,
  noun,
  renderFeature,
  describe,
  selected,
  className,
}: ClusteredMarkersProps<F>) {
  const map = useMap();
  const { index, stacks } = useMemo(() => clusterIndex(features), [features]);
  const byId = useMemo(() => new Map(features.map((feature) => [feature.id, feature])), [features]);
  const [view, setView] = useState(() => viewOf(map));
  useEffect(() => {
    const moved = () => setView(viewOf(map));
    map.on('moveend', moved);
    return () => {
      map.off('moveend', moved);
    };
  }, [map]);
  // Past the last clustering zoom supercluster would hand back every point, stacked where they share a place.
  const items = useMemo(
    () => index.getClusters(view.bbox, Math.min(view.zoom, MAX_CLUSTER_ZOOM)),
    [index, view],
  );
  const shown = useProgressive(items, index);
  const markers = shown.map((item) => {
    const group = groupOf(item);
    if (group.stack !== null) {
      const { members } = stacks[group.stack]!;
      if (members.length === 1)
        return members[0]!.id === selected ? null : renderFeature(members[0]!);
    }
    return (
      <ClusterMarker
        key={itemKey(item)}
        index={index}
        stacks={stacks}
        clusterId={group.clusterId}
        stack={group.stack}
        count={item.properties.count}
        lat={item.geometry.coordinates[1]!}
        lng={item.geometry.coordinates[0]!}
        noun={noun}
        describe={describe}
        className={className}
      />
    );
  });
  const selectedFeature = selected ? byId.get(selected) : undefined;
  return (
    <>
      {markers}
      {selectedFeature && renderFeature(selectedFeature)}
    </>
  );
}

/** New markers added per animation frame after a move: a zoom replaces hundreds, which would freeze one long frame. */
const MARKERS_PER_FRAME = 12;

/**
 * `items` as drawn: all at once at first (the map is not ready before), then
 * after each move the markers that stay, at once, and the new ones a batch
 * per frame, so panning and zooming stay smooth. Items of an earlier index
 * (the features changed: a filter) are never drawn: their cluster ids mean
 * nothing to the new one, which would throw on them; all of the new index's
 * items are drawn at once instead.
 */
function useProgressive(items: ClusterItem[], index: ClusterIndex): ClusterItem[] {
  const [shown, setShown] = useState({ index, items });
  const shownRef = useRef(shown);
  useEffect(() => {
    const show = (next: ClusterItem[]) => {
      shownRef.current = { index, items: next };
      setShown(shownRef.current);
    };
    if (shownRef.current.items === items) return;
    if (shownRef.current.index !== index) return show(items);
    let frame = requestAnimationFrame(function step() {
      const drawn = new Set(shownRef.current.items.map(itemKey));
      const kept = items.filter((item) => drawn.has(itemKey(item)));
      const fresh = items.filter((item) => !drawn.has(itemKey(item)));
      const next =
        fresh.length <= MARKERS_PER_FRAME ? items : [...kept, ...fresh.slice(0, MARKERS_PER_FRAME)];
      show(next);
      if (next !== items) frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [items, index]);
  return shown.index === index ? shown.items : items;
}
