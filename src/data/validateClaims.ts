/**
 * Holds what a route or incident implies on the map to the words of the
 * sentences that support it (its `claim`): a name keeps their hedges, an
 * attributed claim says by whom, a reported movement has a sentence that
 * states it, a date is no more precise than its texts, and a feature drawn at
 * an area's point says why. See "Claims" in geo/README.md.
 */
import { AREA_KINDS, type PlaceKind } from './kinds';
import { finestPart, isQualifiedDate, unwrittenDateParts } from './datesInText';
import { ATTRIBUTION, HEDGES, RETURN_WORDS } from './hedges';
import type { Severity } from './problems';
import type { Claim, Excerpt, Incident, Route } from './schema';

export type ClaimReport = (field: string, message: string, severity?: Severity) => void;

/** What the rules need of a place: every name a text may use for it, and what it is. */
export interface PlaceNames {
  name: string;
  names: readonly string[];
  kind: PlaceKind;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` names the place by any of its names, as whole words. */
export function mentions(text: string, place: PlaceNames): boolean {
  return place.names.some((name) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'iu').test(text),
  );
}

/** Quotes compared as an editor reads them: curly and straight quotes alike, runs of space as one. */
const plain = (text: string) =>
  text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();

/** The excerpts that hold a claim's supporting fragments; reports fragments found in none. */
function supportingSentences(claim: Claim, excerpts: readonly Excerpt[], report: ClaimReport) {
  const sentences = new Set<string>();
  claim.support.forEach((fragment, i) => {
    const holding = excerpts.filter((excerpt) => plain(excerpt.quote).includes(plain(fragment)));
    if (holding.length === 0)
      report(
        `properties.claim.support[${i}]`,
        `"${fragment}" is not part of any excerpt of this feature: quote a fragment of the excerpt that supports the claim`,
      );
    for (const excerpt of holding) sentences.add(excerpt.quote);
  });
  return [...sentences];
}

const shorten = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

/** Each hedge of the supporting sentences the name does not keep, unless the editor said why it does not apply. */
function checkNameHedges(name: string, claim: Claim, sentences: string[], report: ClaimReport) {
  const waived = claim.notHedges ?? [];
  waived.forEach((entry, i) => {
    if (!sentences.some((sentence) => plain(sentence).includes(plain(entry.word))))
      report(
        `properties.claim.notHedges[${i}].word`,
        `"${entry.word}" is not in a supporting sentence: list only words the sentences use`,
      );
  });
  for (const hedge of HEDGES) {
    if (hedge.inName.test(name)) continue;
    const sentence = sentences.find((candidate) => hedge.inText.test(candidate));
    if (!sentence) continue;
    const word = hedge.inText.exec(sentence)![0];
    if (waived.some((entry) => hedge.inText.test(entry.word))) continue;
    report(
      'properties.name',
      `drops the hedge "${word}" of its supporting sentence ("${shorten(sentence)}"): ${hedge.advice}, ` +
        `or, if "${word}" does not qualify this claim, add it to claim.notHedges with why`,
    );
  }
}

const MINOR_WORDS = new Set(['the', 'of', 'and', 'a', 'an', 'its', 'in', 'on', 'as', 'by', 'for']);

/** An attributed claim says by whom, and names someone its sentences name. */
function checkAttribution(claim: Claim, sentences: string[], report: ClaimReport) {
  const marker = sentences.map((sentence) => ATTRIBUTION.exec(sentence)?.[0]).find(Boolean);
  if (!claim.attributedTo) {
    if (marker)
      report(
        'properties.claim.attributedTo',
        `is missing: a supporting sentence credits someone ("${marker}"); say whom, in the text's words`,
      );
    return;
  }
  const words = claim.attributedTo
    .split(/[^\p{L}\p{N}.]+/u)
    .filter((word) => word.length > 1 && !MINOR_WORDS.has(word.toLowerCase()));
  const text = plain(sentences.join(' '));
  if (!words.some((word) => text.includes(word.toLowerCase())))
    report(
      'properties.claim.attributedTo',
      `"${claim.attributedTo}" is not named in any supporting sentence: credit whom the text credits`,
    );
}

