import type { FeatureCollection } from 'geojson';
import { canvas, circleMarker, type LeafletMouseEvent, type PathOptions } from 'leaflet';
import { useMemo, type ReactNode } from 'react';
import { GeoJSON, Popup } from 'react-leaflet';
import type { ImportedFeature, ImportedLayer } from '../data/importLayer';

const IMPORTED_STYLE: PathOptions = {
  color: '#0b6e69',
  weight: 3,
  fillColor: '#0b6e69',
  fillOpacity: 0.25,
};
const POINT_STYLE: PathOptions = {
  radius: 6,
  color: '#fff',
  weight: 2,
  fillColor: '#0b6e69',
  fillOpacity: 1,
} as PathOptions;

export interface OpenImported {
  key: string;
  /** Opened from the list: focus goes into the popup, and back to the list after. */
  fromList: boolean;
}

interface ImportedLayersMapProps {
  layers: ImportedLayer[];
  hidden: ReadonlySet<string>;
  open: OpenImported | null;
  onOpen: (key: string) => void;
  onClose: (key: string) => void;
  /** The open feature's popup content (the app's: it lists the properties and cites sources). */
  popup: (layer: ImportedLayer, feature: ImportedFeature, focusOnOpen: boolean) => ReactNode;
}

/**
 * The user's layers on one canvas (a file can hold thousands of features),
 * and the popup of the feature opened, listing its properties as text.
 */
export default function ImportedLayersMap({
  layers,
  hidden,
  open,
  onOpen,
  onClose,
  popup,
}: ImportedLayersMapProps) {
  // (L.geoJSON hands its options, renderer included, to every layer it makes; the typings omit it.)
  const onCanvas = useMemo(() => ({ renderer: canvas({ padding: 0.5 }) }), []);
  const found = open ? findFeature(layers, open.key) : null;
  const openFeature = found && !hidden.has(found.layer.id) ? found : null;
  return (
    <>
      {layers
        .filter((layer) => !hidden.has(layer.id))
        .map((layer) => (
          <GeoJSON
            key={layer.id}
            // Only geometry and a key go to Leaflet: the file's strings never reach it.
            data={drawable(layer)}
            style={(feature) => (feature?.geometry.type === 'Point' ? POINT_STYLE : IMPORTED_STYLE)}
            pointToLayer={(_, latlng) => circleMarker(latlng, { ...POINT_STYLE, ...onCanvas })}
            eventHandlers={{
              click: (event: LeafletMouseEvent) =>
                onOpen(String((event.propagatedFrom as { feature: { id: string } }).feature.id)),
            }}
            {...onCanvas}
          />
        ))}
      {openFeature && open && (
        <Popup
          key={open.key}
          position={openFeature.feature.anchor}
          minWidth={Math.min(260, window.innerWidth - 90)}
          maxWidth={Math.min(360, window.innerWidth - 90)}
          eventHandlers={{ remove: () => onClose(open.key) }}
        >
          {popup(openFeature.layer, openFeature.feature, open.fromList)}
        </Popup>
      )}
    </>
  );
}

function drawable(layer: ImportedLayer): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: layer.features.map((feature) => ({
      type: 'Feature',
      id: feature.key,
      properties: {},
      geometry: feature.geometry,
    })),
  };
}

function findFeature(layers: ImportedLayer[], key: string) {
  for (const layer of layers) {
    const feature = layer.features.find((candidate) => candidate.key === key);
    if (feature) return { layer, feature };
  }
  return null;
}
