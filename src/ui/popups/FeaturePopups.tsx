import { use, type ReactNode } from 'react';
import type {
  AnchoredExcerpt,
  CompiledPlace,
  CompiledRoute,
  IncidentSummary,
} from '../../data/compiled';
import { AREA_KINDS } from '../../data/kinds';
import type { PlaceProperties, RouteProperties } from '../../data/schema';
import { describeFigure, movementEnds } from '../../view/format';
import { relatedFeatures } from '../../view/related';
import { useCrossings } from '../CrossingsContext';
import { AreaIncidents } from './AreaIncidents';
import { ExcerptList, Provenance } from './ExcerptList';
import { DateFact, FigureList, PlacementFact } from './facts';

const COUNTRY_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

function countryName(code: string | null): string {
  return code === null ? 'spans several countries' : (COUNTRY_NAMES.of(code) ?? code);
}

/** How precise the marker is, in words: an area's point is never a location. */
function placePrecision({ kind, markedAt }: PlaceProperties): string {
  if (kind === 'region')
    return markedAt
      ? `region: marker at its ${markedAt.relation}, ${markedAt.name}; its extent is not drawn`
      : 'region: marker at the gazetteer point of the whole region';
  if (kind === 'country' || kind === 'continent')
    return `${kind}: marker at the gazetteer point of the whole ${kind}, not a location in it`;
  return kind;
}

const CERTAINTY_TEXT: Record<RouteProperties['certainty'], string> = {
  reported: 'reported by the article',
  attributed: 'attributed by the article to another source',
  expected: 'expected or feared, not reported as having happened',
};

const FREQUENCY_TEXT: Record<RouteProperties['frequency'], string | null> = {
  usual: 'the usual way',
  rare: 'rarely used',
  unknown: null,
};

/** What every popup shares: the title (focused when opened by keyboard), notes, provenance and excerpts. */
function PopupFrame({
  featureId,
  name,
  notes,
  excerpts,
  children,
}: {
  featureId: string;
  name: string;
  notes: string | undefined;
  excerpts: AnchoredExcerpt[];
  children: ReactNode;
}) {
  return (
    <article className="popup" aria-label={name}>
      <h2 className="popup__title" tabIndex={-1}>
        {name}
      </h2>
      {children}
      {notes && <p className="popup__notes">{notes}</p>}
      <Provenance excerpts={excerpts} />
      <ExcerptList featureId={featureId} excerpts={excerpts} />
    </article>
  );
}

/**
 * Movements and incidents at a place, each with its figures and a button that
 * selects it. An area's own incidents are not among them: AreaIncidents lists
 * those, since they have no marker to select.
 */