/** "reported" and "attributed" movements need a sentence that says where they went, or that they were a return. */
function checkMovement(
  route: Route,
  claim: Claim,
  sentences: string[],
  places: PlaceLookup,
  report: ClaimReport,
) {
  const { certainty, stops } = route.properties;
  if (certainty === 'reported' && claim.attributedTo)
    report(
      'properties.certainty',
      `is "reported", but the claim is attributed to ${claim.attributedTo}: make it "attributed"`,
    );
  if (certainty === 'attributed' && !claim.attributedTo)
    report('properties.certainty', 'is "attributed": say by whom in claim.attributedTo');
  if (certainty === 'expected') return;
  const destination = places(stops.at(-1)!);
  if (!destination) return; // An unknown stop is reported with the stops.
  if (sentences.some((sentence) => mentions(sentence, destination) || RETURN_WORDS.test(sentence)))
    return;
  report(
    'properties.certainty',
    `is "${certainty}", but no supporting sentence states the movement: none names ${destination.name} or a return. ` +
      'Quote the sentence that does, or make it "expected" if the text only fears or foresees it',
  );
}

function checkDate(
  date: string | undefined,
  claim: Claim,
  sentences: string[],
  isAnnouncement: boolean,
  report: ClaimReport,
) {
  if (date === undefined) {
    if (claim.dated)
      report('properties.claim.dated', 'is set, but the feature has no date: remove it', 'warning');
    return;
  }
  const { dated } = claim;
  if (!dated) {
    report(
      'properties.claim.dated',
      'is missing: say whether the date is "stated" in the supporting sentences, or how it was inferred',
    );
    return;
  }
  if (dated.from === 'stated') {
    const missing = unwrittenDateParts(date, sentences);
    if (missing.length > 0)
      report(
        'properties.date',
        `"${date}" is more precise than its supporting sentences, which do not write its ` +
          `${missing.map((part) => `${part.part} (${part.reads})`).join(', ')}: ` +
          'give only what they write, or say in claim.dated how the rest was inferred',
      );
    return;
  }
  if (!dated.how)
    report(
      'properties.claim.dated.how',
      `is required when the date is ${dated.from}: say how it was inferred`,
    );
  if (!isQualifiedDate(date))
    report('properties.date', `"${date}" is inferred (${dated.from}): mark it uncertain with "?"`);
  if (
    dated.from === 'from a statement' &&
    !isAnnouncement &&
    !date.includes('/') &&
    finestPart(date) === 'day'
  )
    report(
      'properties.date',
      `"${date}" is the day of a statement about the event, not the day it happened: ` +
        'date the statement as an announcement, give the period up to it, or leave the event undated',
    );
}

export type PlaceLookup = (id: string) => PlaceNames | undefined;

/** A feature drawn at the point of a country, continent or region says why it is not placed nearer. */
function checkPlacement(areas: PlaceNames[], claim: Claim, report: ClaimReport) {
  if (areas.length === 0 || claim.placement) return;
  report(
    'properties.claim.placement',
    `is missing: it is drawn at the point of ${areas.map((area) => area.name).join(' and ')}, ` +
      `which stands for the whole ${areas[0]!.kind}; say why (the text names no nearer place) so the popup can`,
  );
}

const isArea = (place: PlaceNames | undefined): place is PlaceNames =>
  place !== undefined && AREA_KINDS.includes(place.kind);

const MISSING_CLAIM =
  'is missing: review the feature against its texts and write its claim: ' +
  '"says" (what it asserts), "support" (the fragment of an excerpt that says so), and where they apply ' +
  '"attributedTo", "dated", "placement" (see "Claims" in geo/README.md)';

export function checkRouteClaim(route: Route, places: PlaceLookup, report: ClaimReport): void {
  const { claim, name, excerpts, stops, date } = route.properties;
  if (!claim) {
    report('properties.claim', MISSING_CLAIM);
    return;
  }
  const sentences = supportingSentences(claim, excerpts, report);
  if (sentences.length === 0) return; // Nothing to read the rest against.
  checkNameHedges(name, claim, sentences, report);
  checkAttribution(claim, sentences, report);
  checkMovement(route, claim, sentences, places, report);
  checkDate(date, claim, sentences, false, report);
  checkPlacement([...new Set(stops.map(places).filter(isArea))], claim, report);
}

export function checkIncidentClaim(
  incident: Incident,
  places: PlaceLookup,
  report: ClaimReport,
): void {
  const { claim, name, excerpts, place, date, type } = incident.properties;
  if (!claim) {
    report('properties.claim', MISSING_CLAIM);
    return;
  }
  const sentences = supportingSentences(claim, excerpts, report);
  if (sentences.length === 0) return;
  checkNameHedges(name, claim, sentences, report);
  checkAttribution(claim, sentences, report);
  checkDate(date, claim, sentences, type === 'announcement', report);
  checkPlacement([places(place)].filter(isArea), claim, report);
}
