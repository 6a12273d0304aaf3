/**
 * Turns what the place finder found into edits of geo/: new places and new
 * excerpts, every one marked as a draft for an editor to review. Only what the
 * gazetteer can back with a point is written; the rest is listed with why.
 */
import type { Excerpt, Place, Source } from '../data/schema';
import type { PlaceCandidate, PlaceFinding } from './findPlaces';
import { NOTABLE_POPULATION } from './judge';
import { placeSlug } from './names';

export interface DraftEdits {
  places: Place[];
  /** Excerpts of the new article for places already in geo/. */
  excerpts: { placeId: string; excerpt: Excerpt }[];
  notWritten: { candidate: PlaceCandidate; reason: string }[];
}

/**
 * @param takenIds every feature id in geo/, so new ids never collide.
 * @example draftEdits(findPlaces(text, gazetteer), 'new-article', places, ids).places[0].properties.draft // { foundBy: 'npm run places', confidence: 'high', why: '…' }
 */
export function draftEdits(
  finding: PlaceFinding,
  sourceId: string,
  places: readonly Place[],
  takenIds: ReadonlySet<string>,
): DraftEdits {
  const edits: DraftEdits = { places: [], excerpts: [], notWritten: [] };
  const ids = new Set(takenIds);
  const placeById = new Map(places.map((place) => [place.id, place]));
  for (const candidate of finding.candidates) {
    if (candidate.known !== null) {
      const quotesSource = placeById
        .get(candidate.known)
        ?.properties.excerpts.some((excerpt) => excerpt.source === sourceId);
      if (!quotesSource)
        edits.excerpts.push({
          placeId: candidate.known,
          excerpt: { source: sourceId, quote: candidate.sentence, draft: true },
        });
      continue;
    }
    const reason = whyNotWritten(candidate);
    if (reason) {
      edits.notWritten.push({ candidate, reason });
      continue;
    }
    const place = draftPlace(candidate, sourceId, ids);
    ids.add(place.id);
    edits.places.push(place);
  }
  return edits;
}

function whyNotWritten(candidate: PlaceCandidate): string | null {
  if (candidate.confidence === 'low')
    return 'low confidence: if it is a place, add it by hand with its GeoNames id';
  if (candidate.kind === 'country' || candidate.kind === 'continent')
    return 'cities1000 has no country records, so there is no gazetteer point to write: add it by hand with its GeoNames id (README, "Adding an article")';
  if (candidate.kind === 'region')
    return `its own gazetteer entry is not in cities1000: add it by hand, marked at its seat${candidate.gazetteer ? ` (${candidate.gazetteer.name}, GeoNames ${candidate.gazetteer.geonameId})` : ''} with "markedAt"`;
  return candidate.gazetteer ? null : 'no gazetteer entry';
}

function draftPlace(
  candidate: PlaceCandidate,
  sourceId: string,
  takenIds: ReadonlySet<string>,
): Place {
  const city = candidate.gazetteer!;
  const isCity =
    city.featureCode === 'PPLC' ||
    city.featureCode === 'PPLA' ||
    city.population >= NOTABLE_POPULATION;
  const kind = isCity ? 'city' : 'town';
  const aliases = [...new Set([city.name, ...candidate.spellings])].filter(
    (alias) => alias !== candidate.spelling,
  );
  return {
    type: 'Feature',
    id: uniqueId(placeSlug(candidate.spelling), city.country, takenIds),
    geometry: { type: 'Point', coordinates: [city.lon, city.lat] },
    properties: {
      name: candidate.spelling,
      aliases,
      kind,
      country: city.country,
      gazetteer: { geonames: city.geonameId },
      excerpts: [{ source: sourceId, quote: candidate.sentence }],
      draft: {
        foundBy: 'npm run places',
        confidence: candidate.confidence === 'high' ? 'high' : 'medium',
        why: `${candidate.why}; kind "${kind}" guessed from GeoNames ${city.featureCode}, population ${city.population.toLocaleString('en')}`,
      },
    },
  };
}

function uniqueId(base: string, country: string, takenIds: ReadonlySet<string>): string {
  const tries = [base, `${base}-${country.toLowerCase()}`];
  for (let n = 2; ; n++) {
    const id = tries.shift() ?? `${base}-${n}`;
    if (!takenIds.has(id)) return id;
  }
}

/**
 * The sources.json entry for an article nobody has described yet: only what
 * is certain (its file and digest); headline, outlet, author and date stay
 * unknown until an editor reads them off the text.
 */
export function draftSource(id: string, fileName: string, sha256: string): Source {
  return {
    id,
    originalFile: fileName,
    sha256,
    headline: null,
    outlet: null,
    author: null,
    published: null,
    publishedInferredFrom: null,
    language: 'und',
    url: null,
    notes:
      'Draft entry written by `npm run places`: fill in headline, outlet, author, published and language from the text, or leave them null where it does not say.',
  };
}
