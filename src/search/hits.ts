/**
 * What a search returns, kept apart from the index so the search box can be
 * in the first bundle while MiniSearch loads later.
 */

export const SEARCH_KINDS = ['place', 'route', 'incident', 'source'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  place: 'Places',
  route: 'Routes and flows',
  incident: 'Incidents',
  source: 'Sources',
};

export interface SearchHit {
  /** Feature id, or source id for a source. */
  id: string;
  kind: SearchKind;
  name: string;
  /** The alias that matched, when the name itself did not. */
  matchedAlias?: string;
  /** Found only in an excerpt or note, not by its name or an alias. */
  inTextOnly?: boolean;
  /** A short description: kind and country, date and place, outlet and date. */
  detail: string;
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
  /** Matches left out of `hits` to keep the list short. */
  more: number;
}

/** The search box's answer: at most a few hits of each kind, kinds in a fixed order, and how many there are in all. */
export interface GroupedHits {
  groups: SearchGroup[];
  total: number;
}
