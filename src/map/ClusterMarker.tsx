import {
  divIcon,
  type DivIcon,
  type LeafletEvent,
  type LeafletKeyboardEvent,
  type Marker as LeafletMarker,
} from 'leaflet';
import { memo, useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Marker, Popup, useMap } from 'react-leaflet';
import type { PointStack } from '../view/pointStacks';
import {
  MAX_CLUSTER_ZOOM,
  membersOf,
  type ClusterIndex,
  type Group,
  type PointFeature,
} from './clusterIndex';
import { useMapContent } from './MapContent';

export interface ClusterMarkerProps<F extends PointFeature> extends Group {
  index: ClusterIndex;
  stacks: PointStack<F>[];
  count: number;
  lat: number;
  lng: number;
  noun: string;
  describe: (feature: F) => string;
  className: string;
}

/** Memoised: a map move redraws the layer, and clusters that stay need not change. */
export const ClusterMarker = memo(function ClusterMarker<F extends PointFeature>({
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
  // Leaflet sets a marker's title once, when it is made: its name follows the count from here.
  const marker = useRef<LeafletMarker>(null);
  useEffect(() => nameMarker(marker.current, label), [label]);
  const eventHandlers = useMemo(
    () => ({
      add: (event: LeafletEvent) => nameMarker(event.target as LeafletMarker, label),
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
      ref={marker}
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

/** A marker's accessible name and tooltip. */
function nameMarker(marker: LeafletMarker | null, label: string): void {
  const element = marker?.getElement();
  if (!element) return;
  element.setAttribute('aria-label', label);
  element.title = label;
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
