import { use, useEffect, useRef } from 'react';
import type { CompiledPlace } from '../../data/compiled';
import { relatedFeatures } from '../../view/related';
import { useCrossings } from '../CrossingsContext';
import { useApp } from '../state/AppContext';
import { ExcerptList, Provenance } from './ExcerptList';
import { DateFact, FigureList, PlacementFact } from './facts';

/**
 * The incidents the texts place only on this area (a country, a continent, a
 * region). They are not points on the map, since the area's marker is not
 * where they happened; here each can be opened in place, with its date,
 * figures and passages. The one selected (from search, the list or a link)
 * is open and in view.
 */
export function AreaIncidents({ area }: { area: CompiledPlace }) {
  const { corpus, details } = useCrossings();
  const { state } = useApp();
  const selected = state.link.feature;
  const summaries = relatedFeatures(corpus, area.id).incidents;
  const incidents = use(details.incidentsOf(summaries.map((incident) => incident.id)));
  const openRef = useRef<HTMLDetailsElement | null>(null);
  useEffect(() => {
    openRef.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  if (incidents.length === 0) return null;
  const { name } = area.properties;
  return (
    <section className="area-incidents" aria-labelledby={`area-incidents-${area.id}`}>
      <h3 className="related__title" id={`area-incidents-${area.id}`}>
        {incidents.length} incident{incidents.length === 1 ? '' : 's'}, place not given
      </h3>
      <p className="area-incidents__note">
        The texts place {incidents.length === 1 ? 'it' : 'them'} only in {name}, so{' '}
        {incidents.length === 1 ? 'it is' : 'they are'} not drawn as points.
      </p>
      <ul className="related__list">
        {incidents.map((incident) => {
          const isSelected = incident.id === selected;
          const { type, when, figures, excerpts, notes } = incident.properties;
          return (
            <li key={incident.id}>
              <details
                open={isSelected}
                ref={isSelected ? openRef : undefined}
                data-feature-id={incident.id}
                className={isSelected ? 'area-incidents__item--selected' : undefined}
              >
                <summary>{incident.properties.name}</summary>
                <dl className="facts">
                  <dt>Type</dt>
                  <dd>{type}</dd>
                  <DateFact when={when} />
                  <FigureList figures={figures} />
                  <PlacementFact placement={incident.properties.claim?.placement} />
                </dl>
                {notes && <p className="popup__notes">{notes}</p>}
                <Provenance excerpts={excerpts} />
                <ExcerptList featureId={incident.id} excerpts={excerpts} />
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
