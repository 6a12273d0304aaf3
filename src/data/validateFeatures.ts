/**
 * Checks that span files: ids unique across layers, references that resolve,
 * quotes found verbatim in their source, places inside their country.
 */
import type { Position } from 'geojson';
import type { CountryIndex } from '../geo/countries';
import type { AnchoredExcerpt } from './compiled';
import { checkFigures, type Movement } from './figures';
import type { Problem, Severity } from './problems';
import { anchorQuote, closestPassage } from './quotes';
import type { ItemsRead } from './readJsonFile';
import type { Excerpt, Figure, Incident, Place, Route } from './schema';
import { checkIncidentClaim, checkRouteClaim, type PlaceLookup } from './validateClaims';
import type { SourcesRead } from './validateSources';

/**
 * Beyond this distance outside its country a place is an error. Natural Earth's
 * 1:10m border is generalised, so a town on the border can fall a little on the
 * wrong side of it; within this distance that is a warning, not a broken build.
 */
export const BORDER_TOLERANCE_KM = 3;

type LayerRead = ItemsRead<{
  id: string;
  properties: { excerpts: Excerpt[]; figures?: Figure[] };
}> & { file: string };

export interface LayersRead {
  places: ItemsRead<Place> & { file: string };
  routes: ItemsRead<Route> & { file: string };
  incidents: ItemsRead<Incident> & { file: string };
}

export interface FeatureChecks {
  problems: Problem[];
  /** Anchored excerpts of every feature whose quotes were all found, by feature id. */
  anchoredExcerpts: Map<string, AnchoredExcerpt[]>;
}

/**
 * What `npm run places` wrote is valid but unreviewed: a warning per draft is
 * the editor's to-do list, and does not stop the build.
 */
function reportDrafts(
  feature: { properties: { excerpts: Excerpt[]; draft?: unknown } },
  report: Report,
): void {
  if (feature.properties.draft)
    report(
      'properties.draft',
      'is a draft from `npm run places`: check the gazetteer entry, kind and name, then remove "draft"',
      'warning',
    );
  feature.properties.excerpts.forEach((excerpt, index) => {
    if (excerpt.draft)
      report(
        `properties.excerpts[${index}].draft`,
        'is a draft from `npm run places`: check that the quote supports the place, then remove "draft"',
        'warning',
      );
  });
}

type Report = (field: string, message: string, severity?: Severity) => void;

/**
 * Problems already reported (an unreadable file, a feature or source that
 * failed its schema) are not reported again as broken references.
 */
export function checkFeatures(
  layers: LayersRead,
  sources: SourcesRead,
  countries: CountryIndex,
  /** Ids in measures.json; null when it could not be read. */
  measureIds: ReadonlySet<string> | null,
): FeatureChecks {
  const problems: Problem[] = [];
  const anchoredExcerpts = new Map<string, AnchoredExcerpt[]>();
  const { places } = layers;
  const placeIds = places.readable
    ? new Set([...places.items.map((item) => item.value.id), ...places.invalidIds])
    : null;
  const isUnknownPlace = (id: string) => placeIds !== null && !placeIds.has(id);
  const allIds = new Set<string>();
  const placeNames = new Map(
    places.items.map(({ value: place }) => [
      place.id,
      {
        name: place.properties.name,
        names: [place.properties.name, ...place.properties.aliases],
        kind: place.properties.kind,
      },
    ]),
  );
  const placeLookup: PlaceLookup = (id) => placeNames.get(id);
  const movementOf = (feature: LayerRead['items'][number]['value']): Movement | null => {
    const stops = (feature.properties as { stops?: string[] }).stops;
    const [from, to] = [stops?.[0], stops?.at(-1)].map((id) => (id ? placeLookup(id) : undefined));
    return from && to ? { from, to } : null;
  };
  const projectedIn = new Map<string, { done: number; projected: Report[] }>();

  const reporter =
    (layer: LayerRead, id: string, index: number): Report =>
    (field, message, severity = 'error') =>
      problems.push({
        file: layer.file,
        id,
        field,
        severity,
        message,
        line: layer.lineOf(index, field),
      });

  for (const layer of [layers.places, layers.routes, layers.incidents] as LayerRead[]) {
    for (const id of layer.invalidIds) allIds.add(id);
    for (const { value: feature, index } of layer.items) {
      const report = reporter(layer, feature.id, index);
      if (allIds.has(feature.id))
        report('id', 'is already used by another feature: ids must be unique across all layers');
      allIds.add(feature.id);
      reportDrafts(feature, report);
      const anchored = anchorExcerpts(feature.properties.excerpts, sources, report);
      if (anchored) anchoredExcerpts.set(feature.id, anchored);
      if (anchored && feature.properties.figures)
        checkFigures(
          feature.properties.figures,
          feature.properties.excerpts,
          measureIds,
          report,
          layer === layers.routes ? movementOf(feature) : null,
        );
      feature.properties.figures?.forEach((figure, i) => {
        const tally = projectedIn.get(figure.measure) ?? { done: 0, projected: [] };
        if (figure.projected)
          tally.projected.push((field, message) =>
            report(`properties.figures[${i}]${field}`, message),
          );
        else tally.done += 1;
        projectedIn.set(figure.measure, tally);
      });
    }
  }
  // What could happen is not a count of what did: a measure holds one or the other.
  for (const [measure, { done, projected }] of projectedIn)
    if (done > 0)
      for (const report of projected)
        report(
          '.measure',
          `is "${measure}", which holds ${done} figure${done === 1 ? '' : 's'} reported as done; ` +
            'a projected figure needs a measure of its own (add one to measures.json)',
        );
  for (const { value: place, index } of layers.places.items) {
    checkPlacePosition(place, countries, reporter(layers.places, place.id, index));
  }
  for (const { value: route, index } of layers.routes.items) {
    const report = reporter(layers.routes, route.id, index);
    route.properties.stops.forEach((stop, i) => {
      if (isUnknownPlace(stop)) report(`properties.stops[${i}]`, unknownPlace(stop, layers));
    });
    // A claim is read against its excerpts: not before they are found in their sources.
    if (anchoredExcerpts.has(route.id)) checkRouteClaim(route, placeLookup, report);
  }
  for (const { value: incident, index } of layers.incidents.items) {
    const { place } = incident.properties;
    const report = reporter(layers.incidents, incident.id, index);
    if (isUnknownPlace(place)) report('properties.place', unknownPlace(place, layers));
    if (anchoredExcerpts.has(incident.id)) checkIncidentClaim(incident, placeLookup, report);
  }
  return { problems, anchoredExcerpts };
}

