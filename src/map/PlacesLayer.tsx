import type { PathOptions } from 'leaflet';
import { CircleMarker, LayerGroup, Tooltip } from 'react-leaflet';
import type { CompiledPlace } from '../data/compiled';

interface PlacesLayerProps {
  places: CompiledPlace[];
  style: PathOptions;
  radius: number;
}

/** Places of one kind (cities, border towns) as labelled markers. */
export function PlacesLayer({ places, style, radius }: PlacesLayerProps) {
  return (
    <LayerGroup>
      {places.map((place) => (
        <CircleMarker
          key={place.id}
          center={[place.geometry.coordinates[1]!, place.geometry.coordinates[0]!]}
          radius={radius}
          pathOptions={style}
        >
          <Tooltip>{place.properties.name}</Tooltip>
        </CircleMarker>
      ))}
    </LayerGroup>
  );
}
