/**
 * How well the place finder reproduces what an editor curated: recall of the
 * settlements geo/ maps from an article, and precision of what it accepts.
 */
import type { PlaceCandidate, PlaceFinding } from './findPlaces';

/** A curated place, as the score needs it. */
export interface CuratedPlace {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  /** Its own GeoNames id, and its seat's for a region. */
  geonameIds: readonly number[];
}

export interface ArticleScore {
  /** Settlements geo/ maps from the article. */
  settlements: number;
  /** Those the finder accepted (confidence high or medium). */
  found: number;
  /** "Sari Kani → ras-al-ayn": curated settlements the finder missed. */
  misses: string[];
  /** Places the finder accepted. */
  accepted: number;
  /** Accepted places that geo/ maps from this article. */
  correct: number;
  /** Accepted places geo/ does not map from this article. */
  unexpected: string[];
}

const SETTLEMENT_KINDS = new Set(['city', 'town', 'border town']);

/**
 * @param curated the places in geo/ that quote this article.
 * @example scoreArticle(findPlaces(text, gazetteer), curated) // { settlements: 8, found: 8, misses: [], … }
 */
export function scoreArticle(
  finding: PlaceFinding,
  curated: readonly CuratedPlace[],
): ArticleScore {
  const accepted = finding.candidates.filter((candidate) => candidate.confidence !== 'low');
  const settlements = curated.filter((place) => SETTLEMENT_KINDS.has(place.kind));
  const missed = settlements.filter((place) => !accepted.some((c) => means(c, place)));
  const unexpected = accepted.filter((c) => !curated.some((place) => means(c, place)));
  return {
    settlements: settlements.length,
    found: settlements.length - missed.length,
    misses: missed.map((place) => place.id),
    accepted: accepted.length,
    correct: accepted.length - unexpected.length,
    unexpected: unexpected.map(
      (c) => `“${c.spelling}” → ${c.gazetteer?.name ?? c.country} (${c.kind})`,
    ),
  };
}

/** Does the candidate stand for the curated place: by id, by GeoNames id, or as the same country? */
function means(candidate: PlaceCandidate, place: CuratedPlace): boolean {
  if (candidate.known !== null) return candidate.known === place.id;
  if (candidate.kind === 'country')
    return place.kind === 'country' && place.country === candidate.country;
  return candidate.gazetteer !== null && place.geonameIds.includes(candidate.gazetteer.geonameId);
}

export function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/** An article's answer key: every settlement it names, as GeoNames ids (tests/fixtures/places/unseen/). */
export interface AnswerKey {
  /** The first spelling of each settlement → its GeoNames id. */
  settlements: Record<string, number>;
}

export interface KeyScore {
  settlements: number;
  /** Settlements drafted (high or medium confidence) at their GeoNames point. */
  found: number;
  misses: string[];
  /** Settlements and regions drafted: countries are not counted either way. */
  drafted: number;
  /** Drafts that are none of the article's settlements: "“Mansura” → Mansura, US". */
  falseDrafts: string[];
}

/**
 * @param geonameIdsOf the GeoNames ids a candidate stands for: its own, or a curated place's.
 */
export function scoreAgainstKey(
  finding: PlaceFinding,
  key: AnswerKey,
  geonameIdsOf: (candidate: PlaceCandidate) => readonly number[],
): KeyScore {
  const drafts = finding.candidates.filter(
    (candidate) =>
      candidate.confidence !== 'low' &&
      (candidate.kind === 'settlement' || candidate.kind === 'region'),
  );
  const expected = Object.entries(key.settlements);
  const wanted = new Set(expected.map(([, id]) => id));
  const drafted = new Set(drafts.flatMap(geonameIdsOf));
  const misses = expected.filter(([, id]) => !drafted.has(id)).map(([spelling]) => spelling);
  return {
    settlements: expected.length,
    found: expected.length - misses.length,
    misses,
    drafted: drafts.length,
    falseDrafts: drafts
      .filter((candidate) => !geonameIdsOf(candidate).some((id) => wanted.has(id)))
      .map(
        (candidate) =>
          `“${candidate.spelling}” → ${candidate.gazetteer?.name ?? candidate.known}, ${candidate.country} (${candidate.confidence}: ${candidate.why})`,
      ),
  };
}
