/**
 * The compiled corpus indexed once for the UI: which layer and which excerpts
 * each id has, what the URL may name, and what the timeline draws.
 */
import type { DeliveredCorpus } from '../data/compiled';
import type { DateSpan } from '../data/dates';
import { sourceTitle } from './format';
import { LAYER_IDS, layerFeatures, type LayerId, type MapLayers } from './layers';
import { routeWalks, type RouteWalk } from './routeWalk';
import { extentOf, type DatedItem } from './timeline';
import type { KnownIds } from './urlState';

/**
 * Lookups the app needs by id, and the dated items the timeline draws.
 *
 * Incidents can number a hundred thousand: they get one id → position map,
 * and every other lookup of an incident goes through it, so opening a large
 * corpus builds one big map rather than six. The timeline's items are built
 * when it first asks for them.
 */
export function indexCorpus(corpus: DeliveredCorpus, layers: MapLayers) {
  const incidents = corpus.incidents.features;
  const incidentAt = new Map(incidents.map((incident, i) => [incident.id, i]));
  const incidentOf = (id: string) => {
    const i = incidentAt.get(id);
    return i === undefined ? undefined : incidents[i];
  };
  // Incidents' excerpts arrive later, with their details (see IncidentDetailsStore).
  const located = [...corpus.places.features, ...corpus.routes.features];
  const excerptsOf = new Map(located.map((feature) => [feature.id, feature.properties.excerpts]));
  // Every incident is in the incidents layer; the other layers are small.
  const layerOfOthers = new Map<string, LayerId>();
  for (const id of LAYER_IDS)
    if (id !== 'incidents')
      for (const feature of layerFeatures(layers, id)) layerOfOthers.set(feature.id, id);
  const layerOf = {
    get: (id: string): LayerId | undefined =>
      layerOfOthers.get(id) ?? (incidentAt.has(id) ? 'incidents' : undefined),
  };
  const routeWhen = new Map(
    corpus.routes.features.map((route) => [route.id, route.properties.when ?? undefined]),
  );
  const whenOf = {
    get: (id: string): DateSpan | undefined =>
      routeWhen.get(id) ?? incidentOf(id)?.properties.when ?? undefined,
  };
  const nameRanks = corpus.incidentNameRanks;
  const nameRankOf = {
    get: (id: string): number | undefined => {
      const i = incidentAt.get(id);
      return i === undefined ? undefined : nameRanks?.[i];
    },
  };
  // Walks are built when first wanted (the tool, a route's "Walk this route", a link naming one).
  let walks: RouteWalk[] | undefined;
  const walksOf = (): RouteWalk[] => (walks ??= routeWalks(corpus));
  const known: KnownIds = {
    features: { has: (id) => excerptsOf.has(id) || incidentAt.has(id) },
    sources: new Set(corpus.sources.map((source) => source.id)),
    excerptCounts: {
      get: (id) => {
        const i = incidentAt.get(id);
        return i === undefined
          ? excerptsOf.get(id)?.length
          : corpus.incidentDetails.excerptCounts[i];
      },
    },
    walkSteps: { get: (id) => walksOf().find((walk) => walk.id === id)?.steps.length },
  };
  const datedFeatures = [...incidents, ...corpus.routes.features];
  let dated: DatedItem[] | undefined;
  const datedItems = (): DatedItem[] =>
    (dated ??= datedFeatures.flatMap((feature) =>
      feature.properties.when
        ? [{ id: feature.id, label: feature.properties.name, when: feature.properties.when }]
        : [],
    ));
  const published: DatedItem[] = corpus.sources.flatMap((source) =>
    source.publishedSpan
      ? [
          {
            id: source.id,
            label: sourceTitle(source),
            when: source.publishedSpan,
          },
        ]
      : [],
  );
  const spans: DateSpan[] = published.map((item) => item.when);
  for (const feature of datedFeatures)
    if (feature.properties.when) spans.push(feature.properties.when);
  return {
    layerOf,
    excerptsOf,
    walks: walksOf,
    /** Every route makes (or joins) a walk. */
    hasWalks: corpus.routes.features.length > 0,
    known,
    /** The timeline's dated features (built on the first call). */
    dated: datedItems,
    published,
    whenOf,
    /** Incidents' name ranks from `npm run check`, for the list (see featureList.ts). */
    nameRankOf,
    extent: extentOf(spans),
    sourcesById: new Map(corpus.sources.map((source) => [source.id, source])),
    placesById: new Map(corpus.places.features.map((place) => [place.id, place])),
  };
}

export type CorpusIndex = ReturnType<typeof indexCorpus>;
