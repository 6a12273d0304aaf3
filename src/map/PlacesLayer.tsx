import { memo, useMemo } from 'react';
import { LayerGroup } from 'react-leaflet';
import type { CompiledPlace, IncidentSummary } from '../data/compiled';
import { AREA_KINDS } from '../data/kinds';
import { SCALE } from '../view/scale';
import { ClusteredMarkers } from './LazyClusters';
import { useMapContent } from './MapContent';
import { FeatureMarker } from './FeatureMarker';
import { symbolIcon, type SymbolKind } from './icons';

const NONE: IncidentSummary[] = [];

/** Places of one layer. */
function PlacesLayerView({
  places,
  symbol,
  selected,
  incidentsHere = NONE,
}: {
  places: CompiledPlace[];
  symbol: SymbolKind;
  selected: string | null;
  /** Incidents placed only on one of these places (an area): counted at its marker. */
  incidentsHere?: IncidentSummary[];
}) {
  const counts = useMemo(() => {
    const byPlace = new Map<string, number>();
    for (const incident of incidentsHere)
      byPlace.set(incident.properties.place, (byPlace.get(incident.properties.place) ?? 0) + 1);
    return byPlace;
  }, [incidentsHere]);
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
        <PlaceMarker
          key={place.id}
          place={place}
          symbol={symbol}
          incidentCount={counts.get(place.id) ?? 0}
        />
      ))}
    </LayerGroup>
  );
}

/**
 * One place. Regions and countries get a halo, not a sharp pin: their point
 * is not precise. An area with incidents the texts place nowhere more precise
 * carries their count, not points of their own; its popup lists them.
 */
function PlaceMarkerView({
  place,
  symbol,
  incidentCount = 0,
}: {
  place: CompiledPlace;
  symbol: SymbolKind;
  incidentCount?: number;
}) {
  const [lng, lat] = place.geometry.coordinates as [number, number];
  const isArea = AREA_KINDS.includes(place.properties.kind);
  const { placePopup } = useMapContent();
  const label = incidentCount
    ? `${place.properties.name}, ${incidentCount} incident${incidentCount === 1 ? '' : 's'}, place not given`
    : place.properties.name;
  return (
    <FeatureMarker
      featureId={place.id}
      label={label}
      position={[lat, lng]}
      icon={symbolIcon(isArea ? 'area' : symbol, { badge: incidentCount })}
    >
      {placePopup(place)}
    </FeatureMarker>
  );
}

/** Memoised: redrawn only when its places or the selection change, not when other state does. */
export const PlacesLayer = memo(PlacesLayerView);

/** Memoised: a marker is remade only when its place changes. */
export const PlaceMarker = memo(PlaceMarkerView);
