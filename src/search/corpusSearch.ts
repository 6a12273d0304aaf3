/**
 * Search over the corpus' own names, aliases and excerpts, by any spelling:
 * both the index and the query go through the same folding (accents, case,
 * punctuation, the Arabic article, common transliteration differences), and
 * MiniSearch forgives what is left (typos, unfinished words).
 */
import MiniSearch, { type Options, type Query, type SearchResult } from 'minisearch';
import type { CompiledCorpus, CompiledSource, CorpusBase } from '../data/compiled';
import { ARABIC_ARTICLES, foldLetters, foldSpelling, plainKey } from '../text/spelling';
import { citeSource, formatDate, sourceTitle } from '../view/format';
import {
  SEARCH_KINDS,
  type GroupedHits,
  type SearchGroup,
  type SearchHit,
  type SearchKind,
} from './hits';

export type { GroupedHits, SearchHit, SearchKind } from './hits';

/** What the index reads of a feature: the only part of it that needs the excerpts. */
interface IndexedText {
  /** `kind:position`, the feature's place in its collection: short, and no lookup table. */
  key: string;
  name: string;
  aliases: string[];
  /** Excerpts and notes: found, but ranked below names. */
  text: string;
}

/** What a hit shows of a feature, worked out only for the features a query finds. */
interface Described {
  id: string;
  kind: SearchKind;
  name: string;
  detail: string;
  keys: { name: NameKeys; aliases: NameKeys[] };
}

/**
 * A name's search terms.
 * @example searchTerms('Ras al-‘Ain') // ['ras', 'ain']; searchTerms('Al-Hasakah') // ['hasak']
 */
export function searchTerms(text: string): string[] {
  return plainWords(text).map(foldWord);
}

/** Words repeat across 100,000 excerpts: each distinct one is folded once. */
const foldedWords = new Map<string, string>();
function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = foldSpelling(word);
    if (foldedWords.size < MAX_FOLDED_WORDS) foldedWords.set(word, folded);
  }
  return folded;
}
const MAX_FOLDED_WORDS = 200_000;

function plainWords(text: string): string[] {
  return plainKey(text)
    .split(' ')
    .filter((word) => word !== '' && !ARABIC_ARTICLES.has(word));
}

interface NameKeys {
  text: string;
  plain: string;
  terms: string[];
}

function keysOf(text: string): NameKeys {
  return { text, plain: plainKey(text), terms: searchTerms(text) };
}

/**
 * English words too common in excerpts to find anything by: left out of the
 * excerpts' index and out of the finished words of a query. A name keeps
 * them ("Battle of Raqqa"), and the word being typed is always searched.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be been but by for from had has have he her his in into is it its of on or she that the their they this to was were which who with'.split(
    ' ',
  ),
);

/** Only a term this long may be misspelt; shorter ones would match everything. */
const MIN_FUZZY_LENGTH = 4;
/** A word still being typed is only taken as whole (ending folded) from this length. */
const MIN_WHOLE_WORD_LENGTH = 5;

/**
 * The query as MiniSearch's query tree: every word must match; the last one
 * may be unfinished, so it also matches as the start of a word.
 */
function queryOf(text: string): Query | null {
  const words = plainWords(text);
  const last = words.pop();
  if (last === undefined) return null;
  // A finished stop word asks nothing of the excerpts, which do not index it, nor of names.
  const finished = words.filter((word) => !STOP_WORDS.has(word)).map(foldSpelling);
  const start = foldLetters(last);
  const isLong = start.length >= MIN_WHOLE_WORD_LENGTH;
  // A short start is matched as typed: misspelt, "hasa" would also match the word "has".
  const typing: Query[] = [{ queries: [start], prefix: true, fuzzy: isLong ? 0.25 : false }];
  // Taken as a whole word too ("kani" is "kan", as "Sari Kani" is indexed); a short one
  // only in names, where "hasa" as "has" will not match every sentence with "has" in it.
  const whole = foldSpelling(last);
  if (whole !== start)
    typing.push(isLong ? whole : { queries: [whole], fields: ['name', 'aliases'] });
  return {
    combineWith: 'AND',
    queries: [...finished, { combineWith: 'OR', queries: typing }],
  };
}

/**
 * One set of index options for building and loading: an index written by
 * `npm run check` is read back with exactly the folding it was built with.
 */
const INDEX_OPTIONS: Options<IndexedText> = {
  idField: 'key',
  fields: ['name', 'aliases', 'text'],
  extractField: (document, field) => {
    const value = document[field as keyof IndexedText];
    return Array.isArray(value) ? value.join('\n') : value;
  },
  // Excerpts without their commonest words: "in" alone would be a tenth of the index.
  tokenize: (text, field) =>
    field === 'text'
      ? plainWords(text)
          .filter((word) => !STOP_WORDS.has(word))
          .map(foldWord)
      : searchTerms(text),
  processTerm: (term) => term,
  searchOptions: {
    // The query is folded by `queryOf`; here it is only split into its terms.
    tokenize: (query) => query.split(' '),
    processTerm: (term) => term,
    boost: { name: 3, aliases: 2, text: 0.5 },
    fuzzy: (term) => (term.length >= MIN_FUZZY_LENGTH ? 0.25 : false),
    maxFuzzy: 2,
  },
};

