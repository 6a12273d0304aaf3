/**
 * Which of the same-named settlements an article means, and how sure we are:
 * a curated place first, then one in a country the article names, then the
 * most populous — each step written into the reason.
 */
import { GEONAMES_ALTERNATES, type GazetteerCity, type KnownPlace } from './gazetteer';
import { nearbyReason, type Whereabouts } from './geography';
import type { MatchedBy } from './spans';

export type Confidence = 'high' | 'medium' | 'low';

export interface Judgement {
  city: GazetteerCity;
  confidence: Confidence;
  why: string;
}

export interface JudgeContext {
  /** Countries the article names or is plainly about. */
  countries: ReadonlySet<string>;
  knownByGeonameId: ReadonlyMap<number, KnownPlace>;
  /** The focus area and the towns the article surely names: nearness is evidence too. */
  where: Whereabouts;
}

/** Below this a place outside the article's countries is more likely a coincidence than meant. */
export const NOTABLE_POPULATION = 100_000;
/** One place this many times more populous than the next is what a reader assumes. */
const DOMINANCE = 10;

const CONFIDENCE_ORDER: Confidence[] = ['low', 'medium', 'high'];
export const moreConfident = (left: Confidence, right: Confidence): boolean =>
  CONFIDENCE_ORDER.indexOf(left) > CONFIDENCE_ORDER.indexOf(right);
export const atMost = (confidence: Confidence, cap: Confidence): Confidence =>
  CONFIDENCE_ORDER.indexOf(confidence) <= CONFIDENCE_ORDER.indexOf(cap) ? confidence : cap;

/**
 * @example judgeSettlement([adanaTR], 'name', context) // { city: adanaTR, confidence: 'high', why: 'the only GeoNames settlement so spelled' }
 */
export function judgeSettlement(
  cities: readonly GazetteerCity[],
  by: MatchedBy,
  context: JudgeContext,
  /** The alternate name that matched, and where it comes from. */
  alternate?: { name: string; source: string },
): Judgement {
  const ranked = rank(cities, context);
  const city = ranked[0]!;
  const inContext = context.countries.has(city.country);
  const near = nearbyReason(city, context.where);
  const rivals = ranked
    .slice(1)
    .filter((rival) => !inContext || context.countries.has(rival.country));
  const reasons: string[] = [];
  if (alternate)
    reasons.push(
      `“${city.name}” in GeoNames, ${by === 'variant' ? 'spelled like' : 'also'} “${alternate.name}” in ${alternate.source}`,
    );
  else if (by === 'variant') reasons.push(`spelled “${city.name}” in GeoNames`);
  if (by === 'skeleton') reasons.push(`only the consonants match GeoNames “${city.name}”`);

  let confidence: Confidence;
  if (context.knownByGeonameId.has(city.geonameId)) {
    confidence = 'high';
    reasons.push(`GeoNames ${city.geonameId} is already in geo/`);
  } else if (ranked.length === 1) {
    confidence = 'high';
    reasons.push('the only GeoNames settlement so spelled');
  } else if (inContext && rivals.length === 0) {
    confidence = 'high';
    reasons.push(
      `${ranked.length} GeoNames settlements so spelled; the only one in ${city.country}, which the article names`,
    );
  } else if (near && rivals.every((rival) => !nearbyReason(rival, context.where))) {
    confidence = 'high';
    reasons.push(`${ranked.length} GeoNames settlements so spelled; the only one ${near}`);
  } else if (dominates(city, rivals)) {
    confidence = 'medium';
    reasons.push(
      `${ranked.length} GeoNames settlements so spelled; the most populous by far (${formatCount(city.population)})`,
    );
  } else {
    confidence = 'low';
    reasons.push(
      `${ranked.length} GeoNames settlements so spelled and none stands out; took the most populous`,
    );
  }
  if (!inContext && near) {
    // Where it lies is the evidence (said already when it is what sets it apart from its namesakes).
    if (!reasons.some((reason) => reason.includes(near))) reasons.push(near);
  } else if (!inContext && !notable(city)) {
    confidence = 'low';
    reasons.push(
      `a small place in ${city.country}, which the article does not name, far from the story's region and from the other places it names`,
    );
  }
  // GeoNames' alternate names include a region's or a district's name for
  // the small town in it ("Jazira" for Aş Şuwayrah, far down the Tigris):
  // such a name is taken for a town only where the story or the article's
  // other towns are, or for a town too large to be a coincidence.
  if (
    alternate?.source === GEONAMES_ALTERNATES &&
    !near &&
    !notable(city) &&
    !context.knownByGeonameId.has(city.geonameId) &&
    confidence !== 'low'
  ) {
    confidence = 'low';
    reasons.push(
      'a name only GeoNames’ alternate names give it, far from the story’s region and from the other places the article names',
    );
  }
  if (by === 'variant' && !inContext && !near && confidence !== 'low') {
    confidence = 'low';
    reasons.push('a spelling variant, outside the countries the article names');
  }
  if (by === 'variant') confidence = atMost(confidence, 'medium');
  // Consonant matches are only looked for in the article's countries; one
  // such namesake there is a plausible reading ("Tell Abyad" = "Tall Abyaḑ"), more is a guess.
  if (by === 'skeleton') confidence = ranked.length === 1 ? atMost(confidence, 'medium') : 'low';
  return { city, confidence, why: reasons.join('; ') };
}

function rank(cities: readonly GazetteerCity[], context: JudgeContext): GazetteerCity[] {
  const score = (city: GazetteerCity) => [
    context.knownByGeonameId.has(city.geonameId) ? 1 : 0,
    context.countries.has(city.country) ? 1 : 0,
    nearbyReason(city, context.where) ? 1 : 0,
    city.population,
    -featureRank(city.featureCode),
  ];
  const unique = [...new Map(cities.map((city) => [city.geonameId, city])).values()];
  // Scored once each, not per comparison: nearness measures distances.
  const scores = new Map(unique.map((city) => [city, score(city)]));
  return unique.sort((a, b) => {
    const [left, right] = [scores.get(a)!, scores.get(b)!];
    const index = left.findIndex((value, i) => value !== right[i]);
    return index === -1 ? a.geonameId - b.geonameId : right[index]! - left[index]!;
  });
}

/** Capitals first, then seats of ever smaller divisions, then plain settlements. */
function featureRank(code: string): number {
  const order = ['PPLC', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPL'];
  const index = order.indexOf(code);
  return index === -1 ? order.length : index;
}

function dominates(city: GazetteerCity, rivals: readonly GazetteerCity[]): boolean {
  return rivals.every((rival) => city.population >= DOMINANCE * Math.max(rival.population, 1));
}

/** A capital or a large city is meant even where the article does not name its country. */
export function notable(city: GazetteerCity): boolean {
  return city.featureCode === 'PPLC' || city.population >= NOTABLE_POPULATION;
}

export function formatCount(count: number): string {
  return count.toLocaleString('en');
}
