/**
 * Turns what a span means (a place in geo/, a country, a settlement, a region
 * named after its seat) into one candidate and the identity that merges its
 * mentions. A place already in geo/ resolves to its id there, so its mentions
 * merge under it rather than under a fresh gazetteer entry.
 */
import type { CandidateKind, PlaceCandidate } from './candidates';
import type { Gazetteer, KnownPlace } from './gazetteer';
import { atMost, judgeSettlement, type Confidence, type JudgeContext } from './judge';
import { nameKey } from './names';
import type { SpanMeaning } from './spans';

interface Resolved {
  identity: string;
  candidate: Omit<
    PlaceCandidate,
    'spelling' | 'spellings' | 'mentions' | 'start' | 'end' | 'sentence'
  >;
}

export function resolve(
  meaning: SpanMeaning,
  spelling: string,
  context: JudgeContext,
  gazetteer: Gazetteer,
): Resolved {
  switch (meaning.kind) {
    case 'known':
      return resolveKnown(meaning.place, 'in geo/ under this name or alias', gazetteer);
    case 'country': {
      const namesakes = gazetteer.citiesByName.get(nameKey(spelling))?.length ?? 0;
      const why =
        (meaning.demonym ? 'the country’s demonym' : 'a country name') +
        (namesakes
          ? `; ${namesakes} GeoNames settlement(s) share it, but the name means the country`
          : '');
      // "Turkish police" names Turkey less plainly than "in Turkey" does.
      const confidence = meaning.demonym ? 'medium' : 'high';
      const known = gazetteer.knownCountryByCode.get(meaning.code);
      if (known)
        return resolveKnown(known, `${why}; in geo/ by its country code`, gazetteer, confidence);
      return {
        identity: `country:${meaning.code}`,
        candidate: {
          kind: 'country',
          gazetteer: null,
          country: meaning.code,
          known: null,
          confidence,
          why,
        },
      };
    }
    case 'settlement': {
      const judged = judgeSettlement(meaning.cities, meaning.by, context, meaning.alternate);
      const known = context.knownByGeonameId.get(judged.city.geonameId);
      if (known) return resolveKnown(known, judged.why, gazetteer, judged.confidence);
      return {
        identity: `geonames:${judged.city.geonameId}`,
        candidate: {
          kind: 'settlement',
          gazetteer: judged.city,
          country: judged.city.country,
          known: null,
          confidence: judged.confidence,
          why: judged.why,
        },
      };
    }
    case 'region': {
      const seat = resolve(meaning.seat, spelling, context, gazetteer).candidate;
      const seatName = seat.gazetteer?.name ?? seat.known;
      return {
        identity: `region:${spelling.toLowerCase()}`,
        candidate: {
          ...seat,
          kind: 'region',
          known: null,
          confidence: atMost(seat.confidence, 'medium'),
          why: `a region named after its seat, ${seatName} (${seat.why}); its own gazetteer entry is not in cities1000`,
        },
      };
    }
  }
}

function resolveKnown(
  place: KnownPlace,
  why: string,
  gazetteer: Gazetteer,
  confidence: Confidence = 'high',
): Resolved {
  const kind: CandidateKind =
    place.kind === 'region' || place.kind === 'country' || place.kind === 'continent'
      ? place.kind
      : 'settlement';
  const city = place.geonameIds.map((id) => gazetteer.citiesById.get(id)).find((entry) => entry);
  return {
    identity: `known:${place.id}`,
    candidate: {
      kind,
      gazetteer: city ?? null,
      country: place.country,
      known: place.id,
      confidence,
      why,
    },
  };
}