/** A serialized index. */
export type SerializedIndex = ReturnType<MiniSearch['toJSON']>;

/**
 * The index as `npm run check` writes it beside corpus.json, with the build
 * both files were written by: files of two builds (a half-finished upload)
 * are never read together.
 */
export interface SearchIndexFile {
  build: string;
  index: SerializedIndex;
}

export class CorpusSearch {
  private readonly described = new Map<string, Described>();
  private readonly placeName: (id: string) => string | undefined;

  private constructor(
    private readonly index: MiniSearch<IndexedText>,
    private readonly corpus: CorpusBase,
  ) {
    this.placeName = placeNames(corpus);
  }

  /** Indexes every name, alias and excerpt: needs the incidents' details. */
  static build(corpus: CompiledCorpus): CorpusSearch {
    const index = new MiniSearch<IndexedText>(INDEX_OPTIONS);
    index.addAll(indexedTexts(corpus));
    return new CorpusSearch(index, corpus);
  }

  /**
   * An index built by `build` on this corpus, read back: no excerpt is
   * needed, and nothing is tokenized (100,000 incidents load in about a
   * second, where building takes six).
   */
  static load(corpus: CorpusBase, serialized: SerializedIndex): CorpusSearch {
    const index = MiniSearch.loadJS<IndexedText>(serialized, INDEX_OPTIONS);
    if (index.documentCount !== documentCount(corpus))
      throw new Error(
        `the search index has ${index.documentCount} entries for a corpus of ${documentCount(corpus)}`,
      );
    return new CorpusSearch(index, corpus);
  }

  get documentCount(): number {
    return this.index.documentCount;
  }

  toJSON(): SerializedIndex {
    return this.index.toJSON();
  }

  /** Every hit, best first; `allow` drops what the other filters hide (a time range). */
  search(query: string, allow: Allow = () => true): SearchHit[] {
    const typed = typedOf(query);
    return this.results(query, allow).map((result) => this.hitOf(result, typed));
  }

  /**
   * What the search box lists: the best `perKind` hits of each kind and how
   * many more there are. Only the hits listed are described, so a query
   * matching 100,000 incidents costs no more to show than one matching ten.
   */
  grouped(query: string, perKind: number, allow: Allow = () => true): GroupedHits {
    const typed = typedOf(query);
    const results = this.results(query, allow);
    const groups = new Map<SearchKind, SearchGroup>();
    for (const result of results) {
      const kind = kindOf(result.id as string);
      let group = groups.get(kind);
      if (!group) groups.set(kind, (group = { kind, hits: [], more: 0 }));
      if (group.hits.length < perKind) group.hits.push(this.hitOf(result, typed));
      else group.more++;
    }
    return {
      groups: SEARCH_KINDS.flatMap((kind) => groups.get(kind) ?? []),
      total: results.length,
    };
  }

  /** The ids of every match, for narrowing the map and the list to them. */
  ids(query: string, allow: Allow = () => true): string[] {
    return this.results(query, allow).map(
      (result) => this.featureAt(result.id as string).feature.id,
    );
  }

  private results(query: string, allow: Allow): SearchResult[] {
    const tree = queryOf(query);
    if (!tree) return [];
    return this.index.search(tree, {
      filter: (result) => {
        const { kind, feature } = this.featureAt(result.id as string);
        return allow(kind, feature.id);
      },
    });
  }

  private featureAt(key: string): { kind: SearchKind; feature: FeatureOf<SearchKind> } {
    const kind = kindOf(key);
    const feature = collectionOf(this.corpus, kind)[Number(key.slice(kind.length + 1))];
    if (!feature) throw new Error(`the search index names ${key}, which the corpus does not have`);
    return { kind, feature };
  }

  private describe(key: string): Described {
    let described = this.described.get(key);
    if (!described) {
      const { kind, feature } = this.featureAt(key);
      described = describeFeature(kind, feature, this.placeName);
      this.described.set(key, described);
    }
    return described;
  }

  private hitOf(result: SearchResult, typed: TypedQuery): SearchHit {
    const described = this.describe(result.id as string);
    const matchedAlias = aliasMatching(described.keys, result.terms, typed);
    const inTextOnly = Object.values(result.match).every((fields) =>
      fields.every((field) => field === 'text'),
    );
    return {
      ...(inTextOnly ? { inTextOnly } : {}),
      id: described.id,
      kind: described.kind,
      name: described.name,
      detail: described.detail,
      ...(matchedAlias ? { matchedAlias } : {}),
    };
  }
}

type Allow = (kind: SearchKind, id: string) => boolean;

const kindOf = (key: string) => key.slice(0, key.indexOf(':')) as SearchKind;

