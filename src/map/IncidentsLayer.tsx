import { useMemo, memo } from 'react';
import { LayerGroup } from 'react-leaflet';
import type { IncidentSummary } from '../data/compiled';
import { formatDate } from '../view/format';
import { SCALE } from '../view/scale';
import { ClusteredMarkers } from './LazyClusters';
import { useMapContent } from './MapContent';
import { FeatureMarker } from './FeatureMarker';
import { fanOffsets, symbolIcon } from './icons';

/**
 * Incidents at the place they happened. Several at one place are fanned out
 * in a ring (in screen pixels) so each stays visible and reachable on its own.
 */
function IncidentsLayerView({
  incidents,
  selected,
}: {
  incidents: IncidentSummary[];
  selected: string | null;
}) {
  if (incidents.length > SCALE.clusterAbove)
    return (
      <LayerGroup>
        <ClusteredMarkers
          features={incidents}
          noun="incidents"
          renderFeature={(incident) => <IncidentMarker key={incident.id} incident={incident} />}
          describe={incidentLabel}
          selected={selected}
          className="cluster--incident"
        />
      </LayerGroup>
    );
  return <FannedIncidents incidents={incidents} />;
}

function FannedIncidents({ incidents }: { incidents: IncidentSummary[] }) {
  const offsets = useMemo(() => offsetsByIncident(incidents), [incidents]);
  return (
    <LayerGroup>
      {incidents.map((incident) => (
        <IncidentMarker key={incident.id} incident={incident} offset={offsets.get(incident.id)} />
      ))}
    </LayerGroup>
  );
}

const incidentLabel = (incident: IncidentSummary) =>
  `${incident.properties.name}, ${formatDate(incident.properties.when)}`;

function IncidentMarkerView({
  incident,
  offset,
}: {
  incident: IncidentSummary;
  offset?: [number, number];
}) {
  const [lng, lat] = incident.geometry.coordinates as [number, number];
  const uncertain = incident.properties.when.uncertain || incident.properties.when.approximate;
  const { incidentPopup } = useMapContent();
  return (
    <FeatureMarker
      featureId={incident.id}
      label={incidentLabel(incident)}
      position={[lat, lng]}
      icon={symbolIcon('incident', {
        offset,
        extraClass: uncertain ? 'symbol--uncertain' : '',
      })}
    >
      {incidentPopup(incident)}
    </FeatureMarker>
  );
}

function offsetsByIncident(incidents: IncidentSummary[]): Map<string, [number, number]> {
  const byPlace = new Map<string, IncidentSummary[]>();
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

/** Memoised: redrawn only when its incidents or the selection change, not when other state does. */
export const IncidentsLayer = memo(IncidentsLayerView);

const IncidentMarker = memo(IncidentMarkerView);
