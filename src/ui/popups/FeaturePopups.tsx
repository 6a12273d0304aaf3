import type { ReactNode } from 'react';
import type {
  AnchoredExcerpt,
  CompiledIncident,
  CompiledPlace,
  CompiledRoute,
} from '../../data/compiled';
import { describeDatePrecision, formatDate } from '../../view/format';
import { useCrossings } from '../CrossingsContext';
import { ExcerptList, Provenance } from './ExcerptList';

const COUNTRY_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

function countryName(code: string): string {
  return COUNTRY_NAMES.of(code) ?? code;
}

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

export function PlacePopup({ place }: { place: CompiledPlace }) {
  const { name, aliases, kind, country, gazetteer, excerpts, notes } = place.properties;
  return (
    <PopupFrame featureId={place.id} name={name} notes={notes} excerpts={excerpts}>
      {aliases.length > 0 && <p className="popup__aliases">Also: {aliases.join(', ')}</p>}
      <dl className="facts">
        <dt>Kind</dt>
        <dd>
          {kind === 'region' || kind === 'country'
            ? `${kind} (mapped to ${kind} level, not a precise point)`
            : kind}
        </dd>
        <dt>Country</dt>
        <dd>{countryName(country)}</dd>
        <dt>Gazetteer</dt>
        <dd>
          {[
            gazetteer.geonames && `GeoNames ${gazetteer.geonames}`,
            gazetteer.wikidata && `Wikidata ${gazetteer.wikidata}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </dd>
      </dl>
    </PopupFrame>
  );
}

export function RoutePopup({ route }: { route: CompiledRoute }) {
  const { placesById } = useCrossings();
  const { name, stops, legsKm, totalKm, frequency, schematic, excerpts, notes } = route.properties;
  const stopName = (id: string) => placesById.get(id)?.properties.name ?? id;
  return (
    <PopupFrame featureId={route.id} name={name} notes={notes} excerpts={excerpts}>
      <p className="popup__kind">
        {route.properties.kind},{' '}
        {frequency === 'rare'
          ? 'rarely used'
          : frequency === 'usual'
            ? 'the usual way'
            : 'frequency unknown'}
      </p>
      <ol className="legs" aria-label="Stops and legs">
        {stops.map((stop, i) => (
          <li key={`${stop}-${i}`}>
            {stopName(stop)}
            {i < legsKm.length && <span className="legs__km"> ↓ {legsKm[i]} km</span>}
          </li>
        ))}
      </ol>
      <p className="popup__total">Total: {totalKm} km (great-circle, between stops)</p>
      {schematic && (
        <p className="popup__schematic">
          Schematic: straight lines between the stops the text names, not the roads taken.
        </p>
      )}
    </PopupFrame>
  );
}

export function IncidentPopup({ incident }: { incident: CompiledIncident }) {
  const { placesById } = useCrossings();
  const { name, type, when, place, figures, excerpts, notes } = incident.properties;
  const figureEntries = Object.entries(figures ?? {});
  return (
    <PopupFrame featureId={incident.id} name={name} notes={notes} excerpts={excerpts}>
      <dl className="facts">
        <dt>Type</dt>
        <dd>{type}</dd>
        <dt>Date</dt>
        <dd>
          <time dateTime={when.start}>{formatDate(when)}</time>{' '}
          <span className="facts__hint">({describeDatePrecision(when)})</span>
        </dd>
        <dt>Place</dt>
        <dd>{placesById.get(place)?.properties.name ?? place}</dd>
        {figureEntries.map(([figure, value]) => (
          <div key={figure} className="facts__row">
            <dt>{figure === 'atLarge' ? 'at large' : figure}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </PopupFrame>
  );
}