interface TypedQuery {
  lower: string;
  plain: string;
}

const typedOf = (query: string): TypedQuery => ({
  lower: query.trim().toLowerCase(),
  plain: plainKey(query),
});

/**
 * The alias to show beside the name: the one typed (give or take accents),
 * else, when the name shares no matched term, the one sharing most.
 */
function aliasMatching(
  keys: { name: NameKeys; aliases: NameKeys[] },
  matched: readonly string[],
  typed: TypedQuery,
): string | undefined {
  if (keys.name.plain === typed.plain) return undefined;
  const exact =
    keys.aliases.find((alias) => alias.text.toLowerCase() === typed.lower) ??
    keys.aliases.find((alias) => alias.plain === typed.plain);
  if (exact) return exact.text;
  const shared = (name: NameKeys) => name.terms.filter((term) => matched.includes(term)).length;
  if (shared(keys.name) > 0) return undefined;
  let best: { alias: string; count: number } | undefined;
  for (const alias of keys.aliases) {
    const count = shared(alias);
    if (count > (best?.count ?? 0)) best = { alias: alias.text, count };
  }
  return best?.alias;
}

type FeatureOf<K extends SearchKind> = K extends 'place'
  ? CorpusBase['places']['features'][number]
  : K extends 'route'
    ? CorpusBase['routes']['features'][number]
    : K extends 'incident'
      ? CorpusBase['incidents']['features'][number]
      : CompiledSource;

function collectionOf(corpus: CorpusBase, kind: SearchKind): readonly FeatureOf<SearchKind>[] {
  switch (kind) {
    case 'place':
      return corpus.places.features;
    case 'route':
      return corpus.routes.features;
    case 'incident':
      return corpus.incidents.features;
    case 'source':
      return corpus.sources;
  }
}

const documentCount = (corpus: CorpusBase) =>
  SEARCH_KINDS.reduce((sum, kind) => sum + collectionOf(corpus, kind).length, 0);

function placeNames(corpus: CorpusBase): (id: string) => string | undefined {
  let names: Map<string, string> | undefined;
  return (id) => {
    names ??= new Map(corpus.places.features.map((place) => [place.id, place.properties.name]));
    return names.get(id);
  };
}

function indexedTexts(corpus: CompiledCorpus): IndexedText[] {
  const placeName = placeNames(corpus);
  const quotes = (excerpts: readonly { quote: string }[], notes?: string) =>
    [...excerpts.map((excerpt) => excerpt.quote), notes ?? ''].join('\n');
  return [
    ...corpus.places.features.map((place, i): IndexedText => ({
      key: `place:${i}`,
      name: place.properties.name,
      aliases: place.properties.aliases,
      text: quotes(place.properties.excerpts, place.properties.notes),
    })),
    ...corpus.routes.features.map((route, i): IndexedText => ({
      key: `route:${i}`,
      name: route.properties.name,
      aliases: [],
      text: [
        route.properties.stops.map((stop) => placeName(stop) ?? stop).join(' '),
        quotes(route.properties.excerpts, route.properties.notes),
      ].join('\n'),
    })),
    ...corpus.incidents.features.map((incident, i): IndexedText => ({
      key: `incident:${i}`,
      name: incident.properties.name,
      aliases: [],
      text: [
        placeName(incident.properties.place) ?? '',
        quotes(incident.properties.excerpts, incident.properties.notes),
      ].join('\n'),
    })),
    ...corpus.sources.map((source, i): IndexedText => ({
      key: `source:${i}`,
      name: sourceTitle(source),
      aliases: sourceAliases(source),
      text: [source.outlet, source.author, source.notes].filter(Boolean).join('\n'),
    })),
  ];
}

const sourceAliases = (source: CompiledSource) => [source.originalFile, source.id];

function describeFeature(
  kind: SearchKind,
  feature: FeatureOf<SearchKind>,
  placeName: (id: string) => string | undefined,
): Described {
  const described = (name: string, aliases: string[], detail: string): Described => ({
    id: feature.id,
    kind,
    name,
    detail,
    keys: { name: keysOf(name), aliases: aliases.map(keysOf) },
  });
  const joined = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ');
  switch (kind) {
    case 'place': {
      const place = feature as FeatureOf<'place'>;
      return described(
        place.properties.name,
        place.properties.aliases,
        joined(place.properties.kind, place.properties.country),
      );
    }
    case 'route': {
      const route = feature as FeatureOf<'route'>;
      return described(
        route.properties.name,
        [],
        joined(
          route.properties.kind,
          route.properties.when ? formatDate(route.properties.when) : undefined,
        ),
      );
    }
    case 'incident': {
      const incident = feature as FeatureOf<'incident'>;
      const at = incident.properties.place;
      return described(
        incident.properties.name,
        [],
        `${formatDate(incident.properties.when)} · ${placeName(at) ?? at}`,
      );
    }
    case 'source': {
      const source = feature as CompiledSource;
      return described(sourceTitle(source), sourceAliases(source), citeSource(source));
    }
  }
}
