import { memo } from 'react';
import { LayerGroup } from 'react-leaflet';
import type { CompiledPlace } from '../data/compiled';
import { AREA_KINDS } from '../data/kinds';
import { SCALE } from '../view/scale';
import { ClusteredMarkers } from './LazyClusters';
import { useMapContent } from './MapContent';
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
  if (places.length > SCALE.clusterAbove)
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
  const { placePopup } = useMapContent();
  return (
    <FeatureMarker
      featureId={place.id}
      label={place.properties.name}
      position={[lat, lng]}
      icon={symbolIcon(isArea ? 'area' : symbol)}
    >
      {placePopup(place)}
    </FeatureMarker>
  );
}

/** Memoised: redrawn only when its places or the selection change, not when other state does. */
export const PlacesLayer = memo(PlacesLayerView);

/** Memoised: a marker is remade only when its place changes. */
export const PlaceMarker = memo(PlaceMarkerView);
