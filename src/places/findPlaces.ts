/**
 * The place finder: every settlement, region and country an article names,
 * each resolved to one gazetteer entry (or a place already in geo/) with how
 * sure it is and why, and the sentence that becomes its draft excerpt.
 */
import type { PlaceCandidate, PlaceFinding, Rejection } from './candidates';
import type { Gazetteer } from './gazetteer';
import { nearbyReason, type Whereabouts } from './geography';
import { moreConfident, notable, type JudgeContext } from './judge';
import { isLoneFunctionWord, nameAfter, rejectionOf } from './rejections';
import { resolve } from './resolve';
import { scanSpans } from './spans';
import { Sentences, wordsOf, type Word } from './words';

export type { CandidateKind, PlaceCandidate, PlaceFinding, Rejection } from './candidates';
export type { Confidence } from './judge';

/**
 * @example findPlaces('Smugglers cross at Tall Tamr, in Syria.', gazetteer).candidates.map((c) => c.spelling) // ['Tall Tamr', 'Syria']
 */
export function findPlaces(text: string, gazetteer: Gazetteer): PlaceFinding {
  const words = wordsOf(text);
  const countries = countriesNamed(text, words, gazetteer);
  const read = (anchors: Whereabouts['anchors']) =>
    readPlaces(text, words, gazetteer, {
      countries,
      knownByGeonameId: gazetteer.knownByGeonameId,
      where: { focus: gazetteer.focus, anchors },
    });
  // Read twice: the towns the first reading is sure of make their neighbours plausible.
  const first = read([]);
  const anchors = first.candidates.flatMap((candidate) =>
    candidate.confidence === 'high' && candidate.gazetteer && candidate.kind === 'settlement'
      ? [{ name: candidate.spelling, lon: candidate.gazetteer.lon, lat: candidate.gazetteer.lat }]
      : [],
  );
  return anchors.length > 0 ? read(anchors) : first;
}

function readPlaces(
  text: string,
  words: readonly Word[],
  gazetteer: Gazetteer,
  context: JudgeContext,
): PlaceFinding {
  const sentences = new Sentences(text);
  const byIdentity = new Map<string, PlaceCandidate>();
  const rejected: Rejection[] = [];

  for (const match of scanSpans(text, words, gazetteer, {
    context: context.countries,
    plausible: (city) =>
      context.countries.has(city.country) || nearbyReason(city, context.where) !== null,
  })) {
    const [start, end] = [words[match.from]!.start, words[match.to - 1]!.end];
    const spelling = text.slice(start, end);
    if (isLoneFunctionWord(words, match)) continue;
    const reason = rejectionOf(text, words, match, gazetteer, context.countries);
    if (reason) {
      rejected.push({ spelling, start, end, reason });
      continue;
    }
    const { identity, candidate } = resolve(match.meaning, spelling, context, gazetteer);
    const follower = nameAfter(text, words, match.to);
    if (
      follower &&
      candidate.known === null &&
      candidate.kind === 'settlement' &&
      !notable(candidate.gazetteer!)
    ) {
      candidate.confidence = 'low';
      candidate.why += `; followed by “${follower}”, so perhaps part of a person’s or an organisation’s name`;
    }
    const seen = byIdentity.get(identity);
    if (seen) {
      seen.mentions++;
      if (moreConfident(candidate.confidence, seen.confidence))
        Object.assign(seen, { confidence: candidate.confidence, why: candidate.why });
      if (!seen.spellings.includes(spelling)) seen.spellings.push(spelling);
      continue;
    }
    const sentence = sentences.around(start, end);
    byIdentity.set(identity, {
      spelling,
      spellings: [spelling],
      mentions: 1,
      start,
      end,
      sentence,
      ...candidate,
    });
  }
  return {
    candidates: [...byIdentity.values()],
    rejected,
    countries: [...context.countries].sort(),
  };
}

/**
 * The countries an article is about: those it names, and those of curated
 * places it names. Read before anything else, so ambiguous names anywhere in
 * the text can use them.
 */
function countriesNamed(text: string, words: readonly Word[], gazetteer: Gazetteer): Set<string> {
  const countries = new Set<string>();
  for (const { meaning } of scanSpans(text, words, gazetteer, { namesOnly: true })) {
    if (meaning.kind === 'country') countries.add(meaning.code);
    if (meaning.kind === 'known' && meaning.place.country) countries.add(meaning.place.country);
  }
  return countries;
}
