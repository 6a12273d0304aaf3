import {
  divIcon,
  type DivIcon,
  type LeafletEvent,
  type LeafletKeyboardEvent,
  type Marker as LeafletMarker,
} from 'leaflet';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Marker, Popup, useMap } from 'react-leaflet';
import Supercluster from 'supercluster';
import type { Feature, Point } from 'geojson';
import { useMapContent } from './MapContent';
import { stackByPosition, type PointStack } from '../view/pointStacks';

/** Clusters stop splitting here (streets apart): what still shares a cluster is listed in its popup. */
const MAX_CLUSTER_ZOOM = 14;

export type PointFeature = Feature<Point> & { id: string };
/** Supercluster indexes positions, not features: one point per stack, weighted by its size. */
interface StackPoint {
  stack: number;
  count: number;
}
type ClusterIndex = Supercluster<StackPoint, { count: number }>;
type ClusterItem = ReturnType<ClusterIndex['getClusters']>[number];
/** The clusters of `features`, over the stacks of those that share a position. */
function clusterIndex<F extends PointFeature>(features: F[]) {
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
interface Group {
  clusterId: number | null;
  stack: number | null;
}

function membersOf<F>(index: ClusterIndex, stacks: PointStack<F>[], group: Group): F[] {
  if (group.stack !== null) return stacks[group.stack]!.members;
  return index
    .getLeaves(group.clusterId!, Infinity)
    .flatMap((leaf) => stacks[(leaf.properties as StackPoint).stack]!.members);
}

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
  const shown = useProgressive(items);
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

function groupOf(item: ClusterItem): Group {
  return 'cluster_id' in item.properties
    ? { clusterId: item.properties.cluster_id, stack: null }
    : { clusterId: null, stack: item.properties.stack };
}

function itemKey(item: ClusterItem): string {
  const { clusterId, stack } = groupOf(item);
  return clusterId === null ? `stack-${stack}` : `cluster-${clusterId}`;
}

/**
 * `items` as drawn: all at once at first (the map is not ready before), then
 * after each move the markers that stay, at once, and the new ones a batch
 * per frame, so panning and zooming stay smooth.
 */
function useProgressive(items: ClusterItem[]): ClusterItem[] {
  const [shown, setShown] = useState(items);
  const shownRef = useRef(shown);
  useEffect(() => {
    if (shownRef.current === items) return;
    let frame = requestAnimationFrame(function step() {
      const drawn = new Set(shownRef.current.map(itemKey));
      const kept = items.filter((item) => drawn.has(itemKey(item)));
      const fresh = items.filter((item) => !drawn.has(itemKey(item)));
      const next =
        fresh.length <= MARKERS_PER_FRAME ? items : [...kept, ...fresh.slice(0, MARKERS_PER_FRAME)];
      shownRef.current = next;
      setShown(next);
      if (next !== items) frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [items]);
  return shown;
}

function viewOf(map: ReturnType<typeof useMap>): {
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

interface ClusterMarkerProps<F extends PointFeature> extends Group {
  index: ClusterIndex;
  stacks: PointStack<F>[];
  count: number;
  lat: number;
  lng: number;
  noun: string;
  describe: (feature: F) => string;
  className: string;
}

/** Memoised: a map move re-renders the layer, and clusters that stay need not change. */
const ClusterMarker = memo(function ClusterMarker<F extends PointFeature>({
  index,
  stacks,
  clusterId,
  stack,
  count,
  lat,
  lng,
  noun,
  describe,
  className,
}: ClusterMarkerProps<F>) {
  const map = useMap();
  const position = useMemo((): [number, number] => [lat, lng], [lat, lng]);
  // A stack never splits: its members share one position.
  const splitsAt = clusterId === null ? Infinity : index.getClusterExpansionZoom(clusterId);
  const splits = splitsAt <= MAX_CLUSTER_ZOOM;
  const label = splits
    ? `${count} ${noun} here: zoom in to see them`
    : `${count} ${noun} close together: list them`;
  const eventHandlers = useMemo(
    () => ({
      add(event: LeafletEvent) {
        (event.target as LeafletMarker).getElement()?.setAttribute('aria-label', label);
      },
      click() {
        if (splits) map.flyTo(position, splitsAt, { duration: 0.4 });
      },
      // Leaflet opens a popup on Enter, but has nothing to do on Enter for a marker without one.
      keypress(event: LeafletKeyboardEvent) {
        const { key } = event.originalEvent;
        if (splits && (key === 'Enter' || key === ' ')) {
          event.originalEvent.preventDefault();
          map.flyTo(position, splitsAt, { duration: 0.4 });
        }
      },
    }),
    [label, map, position, splits, splitsAt],
  );
  return (
    <Marker
      position={position}
      icon={clusterIcon(count, className)}
      title={label}
      keyboard
      eventHandlers={eventHandlers}
    >
      {!splits && (
        <Popup minWidth={240} maxWidth={320}>
          <ClusterList
            index={index}
            stacks={stacks}
            clusterId={clusterId}
            stack={stack}
            noun={noun}
            describe={describe}
          />
        </Popup>
      )}
    </Marker>
  );
}) as <F extends PointFeature>(props: ClusterMarkerProps<F>) => ReactNode;

/** Every member of a cluster that does not split, each one activation from its own popup. */
function ClusterList<F extends PointFeature>({
  index,
  stacks,
  clusterId,
  stack,
  noun,
  describe,
}: Group & {
  index: ClusterIndex;
  stacks: PointStack<F>[];
  noun: string;
  describe: (feature: F) => string;
}) {
  const { onSelect: selectFeature } = useMapContent();
  const leaves = useMemo(
    () =>
      membersOf(index, stacks, { clusterId, stack })
        .map((leaf) => ({ id: leaf.id, text: describe(leaf) }))
        .sort((a, b) => a.text.localeCompare(b.text)),
    [index, stacks, clusterId, stack, describe],
  );
  const choose = useCallback((id: string) => selectFeature(id), [selectFeature]);
  return (
    <div className="cluster-list">
      <h2 className="popup__title" tabIndex={-1}>
        {leaves.length} {noun} here
      </h2>
      <ul>
        {leaves.map((leaf) => (
          <li key={leaf.id}>
            <button type="button" className="link-button" onClick={() => choose(leaf.id)}>
              {leaf.text}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

const icons = new Map<string, DivIcon>();

/** Sized by the order of magnitude of its count; the count is a number, never data text. */
function clusterIcon(count: number, className: string): DivIcon {
  const size = count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 42 : 48;
  const text = count < 1000 ? String(count) : `${Math.round(count / 100) / 10}k`;
  const key = `${className}|${text}|${size}`;
  let icon = icons.get(key);
  if (!icon) {
    icon = divIcon({
      className: `cluster ${className}`,
      html: `<span>${text}</span>`,
      iconSize: [size, size],
    });
    icons.set(key, icon);
  }
  return icon;
}
