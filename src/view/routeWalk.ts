/**
 * A route walked stop by stop in the order the text gives it. Routes of one
 * kind that share stops (a main route and its branches) are one walk: the
 * first route's stops, then each branch's new stops, each reached by its own
 * leg.
 */
import type { AnchoredExcerpt, CorpusBase, CompiledPlace, CompiledRoute } from '../data/compiled';
import type { BorderCrossing, NearestBorder } from '../geo/borderMeasures';
import { findMentions } from './textSegments';
import type { QuoteRef } from './urlState';

export interface WalkLeg {
  route: CompiledRoute;
  /** Index of the leg in its route: stop `index` → stop `index + 1`. */
  index: number;
  from: CompiledPlace;
  km: number;
  /** Where this leg, as drawn, crosses a reference border. */
  crossings: BorderCrossing[];
}

export interface WalkStep {
  place: CompiledPlace;
  /** How the walk reaches this stop; absent for the first. */
  leg?: WalkLeg;
  /** The route's passage that names this stop, or its first passage when none does. */
  excerpt: AnchoredExcerpt;
  quote: QuoteRef;
}

export interface RouteWalk {
  /** The first route's id; links name the walk by it. */
  id: string;
  routes: CompiledRoute[];
  steps: WalkStep[];
}

/** Within this distance of a border line, a stop is where the route meets the border. */
const AT_BORDER_KM = 5;

/** The border a stop lies on, when the leg to it crosses none: where the text's route meets it. */
export function borderMet(step: WalkStep): NearestBorder | null {
  const near = step.place.properties.nearestBorder;
  const crossed = (step.leg?.crossings.length ?? 0) > 0;
  return !crossed && near && near.km <= AT_BORDER_KM ? near : null;
}

/** Routes of the same kind joined by a shared stop, in file order. */
function networks(routes: readonly CompiledRoute[]): CompiledRoute[][] {
  const groups: CompiledRoute[][] = [];
  for (const route of routes) {
    const stops = new Set(route.properties.stops);
    const joined = groups.filter((group) =>
      group.some(
        (other) =>
          other.properties.kind === route.properties.kind &&
          other.properties.stops.some((stop) => stops.has(stop)),
      ),
    );
    const merged = [...joined.flat(), route].sort((a, b) => routes.indexOf(a) - routes.indexOf(b));
    for (const group of joined) groups.splice(groups.indexOf(group), 1);
    groups.push(merged);
  }
  return groups.sort((a, b) => routes.indexOf(a[0]!) - routes.indexOf(b[0]!));
}

function supportFor(
  route: CompiledRoute,
  place: CompiledPlace,
): Pick<WalkStep, 'excerpt' | 'quote'> {
  const names = [{ id: place.id, names: [place.properties.name, ...place.properties.aliases] }];
  const { excerpts } = route.properties;
  const found = excerpts.findIndex((excerpt) => findMentions(excerpt.quote, names).length > 0);
  const excerptIndex = Math.max(found, 0);
  return { excerpt: excerpts[excerptIndex]!, quote: { featureId: route.id, excerptIndex } };
}

function walkOf(
  routes: CompiledRoute[],
  placesById: ReadonlyMap<string, CompiledPlace>,
): RouteWalk {
  const steps: WalkStep[] = [];
  const visited = new Set<string>();
  for (const route of routes) {
    const { stops, legsKm, crossings } = route.properties;
    stops.forEach((stop, i) => {
      if (visited.has(stop)) return;
      visited.add(stop);
      const place = placesById.get(stop)!;
      const leg =
        i === 0
          ? undefined
          : {
              route,
              index: i - 1,
              from: placesById.get(stops[i - 1]!)!,
              km: legsKm[i - 1]!,
              crossings: crossings.filter((crossing) => crossing.leg === i - 1),
            };
      steps.push({ place, ...(leg ? { leg } : {}), ...supportFor(route, place) });
    });
  }
  return { id: routes[0]!.id, routes, steps };
}

/** Every walk the corpus's routes make, the main smuggling route first. */
export function routeWalks(corpus: CorpusBase): RouteWalk[] {
  const placesById = new Map(corpus.places.features.map((place) => [place.id, place]));
  const routes = [...corpus.routes.features].sort(
    (a, b) =>
      Number(b.properties.kind === 'smuggling route') -
      Number(a.properties.kind === 'smuggling route'),
  );
  return networks(routes).map((group) => walkOf(group, placesById));
}

/** The walk a route belongs to, and the step of its first leg (the first step for the main route). */
export function walkStart(
  walks: readonly RouteWalk[],
  routeId: string,
): { walk: RouteWalk; step: number } | undefined {
  const walk = walks.find((candidate) => candidate.routes.some((route) => route.id === routeId));
  if (!walk) return undefined;
  const step = walk.steps.findIndex((candidate) => candidate.leg?.route.id === routeId);
  return { walk, step: walk.routes[0]!.id === routeId ? 0 : Math.max(step, 0) };
}
