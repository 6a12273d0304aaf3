import { memo } from 'react';
import { LayerGroup } from 'react-leaflet';
import type { CompiledPlace } from '../data/compiled';
import { AREA_KINDS } from '../data/kinds';
import { PlacePopup } from '../ui/popups/LazyPopups';
import { CLUSTER_THRESHOLD, ClusteredMarkers } from './LazyClusters';
import { FeatureMarker } from './FeatureMarker';
import { symbolIcon, type SymbolKind } from './icons';

/** Places of one layer. */
function PlacesLayerView({
  places,
  symbol,
  selected,
}: {
  places: CompiledPlace[];
  symbol: SymbolKind;
  selected: string | null;
}) {
  if (places.length > CLUSTER_THRESHOLD)
    return (
      <LayerGroup>
        <ClusteredMarkers
          features={places}
          noun="places"
          renderFeature={(place) => <PlaceMarker key={place.id} place={place} symbol={symbol} />}
          describe={(place) => place.properties.name}
          selected={selected}
          className={`cluster--${symbol}`}
        />
      </LayerGroup>
    );
  return (
    <LayerGroup>
      {places.map((place) => (
        <PlaceMarker key={place.id} place={place} symbol={symbol} />
      ))}
    </LayerGroup>
  );
}

/** One place. Regions and countries get a halo, not a sharp pin: their point is not precise. */
function PlaceMarkerView({ place, symbol }: { place: CompiledPlace; symbol: SymbolKind }) {
  const [lng, lat] = place.geometry.coordinates as [number, number];
  const isArea = AREA_KINDS.includes(place.properties.kind);
  return (
    <FeatureMarker
      featureId={place.id}
      label={place.properties.name}
      position={[lat, lng]}
      icon={symbolIcon(isArea ? 'area' : symbol)}
    >
      <PlacePopup place={place} />
    </FeatureMarker>
  );
}

/** Memoised: the app re-renders on every map move, and this need not. */
export const PlacesLayer = memo(PlacesLayerView);

/** Memoised: the app re-renders on every map move, and this need not. */
export const PlaceMarker = memo(PlaceMarkerView);
