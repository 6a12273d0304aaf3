import type { FeatureCollection } from 'geojson';
import { canvas, circleMarker, type LeafletMouseEvent, type PathOptions } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { GeoJSON, Popup } from 'react-leaflet';
import type { ImportedFeature, ImportedLayer } from '../data/importLayer';
import { useCrossings } from '../ui/CrossingsContext';
import { SourceCitation } from '../ui/popups/ExcerptList';

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
  onOpenQuote: (source: string, quote: string, origin: string) => void;
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
  onOpenQuote,
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
          <ImportedPopup
            layer={openFeature.layer}
            feature={openFeature.feature}
            focusOnOpen={open.fromList}
            onOpenQuote={onOpenQuote}
          />
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

function ImportedPopup({
  layer,
  feature,
  focusOnOpen,
  onOpenQuote,
}: {
  layer: ImportedLayer;
  feature: ImportedFeature;
  focusOnOpen: boolean;
  onOpenQuote: (source: string, quote: string, origin: string) => void;
}) {
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnOpen) title.current?.focus();
  }, [focusOnOpen]);
  const entries = Object.entries(feature.properties).filter(
    ([key]) => !(key === 'excerpts' && feature.excerpts),
  );
  const origin = `your file “${layer.fileName}”, feature “${feature.title}”`;
  return (
    <article className="popup popup--imported">
      <h2 className="popup__title" ref={title} tabIndex={-1}>
        {feature.title}
      </h2>
      <p className="popup__kind">
        From your file “{layer.fileName}” ({feature.geometry.type}
        {feature.id !== null ? `, id ${String(feature.id)}` : ''}). Not checked against the sources.
      </p>
      {entries.length > 0 ? (
        <dl className="facts imported-properties" aria-label="Properties">
          {entries.map(([key, value]) => (
            <div className="facts__row" key={key}>
              <dt>{key}</dt>
              <dd>{describeValue(value)}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>This feature has no properties.</p>
      )}
      {feature.excerpts && (
        <ImportedExcerpts excerpts={feature.excerpts} origin={origin} onOpenQuote={onOpenQuote} />
      )}
    </article>
  );
}

/** Any JSON value as plain text: nested values as indented JSON. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  if (typeof value === 'object') return JSON.stringify(value, null, 1);
  return String(value);
}

function ImportedExcerpts({
  excerpts,
  origin,
  onOpenQuote,
}: {
  excerpts: NonNullable<ImportedFeature['excerpts']>;
  origin: string;
  onOpenQuote: (source: string, quote: string, origin: string) => void;
}) {
  const { sourcesById } = useCrossings();
  return (
    <ol className="excerpts" aria-label="Excerpts">
      {excerpts.map((excerpt, index) => {
        const source = sourcesById.get(excerpt.source);
        return (
          <li key={index} className="excerpt">
            <blockquote className="excerpt__quote">“{excerpt.quote}”</blockquote>
            {source ? (
              <>
                <SourceCitation source={source} />
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onOpenQuote(excerpt.source, excerpt.quote, origin)}
                >
                  Find in source
                </button>
              </>
            ) : (
              <p className="excerpt__source">
                Source “{excerpt.source}” is not in this corpus, so the quote cannot be checked.
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