function RelatedList({ placeId, isArea }: { placeId: string; isArea: boolean }) {
  const { corpus, details, selectFeature, placesById } = useCrossings();
  const here = relatedFeatures(corpus, placeId);
  const routes = here.routes;
  const incidents = isArea ? [] : here.incidents;
  const related = [
    ...routes,
    ...use(details.incidentsOf(incidents.map((incident) => incident.id))),
  ];
  if (related.length === 0) return null;
  const nameOf = (id: string) => placesById.get(id)?.properties.name ?? id;
  const endsOf = (feature: (typeof related)[number]) =>
    'stops' in feature.properties ? movementEnds(feature.properties.stops, nameOf) : null;
  return (
    <section className="related" aria-label="Reported here">
      <h3 className="related__title">Reported here ({related.length})</h3>
      <ul className="related__list">
        {related.map((feature) => (
          <li key={feature.id}>
            <button type="button" className="link-button" onClick={() => selectFeature(feature.id)}>
              {feature.properties.name}
            </button>
            {feature.properties.figures?.length ? (
              <span className="related__figures">
                {' '}
                —{' '}
                {feature.properties.figures
                  .map((figure) => describeFigure(figure, endsOf(feature)))
                  .join('; ')}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Farther than this, the distance to a border says nothing about a place the texts care about. */
const BORDER_FACT_KM = 50;

/** How far a settlement or region lies from the nearest reference border, measured at check time. */
function BorderDistance({ place }: { place: CompiledPlace }) {
  const near = place.properties.nearestBorder;
  const relevant = near && (place.properties.kind === 'border town' || near.km <= BORDER_FACT_KM);
  if (!relevant) return null;
  return (
    <>
      <dt>To the border</dt>
      <dd className="popup__border-distance">
        {near.km < 0.1 ? 'less than 0.1' : near.km} km to the {near.name} (great-circle to the
        nearest point of the Natural Earth 1:10m line)
      </dd>
    </>
  );
}

export function PlacePopup({ place }: { place: CompiledPlace }) {
  const { name, aliases, country, gazetteer, markedAt, excerpts, notes, draft, figures } =
    place.properties;
  return (
    <PopupFrame featureId={place.id} name={name} notes={notes} excerpts={excerpts}>
      {draft && (
        <p className="draft-note" role="note">
          <strong>Draft, not yet reviewed.</strong> Found by the place finder ({draft.confidence}{' '}
          confidence): {draft.why}.
        </p>
      )}
      {aliases.length > 0 && <p className="popup__aliases">Also: {aliases.join(', ')}</p>}
      <dl className="facts">
        <dt>Kind</dt>
        <dd>{placePrecision(place.properties)}</dd>
        <dt>Country</dt>
        <dd>{countryName(country)}</dd>
        <dt>Gazetteer</dt>
        <dd>
          {[
            gazetteer.geonames && `GeoNames ${gazetteer.geonames}`,
            gazetteer.wikidata && `Wikidata ${gazetteer.wikidata}`,
            markedAt?.gazetteer.geonames && `marker: GeoNames ${markedAt.gazetteer.geonames}`,
            markedAt?.gazetteer.wikidata && `marker: Wikidata ${markedAt.gazetteer.wikidata}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </dd>
        <BorderDistance place={place} />
        <FigureList figures={figures} />
      </dl>
      {AREA_KINDS.includes(place.properties.kind) && <AreaIncidents area={place} />}
      <RelatedList placeId={place.id} isArea={AREA_KINDS.includes(place.properties.kind)} />
    </PopupFrame>
  );
}

export function RoutePopup({ route }: { route: CompiledRoute }) {
  const { placesById, walkRoute } = useCrossings();
  const { name, kind, stops, legsKm, totalKm, frequency, certainty, when, figures } =
    route.properties;
  const stopName = (id: string) => placesById.get(id)?.properties.name ?? id;
  const frequencyText = FREQUENCY_TEXT[frequency];
  return (
    <PopupFrame
      featureId={route.id}
      name={name}
      notes={route.properties.notes}
      excerpts={route.properties.excerpts}
    >
      <p className="popup__kind">
        {kind}
        {frequencyText && `, ${frequencyText}`}
      </p>
      <dl className="facts">
        <dt>Certainty</dt>
        <dd>{CERTAINTY_TEXT[certainty]}</dd>
        {when && <DateFact when={when} />}
        <FigureList figures={figures} ends={movementEnds(stops, stopName)} />
        <PlacementFact placement={route.properties.claim?.placement} />
      </dl>
      <ol className="legs" aria-label="Stops and legs">
        {stops.map((stop, i) => (
          <li key={`${stop}-${i}`}>
            {stopName(stop)}
            {i < legsKm.length && <span className="legs__km"> ↓ {legsKm[i]} km</span>}
          </li>
        ))}
      </ol>
      <p className="popup__total">Total: {totalKm} km (great-circle, between stops)</p>
      <button type="button" className="link-button" onClick={() => walkRoute(route.id)}>
        Walk this route, stop by stop
      </button>
      {route.properties.schematic && <SchematicNote route={route} />}
    </PopupFrame>
  );
}

function SchematicNote({ route }: { route: CompiledRoute }) {
  const { placesById } = useCrossings();
  const { hasArcs, stops } = route.properties;
  const areaStops = stops.some((stop) => {
    const kind = placesById.get(stop)?.properties.kind;
    return kind !== undefined && AREA_KINDS.includes(kind);
  });
  return (
    <p className="popup__schematic">
      Schematic: {hasArcs ? 'great-circle arcs' : 'straight lines'} between the places the text
      names, not the paths taken
      {areaStops && '; a country or region is drawn at its gazetteer point, not where people went'}.
    </p>
  );
}

export function IncidentPopup({ incident: summary }: { incident: IncidentSummary }) {
  const { placesById, details } = useCrossings();
  const incident = use(details.incident(summary.id));
  const { name, type, when, place, figures, excerpts, notes } = incident.properties;
  return (
    <PopupFrame featureId={incident.id} name={name} notes={notes} excerpts={excerpts}>
      <dl className="facts">
        <dt>Type</dt>
        <dd>{type}</dd>
        <DateFact when={when} />
        <dt>Place</dt>
        <dd>{placesById.get(place)?.properties.name ?? place}</dd>
        <FigureList figures={figures} />
        <PlacementFact placement={incident.properties.claim?.placement} />
      </dl>
    </PopupFrame>
  );
}