function unknownPlace(id: string, layers: LayersRead): string {
  return `"${id}" is not the id of a place in ${layers.places.file}: add the place there first, or fix the id`;
}

function anchorExcerpts(
  excerpts: Excerpt[],
  sources: SourcesRead,
  report: Report,
): AnchoredExcerpt[] | null {
  const anchored: AnchoredExcerpt[] = [];
  excerpts.forEach((excerpt, i) => {
    if (sources.knownIds && !sources.knownIds.has(excerpt.source)) {
      report(
        `properties.excerpts[${i}].source`,
        `"${excerpt.source}" is not the id of a source in sources.json`,
      );
      return;
    }
    const source = sources.texts.get(excerpt.source);
    if (source === undefined) return; // The source's own problem is reported with it.
    const anchor = anchorQuote(source, excerpt.quote);
    if (!anchor) {
      report(
        `properties.excerpts[${i}].quote`,
        `is not a verbatim passage of source "${excerpt.source}" (only whitespace and typographic quotes may differ). ` +
          `Closest passage: "${closestPassage(source, excerpt.quote)}"`,
      );
      return;
    }
    anchored.push({ ...excerpt, selector: [anchor.quote, anchor.position] });
  });
  return anchored.length === excerpts.length ? anchored : null;
}

function checkPlacePosition(place: Place, countries: CountryIndex, report: Report): void {
  const { country, kind } = place.properties;
  if (country === null) {
    // A continent spans countries; every other place lies in (or is) one.
    if (kind !== 'continent')
      report('properties.country', `must be a country code: only a continent may have none`);
    return;
  }
  const position = place.geometry.coordinates;
  const [lon, lat] = position as [number, number];
  if (!countries.has(country)) {
    report(
      'properties.country',
      `"${country}" is not an ISO 3166-1 alpha-2 code of a country in Natural Earth`,
    );
    return;
  }
  const swapped: Position = [lat, lon];
  const swappedFits = inRange(swapped) && countries.contains(country, swapped);
  const swapMessage = `[${lon}, ${lat}] looks like [latitude, longitude]: GeoJSON wants [longitude, latitude], i.e. [${lat}, ${lon}]`;
  if (!inRange(position)) {
    report(
      'geometry.coordinates',
      swappedFits
        ? swapMessage
        : `[${lon}, ${lat}] is out of range: longitude must be within ±180 and latitude within ±90`,
    );
    return;
  }
  if (countries.contains(country, position)) return;
  if (swappedFits) {
    report('geometry.coordinates', swapMessage);
    return;
  }
  const km = countries.distanceToBoundaryKm(country, position);
  const outside = `[${lon}, ${lat}] lies ${km.toFixed(1)} km outside ${country} (Natural Earth 1:10m)`;
  if (km <= BORDER_TOLERANCE_KM) {
    report(
      'geometry.coordinates',
      `${outside}, within the ${BORDER_TOLERANCE_KM} km allowed for the generalised border: check it is the gazetteer's point`,
      'warning',
    );
  } else {
    report('geometry.coordinates', `${outside}: use the gazetteer's point, or fix "country"`);
  }
}

function inRange([lon, lat]: Position): boolean {
  return lon! >= -180 && lon! <= 180 && lat! >= -90 && lat! <= 90;
}
