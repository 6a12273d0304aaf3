import { useMemo } from 'react';
import { LayerGroup } from 'react-leaflet';
import type { CompiledIncident } from '../data/compiled';
import { formatDate } from '../view/format';
import { IncidentPopup } from '../ui/popups/LazyPopups';
import { FeatureMarker } from './FeatureMarker';
import { fanOffsets, symbolIcon } from './icons';

/**
 * Incidents at the place they happened. Several at one place are fanned out
 * in a ring (in screen pixels) so each stays visible and reachable on its own.
 */
export function IncidentsLayer({ incidents }: { incidents: CompiledIncident[] }) {
  const offsets = useMemo(() => offsetsByIncident(incidents), [incidents]);
  return (
    <LayerGroup>
      {incidents.map((incident) => {
        const [lng, lat] = incident.geometry.coordinates as [number, number];
        const uncertain =
          incident.properties.when.uncertain || incident.properties.when.approximate;
        return (
          <FeatureMarker
            key={incident.id}
            featureId={incident.id}
            label={`${incident.properties.name}, ${formatDate(incident.properties.when)}`}
            position={[lat, lng]}
            icon={symbolIcon('incident', {
              offset: offsets.get(incident.id),
              extraClass: uncertain ? 'symbol--uncertain' : '',
            })}
          >
            <IncidentPopup incident={incident} />
          </FeatureMarker>
        );
      })}
    </LayerGroup>
  );
}

function offsetsByIncident(incidents: CompiledIncident[]): Map<string, [number, number]> {
  const byPlace = new Map<string, CompiledIncident[]>();
  for (const incident of incidents) {
    const group = byPlace.get(incident.properties.place) ?? [];
    byPlace.set(incident.properties.place, [...group, incident]);
  }
  const offsets = new Map<string, [number, number]>();
  for (const group of byPlace.values()) {
    const ring = fanOffsets(group.length, 20 + 2 * group.length);
    group.forEach((incident, i) => offsets.set(incident.id, ring[i]!));
  }
  return offsets;
}
