/**
 * Turns validated authored data into the compiled corpus the app loads:
 * geometry from stops and places, excerpts anchored, dates as spans.
 */
import { focusBox } from '../geo/focusBox';
import { DEFAULT_FOCUS_MARGIN_KM, type Focus } from './validateFocus';
import bbox from '@turf/bbox';
import type { Point } from 'geojson';
import { borderCrossings, nearestBorder } from '../geo/borderMeasures';
import { legLines, routeGeometry } from '../geo/routes';
import type {
  AnchoredExcerpt,
  CompiledBorder,
  CompiledFigure,
  CompiledCorpus,
  CompiledIncident,
  CompiledPlace,
  CompiledRoute,
} from './compiled';
import { dateSpanOf } from './dates';
import type { Problem } from './problems';
import { locateFigure } from './figures';
import type { Excerpt, Figure, Incident, Measure, Place, Route, Source } from './schema';
import { sourceTextPath } from './validateSources';

export interface ValidatedCorpus {
  sources: Source[];
  places: Place[];
  routes: Route[];
  incidents: Incident[];
  anchoredExcerpts: ReadonlyMap<string, AnchoredExcerpt[]>;
  borders: CompiledBorder[];
  measures: Measure[];
  /** geo/focus.json, or null without one. */
  focus: Focus | null;
  warnings: Problem[];
}

/** Replaces the authored figures, so none reaches the app unlocated. */
function compileFigures(
  figures: Figure[] | undefined,
  excerpts: Excerpt[],
): { figures: CompiledFigure[] | undefined } {
  return {
    figures: figures?.map((figure) => ({
      ...figure,
      excerpt: locateFigure(figure, excerpts)!.excerpt,
      ...(figure.refersTo === null ? {} : { when: dateSpanOf(figure.refersTo) }),
    })),
  };
}

/**
 * The first view frames the settlements and regions; countries and continents
 * (reached by long flows) would zoom it out to the whole world.
 */
function initialView(places: CompiledPlace[]): number[] {
  const local = places.filter(
    (place) => place.properties.kind !== 'country' && place.properties.kind !== 'continent',
  );
  const framed = local.length > 0 ? local : places;
  if (framed.length === 0) return [-180, -90, 180, 90];
  return bbox({ type: 'FeatureCollection', features: framed });
}

/** The focus's box: as given, or round the named features (a route by its stops). */
function compileFocus(focus: Focus, validated: ValidatedCorpus): [number, number, number, number] {
  if ('box' in focus) return focus.box;
  const pointOf = new Map(validated.places.map((place) => [place.id, place.geometry.coordinates]));
  const stopsOf = new Map(validated.routes.map((route) => [route.id, route.properties.stops]));
  const points = focus.features.flatMap((id) =>
    (stopsOf.get(id) ?? [id]).map((placeId) => pointOf.get(placeId)!),
  );
  return focusBox(points, focus.marginKm ?? DEFAULT_FOCUS_MARGIN_KM);
}

/** Assumes `validated` passed every check: ids resolve and every excerpt is anchored. */
export function compileCorpus(validated: ValidatedCorpus): CompiledCorpus {
  const excerptsOf = (id: string) => validated.anchoredExcerpts.get(id)!;
  const pointOf = new Map(validated.places.map((place) => [place.id, place.geometry]));

  const places: CompiledPlace[] = validated.places.map((place) => {
    const isWhole = place.properties.kind === 'country' || place.properties.kind === 'continent';
    const border = isWhole ? null : nearestBorder(place.geometry.coordinates, validated.borders);
    return {
      ...place,
      geometry: { type: 'Point', coordinates: [...place.geometry.coordinates] },
      properties: {
        ...place.properties,
        excerpts: excerptsOf(place.id),
        ...compileFigures(place.properties.figures, place.properties.excerpts),
        ...(border ? { nearestBorder: border } : {}),
      },
    };
  });
  const routes: CompiledRoute[] = validated.routes.map((route) => {
    const stops = route.properties.stops.map((stop) => pointOf.get(stop)!.coordinates);
    const { line, ...measures } = routeGeometry(stops);
    const { date } = route.properties;
    return {
      ...route,
      geometry: line,
      properties: {
        ...route.properties,
        excerpts: excerptsOf(route.id),
        ...compileFigures(route.properties.figures, route.properties.excerpts),
        ...measures,
        crossings: borderCrossings(legLines(stops), validated.borders),
        ...(date === undefined ? {} : { when: dateSpanOf(date) }),
      },
    };
  });
  const incidents: CompiledIncident[] = validated.incidents.map((incident) => ({
    ...incident,
    geometry: { ...(pointOf.get(incident.properties.place) as Point) },
    properties: {
      ...incident.properties,
      excerpts: excerptsOf(incident.id),
      ...compileFigures(incident.properties.figures, incident.properties.excerpts),
      when: dateSpanOf(incident.properties.date),
    },
  }));

  const [west, south, east, north] = initialView(places);
  const bboxOfPlaces: [number, number, number, number] = [west!, south!, east!, north!];
  return {
    formatVersion: 1,
    bbox: bboxOfPlaces,
    focus: validated.focus ? compileFocus(validated.focus, validated) : bboxOfPlaces,
    sources: validated.sources.map((source) => ({
      ...source,
      textPath: sourceTextPath(source.id),
      ...(source.published === null ? {} : { publishedSpan: dateSpanOf(source.published) }),
    })),
    places: { type: 'FeatureCollection', features: places },
    routes: { type: 'FeatureCollection', features: routes },
    incidents: { type: 'FeatureCollection', features: incidents },
    borders: { type: 'FeatureCollection', features: validated.borders },
    measures: validated.measures,
    warnings: validated.warnings,
  };
}
