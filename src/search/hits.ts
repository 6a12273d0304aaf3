/**
 * What a search returns, kept apart from the index so the search box can be
 * in the first bundle while MiniSearch loads later.
 */

export const SEARCH_KINDS = ['place', 'route', 'incident', 'source'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The corpus's kinds, and the rows of the user's own tables (searched in their own workers). */
export type HitKind = SearchKind | 'imported';

export const SEARCH_KIND_LABELS: Record<HitKind, string> = {
  place: 'Places',
  route: 'Routes and flows',
  incident: 'Incidents',
  source: 'Sources',
  imported: 'Your layers (imported, not checked against the sources)',
};

export interface SearchHit {
  /** Feature id, source id for a source, `table id:row index` for an imported row. */
  id: string;
  kind: HitKind;
  name: string;
  /** The alias that matched, when the name itself did not. */
  matchedAlias?: string;
  /** Found only in an excerpt or note, not by its name or an alias. */
  inTextOnly?: boolean;
  /** A short description: kind and country, date and place, outlet and date. */
  detail: string;
}

export interface SearchGroup {
  kind: HitKind;
  hits: SearchHit[];
  /** Matches left out of `hits` to keep the list short. */
  more: number;
}

/** The search box's answer: at most a few hits of each kind, kinds in a fixed order, and how many there are in all. */
export interface GroupedHits {
  groups: SearchGroup[];
  total: number;
}
