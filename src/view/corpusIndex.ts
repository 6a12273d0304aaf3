/**
 * The compiled corpus indexed once for the UI: which layer and which excerpts
 * each id has, what the URL may name, and what the timeline draws.
 */
import type { DeliveredCorpus } from '../data/compiled';
import { sourceTitle } from './format';
import { LAYER_IDS, layerFeatures, type LayerId, type MapLayers } from './layers';
import { loadedWalks } from './lazyWalks';
import type { RouteWalk } from './routeWalk';
import { extentOf, type DatedItem } from './timeline';
import type { KnownIds } from './urlState';

/** Lookups the app needs by id, and the dated items the timeline draws. */
export function indexCorpus(corpus: DeliveredCorpus, layers: MapLayers) {
  const features = [
    ...corpus.places.features,
    ...corpus.routes.features,
    ...corpus.incidents.features,
  ];
  // Incidents' excerpts arrive later, with their details (see IncidentDetailsStore).
  const located = [...corpus.places.features, ...corpus.routes.features];
  const layerOf = new Map<string, LayerId>();
  for (const id of LAYER_IDS)
    for (const feature of layerFeatures(layers, id)) layerOf.set(feature.id, id);
  const excerptsOf = new Map(located.map((feature) => [feature.id, feature.properties.excerpts]));
  // Walks are built when first wanted, once their module has loaded (see lazyWalks.ts); none before.
  let walks: RouteWalk[] | undefined;
  const walksOf = (): RouteWalk[] => {
    const module = loadedWalks();
    if (!module) return [];
    return (walks ??= module.routeWalks(corpus));
  };
  const known: KnownIds = {
    features: new Set(features.map((feature) => feature.id)),
    sources: new Set(corpus.sources.map((source) => source.id)),
    excerptCounts: new Map([
      ...[...excerptsOf].map(([id, excerpts]): [string, number] => [id, excerpts.length]),
      ...corpus.incidents.features.map((incident, i): [string, number] => [
        incident.id,
        corpus.incidentDetails.excerptCounts[i]!,
      ]),
    ]),
    walkSteps: { get: (id) => walksOf().find((walk) => walk.id === id)?.steps.length },
  };
  const dated: DatedItem[] = [...corpus.incidents.features, ...corpus.routes.features].flatMap(
    (feature) =>
      feature.properties.when
        ? [{ id: feature.id, label: feature.properties.name, when: feature.properties.when }]
        : [],
  );
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
  return {
    layerOf,
    excerptsOf,
    walks: walksOf,
    /** Every route makes (or joins) a walk. */
    hasWalks: corpus.routes.features.length > 0,
    known,
    dated,
    published,
    whenOf: new Map(dated.map((item) => [item.id, item.when])),
    extent: extentOf([...dated, ...published].map((item) => item.when)),
    sourcesById: new Map(corpus.sources.map((source) => [source.id, source])),
    placesById: new Map(corpus.places.features.map((place) => [place.id, place])),
  };
}
