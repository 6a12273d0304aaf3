import { createContext, useContext } from 'react';
import type { CompiledPlace, CompiledSource, DeliveredCorpus } from '../data/compiled';
import type { IncidentDetailsStore } from '../data/incidentDetails';
import type { QuoteRef } from '../view/urlState';

export interface CrossingsActions {
  /** Opens a source in the reader, highlighting one excerpt if given. */
  openSource(sourceId: string, quote?: QuoteRef): void;
  /** Selects a feature: flies to it and opens its popup (turning its layer on if needed). */
  selectFeature(featureId: string): void;
  /** Starts the route walk a route belongs to, at the first leg of that route. */
  walkRoute(routeId: string): void;
}

export interface CrossingsContextValue extends CrossingsActions {
  corpus: DeliveredCorpus;
  /** Incidents' excerpts, figures and notes, fetched when first needed. */
  details: IncidentDetailsStore;
  sourcesById: ReadonlyMap<string, CompiledSource>;
  placesById: ReadonlyMap<string, CompiledPlace>;
}

export const CrossingsContext = createContext<CrossingsContextValue | null>(null);

/** The corpus and the app's actions, for components anywhere below <Crossings>. */
export function useCrossings(): CrossingsContextValue {
  const value = useContext(CrossingsContext);
  if (!value)
    throw new Error(
      'useCrossings() must be used inside <CrossingsContext.Provider> (see src/ui/state/AppProvider.tsx).',
    );
  return value;
}
