import { useEffect, useMemo } from 'react';
import { LayersControl, MapContainer, TileLayer, useMap } from 'react-leaflet';
import type { CompiledCorpus } from '../data/compiled';
import { IncidentsLayer } from './IncidentsLayer';
import { BORDER_TOWN_STYLE, CITY_STYLE } from './layerStyles';
import { PlacesLayer } from './PlacesLayer';
import { RouteLayer } from './RouteLayer';

const OSM_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/** The map with one toggleable layer per kind of feature. */
export function CrossingsMap({ corpus }: { corpus: CompiledCorpus }) {
  const [west, south, east, north] = corpus.bbox;
  const places = corpus.places.features;
  const cities = useMemo(
    () => places.filter((p) => p.properties.kind === 'city' || p.properties.kind === 'town'),
    [places],
  );
  const borderTowns = useMemo(
    () => places.filter((p) => p.properties.kind === 'border town'),
    [places],
  );
  return (
    <MapContainer
      className="map"
      bounds={[
        [south, west],
        [north, east],
      ]}
      boundsOptions={{ padding: [24, 24] }}
    >
      <TileLayer
        url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
        attribution={OSM_ATTRIBUTION}
        maxZoom={19}
      />
      <LayersControl position="topright" collapsed={false}>
        <LayersControl.Overlay name="Cities" checked>
          <PlacesLayer places={cities} style={CITY_STYLE} radius={7} />
        </LayersControl.Overlay>
        <LayersControl.Overlay name="Border towns" checked>
          <PlacesLayer places={borderTowns} style={BORDER_TOWN_STYLE} radius={7} />
        </LayersControl.Overlay>
        <LayersControl.Overlay name="Smuggling route" checked>
          <RouteLayer routes={corpus.routes.features} />
        </LayersControl.Overlay>
        <LayersControl.Overlay name="Incidents" checked>
          <IncidentsLayer incidents={corpus.incidents.features} />
        </LayersControl.Overlay>
      </LayersControl>
      <ReadyFlag />
    </MapContainer>
  );
}

/** Marks the page ready for tests and benchmarks once the map has drawn its layers. */
function ReadyFlag() {
  const map = useMap();
  useEffect(() => {
    map.whenReady(() => {
      document.documentElement.dataset.ready = 'true';
    });
  }, [map]);
  return null;
}
