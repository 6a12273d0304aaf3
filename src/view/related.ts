/**
 * What the corpus reports at a place: the movements that start, pass or end
 * there and the incidents placed there, so a country's popup can list the
 * figures given for it.
 */
import type { CompiledRoute, CorpusBase, IncidentSummary } from '../data/compiled';

export interface RelatedFeatures {
  routes: CompiledRoute[];
  incidents: IncidentSummary[];
}

/** @example relatedFeatures(corpus, 'belgium').routes.map((r) => r.id) // ['deportation-turkey-to-belgium'] */
export function relatedFeatures(corpus: CorpusBase, placeId: string): RelatedFeatures {
  return {
    routes: corpus.routes.features.filter((route) => route.properties.stops.includes(placeId)),
    incidents: corpus.incidents.features.filter(
      (incident) => incident.properties.place === placeId,
    ),
  };
}
