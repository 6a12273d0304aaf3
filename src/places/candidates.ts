/**
 * What the place finder reports: each place it found with how sure it is and
 * why, and each name it set aside. The shapes have a file of their own so
 * `resolve.ts` can build them without importing `findPlaces.ts`, which
 * re-exports them to the drafts, the evaluation and the scripts.
 */
import type { GazetteerCity } from './gazetteer';
import type { Confidence } from './judge';

export type CandidateKind = 'settlement' | 'region' | 'country' | 'continent';

export interface PlaceCandidate {
  /** The first spelling found, exactly as in the article. */
  spelling: string;
  /** Every spelling the article uses for it. */
  spellings: string[];
  mentions: number;
  /** UTF-16 offsets of the first mention. */
  start: number;
  end: number;
  /** The sentence of the first mention, verbatim: the draft excerpt. */
  sentence: string;
  kind: CandidateKind;
  /** The GeoNames settlement chosen: the place itself, or a region's seat. */
  gazetteer: GazetteerCity | null;
  /** ISO 3166-1 alpha-2, null for a continent. */
  country: string | null;
  /** Its id in geo/ when it is already mapped. */
  known: string | null;
  confidence: Confidence;
  why: string;
}

/** A gazetteer name the article uses for something other than a place. */
export interface Rejection {
  spelling: string;
  start: number;
  end: number;
  reason: string;
}

export interface PlaceFinding {
  candidates: PlaceCandidate[];
  rejected: Rejection[];
  /** Countries the article names or is plainly about, which settle ambiguous names. */
  countries: string[];
}
