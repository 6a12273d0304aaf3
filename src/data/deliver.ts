/**
 * Splitting the compiled corpus for delivery, and joining it back: pure, so
 * `npm run check` and the app share one definition of the format.
 */
import {
  INCIDENT_DETAIL_KEYS,
  type CompiledCorpus,
  type CompiledIncident,
  type DeliveredCorpus,
  type IncidentDetails,
  type IncidentSummary,
} from './compiled';

/** Incidents per details chunk: about 2 MB of JSON, one quick fetch for a popup. */
export const INCIDENTS_PER_CHUNK = 5000;

export function detailsChunkPath(index: number): string {
  return `incidents/${index}.json`;
}

export function splitIncident(incident: CompiledIncident): {
  summary: IncidentSummary;
  details: IncidentDetails;
} {
  const isDetail = (key: string) => (INCIDENT_DETAIL_KEYS as readonly string[]).includes(key);
  const entries = Object.entries(incident.properties);
  return {
    summary: {
      ...incident,
      properties: Object.fromEntries(
        entries.filter(([key]) => !isDetail(key)),
      ) as IncidentSummary['properties'],
    },
    details: Object.fromEntries(entries.filter(([key]) => isDetail(key))) as IncidentDetails,
  };
}

/** `corpus.json` and the details chunks, in order. */
export function deliverCorpus(
  corpus: CompiledCorpus,
  perChunk = INCIDENTS_PER_CHUNK,
): { delivered: DeliveredCorpus; chunks: IncidentDetails[][] } {
  const split = corpus.incidents.features.map(splitIncident);
  const chunks: IncidentDetails[][] = [];
  for (let start = 0; start < split.length; start += perChunk)
    chunks.push(split.slice(start, start + perChunk).map((part) => part.details));
  return {
    delivered: {
      ...corpus,
      incidents: { type: 'FeatureCollection', features: split.map((part) => part.summary) },
      incidentDetails: {
        perChunk,
        chunks: chunks.map((_, index) => detailsChunkPath(index)),
        excerptCounts: split.map((part) => part.details.excerpts.length),
      },
    },
    chunks,
  };
}

export function joinIncident(summary: IncidentSummary, details: IncidentDetails): CompiledIncident {
  return { ...summary, properties: { ...summary.properties, ...details } };
}
