/**
 * Splitting the compiled corpus for delivery, and joining it back: pure, so
 * `npm run check` and the app share one definition of the format.
 */
import { calendarDateSpan, type DateSpan } from '../calendarDates';
import {
  INCIDENT_DETAIL_KEYS,
  type CompiledCorpus,
  type CompiledIncident,
  type DeliveredCorpus,
  type IncidentDetails,
  type IncidentSummary,
} from '../compiled';
import { DELIVERY_LAYOUT } from './layout';
import { collationRanks } from '../../text/collation';

/** Incidents per details chunk: about 2 MB of JSON, one quick fetch for a popup. */
export const INCIDENTS_PER_CHUNK = 5000;

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
        chunks: chunks.map((_, index) => DELIVERY_LAYOUT.detailsChunk(index)),
        excerptCounts: split.map((part) => part.details.excerpts.length),
      },
      incidentNameRanks: nameRanksOf(corpus.incidents.features),
    },
    chunks,
  };
}

/** Each incident's name's place in the list's order, by corpus order (see text/collation.ts). */
function nameRanksOf(incidents: readonly CompiledIncident[]): number[] {
  const rank = collationRanks(incidents.map((incident) => incident.properties.name));
  return incidents.map((incident) => rank.get(incident.properties.name)!);
}

export function joinIncident(summary: IncidentSummary, details: IncidentDetails): CompiledIncident {
  return { ...summary, properties: { ...summary.properties, ...details } };
}

/**
 * Incident summaries as columns, one entry per incident: a tenth of the bytes
 * of GeoJSON features, so 100,000 of them parse in a blink. Types and places
 * repeat, so each is sent once and the columns hold their positions. The
 * position is the place's and the span is read off the date, so neither is sent.
 */
export interface PackedIncidents {
  id: string[];
  name: string[];
  /** The distinct types; `type` holds positions in it. */
  types: IncidentSummary['properties']['type'][];
  type: number[];
  date: string[];
  /** Positions in `places.features`. */
  place: number[];
  /** Spans of the dates `calendarDateSpan` cannot read (intervals, seasons), by incident index. */
  when: Record<number, DateSpan>;
}

/** `corpus.json` as written. */
export interface WireCorpus extends Omit<DeliveredCorpus, 'incidents'> {
  incidents: PackedIncidents;
}

export function packCorpus(corpus: DeliveredCorpus): WireCorpus {
  const incidents = corpus.incidents.features;
  const placeAt = new Map(corpus.places.features.map((place, i) => [place.id, i]));
  const types = [...new Set(incidents.map((incident) => incident.properties.type))];
  const typeAt = new Map(types.map((type, i) => [type, i]));
  const when: Record<number, DateSpan> = {};
  incidents.forEach((incident, i) => {
    if (!calendarDateSpan(incident.properties.date)) when[i] = incident.properties.when;
  });
  return {
    ...corpus,
    incidents: {
      id: incidents.map((incident) => incident.id),
      name: incidents.map((incident) => incident.properties.name),
      types,
      type: incidents.map((incident) => typeAt.get(incident.properties.type)!),
      date: incidents.map((incident) => incident.properties.date),
      place: incidents.map((incident) => {
        const at = placeAt.get(incident.properties.place);
        if (at === undefined)
          throw new Error(
            `incident ${incident.id} is at ${incident.properties.place}, not a place`,
          );
        return at;
      }),
      when,
    },
  };
}

/** Throws on a file of another shape: the app shows the error, it does not guess. */
export function unpackCorpus(wire: WireCorpus): DeliveredCorpus {
  const { id, name, types, type, date, place, when } = wire.incidents;
  const places = wire.places.features;
  const geometries = places.map((feature) => ({
    type: 'Point' as const,
    coordinates: feature.geometry.coordinates,
  }));
  // Dates repeat (a day has many incidents): each is read once, and its span shared.
  const spans = new Map<string, DateSpan>();
  const spanOf = (value: string) => {
    let span = spans.get(value);
    if (!span) spans.set(value, (span = calendarDateSpan(value)!));
    return span;
  };
  const features = id.map((incidentId, i): IncidentSummary => {
    const at = place[i]!;
    const geometry = geometries[at];
    if (!geometry) throw new Error(`corpus.json: incident ${incidentId} is at an unknown place`);
    const incidentType = types[type[i]!];
    if (incidentType === undefined)
      throw new Error(`corpus.json: incident ${incidentId} has an unknown type`);
    return {
      type: 'Feature',
      id: incidentId,
      // Shared by the incidents at one place: geometry is never changed in place.
      geometry,
      properties: {
        name: name[i]!,
        type: incidentType,
        date: date[i]!,
        place: places[at]!.id,
        when: when[i] ?? spanOf(date[i]!),
      },
    };
  });
  return { ...wire, incidents: { type: 'FeatureCollection', features } };
}
