/**
 * The words with which a text qualifies a claim, and how a feature's name may
 * carry each: one table, read by the name rule in `validateClaims.ts`. A name
 * that drops one of these states as fact what its supporting sentence does
 * not ("many of these evacuees were smuggled" is not "evacuees smuggled").
 */
export interface Hedge {
  /** How the problem report names it. */
  id: string;
  /** The hedge as a supporting sentence writes it. */
  inText: RegExp;
  /** Words of a name that keep it. */
  inName: RegExp;
  /** What the name should say, for the message. */
  advice: string;
}

export const HEDGES: readonly Hedge[] = [
  {
    id: 'many',
    // "As many as 2,500" is a figure's hedge, kept by its qualifier.
    inText: /(?<!\bas )\bmany\b/i,
    inName: /\bmany\b/i,
    advice: 'say "many" in the name',
  },
  {
    id: 'some',
    inText: /\bsome\b/i,
    inName: /\bsome\b/i,
    advice: 'say "some" in the name',
  },
  {
    id: 'reportedly',
    inText: /\breportedly\b|\bcited as saying\b|\ballegedly\b/i,
    inName: /\breported(?:ly)?\b|\bcited\b|\ballegedly\b/i,
    advice: 'say "reportedly" or "cited as saying" in the name',
  },
  {
    id: 'possibility',
    // Not the month: "13 May 2017", "In May 2017".
    inText: /\bcould\b|\bmight\b|(?<!\d\s)\bmay\b(?!\s+\d)|\bnot excluded\b|\bpotentially\b/i,
    inName: /\bcould\b|\bmight\b|\bmay\b|\bfeared\b|\bexpected\b|\bpossible\b/i,
    advice: 'say "could", "feared" or "expected" in the name',
  },
  {
    id: 'expectation',
    inText: /\bwill\b|\bwould\b|\bexpected\b|\bprospect\b|\bconcerned\b|\bfear(?:s|ed)?\b/i,
    inName: /\bexpected\b|\bfeared\b|\bwill\b|\bwould\b|\bcould\b/i,
    advice: 'say "feared" or "expected" in the name',
  },
  {
    id: 'belief',
    inText: /\bbelieved\b|\bsuspect(?:ed|ing)?\b|\balleged\b|\bblamed\b/i,
    inName: /\bbelieved\b|\bsuspect(?:ed|s)?\b|\bsuspicion\b|\balleged\b|\bblamed\b/i,
    advice: 'say "suspected", "alleged", "believed" or "blamed" in the name',
  },
];

/**
 * Words with which a sentence credits someone else with what it says: a
 * supporting sentence with one of them needs `claim.attributedTo`.
 */
export const ATTRIBUTION =
  /\baccording to\b|\bcited as saying\b|\b(?:said|says|say)\b|\breportedly\b|\bannounced\b|\bnoted\b|\binvestigation\b/i;

/** Words that make a movement a return, so its sentence need not name where it ends. */
export const RETURN_WORDS = /\b(?:home|back|return(?:s|ed|ing|ees?)?)\b/i;
