/**
 * Search over the corpus' own names, aliases and excerpts, by any spelling:
 * both the index and the query go through the same folding (accents, case,
 * punctuation, the Arabic article, common transliteration differences), and
 * MiniSearch forgives what is left (typos, unfinished words).
 */
import MiniSearch, { type Options, type Query, type SearchResult } from 'minisearch';
import type { CompiledCorpus, CorpusBase } from '../data/compiled';
import { foldLetters, foldSpelling, plainKey } from '../text/spelling';
import {
  SEARCH_KINDS,
  type GroupedHits,
  type SearchGroup,
  type SearchHit,
  type SearchKind,
} from './hits';

import {
  collectionOf,
  describeFeature,
  documentCount,
  indexedTexts,
  kindOf,
  placeNames,
  type Described,
  type FeatureOf,
  type IndexedText,
  type NameKeys,
} from './searchDocuments';
import { excerptTerms, plainWords, searchTerms, STOP_WORDS } from './searchTerms';

export type { GroupedHits, SearchHit, SearchKind } from './hits';

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
  tokenize: (text, field) => (field === 'text' ? excerptTerms(text) : searchTerms(text)),
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
