import { CircleMarker, LayerGroup, Tooltip } from 'react-leaflet';
import type { CompiledIncident } from '../data/compiled';
import { INCIDENT_STYLE } from './layerStyles';

/** Dated incidents at the place they happened. */
export function IncidentsLayer({ incidents }: { incidents: CompiledIncident[] }) {
  return (
    <LayerGroup>
      {incidents.map((incident) => (
        <CircleMarker
          key={incident.id}
          center={[incident.geometry.coordinates[1]!, incident.geometry.coordinates[0]!]}
          radius={5}
          pathOptions={INCIDENT_STYLE}
        >
          <Tooltip>{`${incident.properties.name} (${incident.properties.date})`}</Tooltip>
        </CircleMarker>
      ))}
    </LayerGroup>
  );
}
