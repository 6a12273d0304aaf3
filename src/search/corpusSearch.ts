/**
 * Search over the corpus' own names, aliases and excerpts, by any spelling:
 * both the index and the query go through the same folding (accents, case,
 * punctuation, the Arabic article, common transliteration differences), and
 * MiniSearch forgives what is left (typos, unfinished words).
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { CompiledCorpus, CompiledSource } from '../data/compiled';
import { ARABIC_ARTICLES, foldLetters, foldSpelling, plainKey } from '../text/spelling';
import { citeSource, formatDate, sourceTitle } from '../view/format';
import type { SearchHit, SearchKind } from './hits';

export type { SearchHit, SearchKind } from './hits';

interface SearchDocument {
  key: string;
  id: string;
  kind: SearchKind;
  name: string;
  aliases: string[];
  /** Spelling keys of the name and aliases, worked out once rather than per hit. */
  keys: { name: NameKeys; aliases: NameKeys[] };
  /** Excerpts and notes: found, but ranked below names. */
  text: string;
  detail: string;
}

/**
 * A name's search terms.
 * @example searchTerms('Ras al-‘Ain') // ['ras', 'ain']; searchTerms('Al-Hasakah') // ['hasak']
 */
export function searchTerms(text: string): string[] {
  return plainWords(text).map(foldSpelling);
}

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
  const finished = words.map(foldSpelling);
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

export class CorpusSearch {
  private readonly index: MiniSearch<SearchDocument>;
  private readonly documents = new Map<string, SearchDocument>();

  /**
   * Indexes in chunks between which the page stays responsive: a corpus of
   * 100,000 incidents takes seconds to index, and the map must not freeze.
   */
  static async create(corpus: CompiledCorpus): Promise<CorpusSearch> {
    const search = new CorpusSearch(corpus, false);
    await search.index.addAllAsync([...search.documents.values()], { chunkSize: 200 });
    return search;
  }

  constructor(corpus: CompiledCorpus, indexNow = true) {
    this.index = new MiniSearch<SearchDocument>({
      idField: 'key',
      fields: ['name', 'aliases', 'text'],
      extractField: (document, field) => {
        const value = document[field as keyof SearchDocument];
        return Array.isArray(value) ? value.join('\n') : value;
      },
      tokenize: searchTerms,
      processTerm: (term) => term,
      searchOptions: {
        // The query is folded by `queryOf`; here it is only split into its terms.
        tokenize: (query) => query.split(' '),
        processTerm: (term) => term,
        boost: { name: 3, aliases: 2, text: 0.5 },
        fuzzy: (term) => (term.length >= MIN_FUZZY_LENGTH ? 0.25 : false),
        maxFuzzy: 2,
      },
    });
    const documents = documentsOf(corpus).map((document): SearchDocument => ({
      ...document,
      keys: { name: keysOf(document.name), aliases: document.aliases.map(keysOf) },
    }));
    for (const document of documents) this.documents.set(document.key, document);
    if (indexNow) this.index.addAll(documents);
  }

  /** Best first; `allow` drops what the other filters hide (a time range). */
  search(
    query: string,
    allow: (kind: SearchKind, id: string) => boolean = () => true,
  ): SearchHit[] {
    const tree = queryOf(query);
    if (!tree) return [];
    const typed = { lower: query.trim().toLowerCase(), plain: plainKey(query) };
    return this.index
      .search(tree, {
        filter: (result) => {
          const document = this.documents.get(result.id as string)!;
          return allow(document.kind, document.id);
        },
      })
      .map((result) => this.hitOf(result, typed));
  }

  private hitOf(result: SearchResult, typed: TypedQuery): SearchHit {
    const document = this.documents.get(result.id as string)!;
    const matchedAlias = aliasMatching(document.keys, result.terms, typed);
    const inTextOnly = Object.values(result.match).every((fields) =>
      fields.every((field) => field === 'text'),
    );
    return {
      ...(inTextOnly ? { inTextOnly } : {}),
      id: document.id,
      kind: document.kind,
      name: document.name,
      detail: document.detail,
      ...(matchedAlias ? { matchedAlias } : {}),
    };
  }
}

interface TypedQuery {
  lower: string;
  plain: string;
}

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

type DocumentText = Omit<SearchDocument, 'keys'>;

function documentsOf(corpus: CompiledCorpus): DocumentText[] {
  const placeName = new Map(
    corpus.places.features.map((place) => [place.id, place.properties.name]),
  );
  const quotes = (excerpts: readonly { quote: string }[], notes?: string) =>
    [...excerpts.map((excerpt) => excerpt.quote), notes ?? ''].join('\n');
  return [
    ...corpus.places.features.map((place): DocumentText => ({
      key: `place:${place.id}`,
      id: place.id,
      kind: 'place',
      name: place.properties.name,
      aliases: place.properties.aliases,
      text: quotes(place.properties.excerpts, place.properties.notes),
      detail: [place.properties.kind, place.properties.country].filter(Boolean).join(' · '),
    })),
    ...corpus.routes.features.map((route): DocumentText => ({
      key: `route:${route.id}`,
      id: route.id,
      kind: 'route',
      name: route.properties.name,
      aliases: [],
      text: [
        route.properties.stops.map((stop) => placeName.get(stop) ?? stop).join(' '),
        quotes(route.properties.excerpts, route.properties.notes),
      ].join('\n'),
      detail: [
        route.properties.kind,
        route.properties.when ? formatDate(route.properties.when) : undefined,
      ]
        .filter(Boolean)
        .join(' · '),
    })),
    ...corpus.incidents.features.map((incident): DocumentText => ({
      key: `incident:${incident.id}`,
      id: incident.id,
      kind: 'incident',
      name: incident.properties.name,
      aliases: [],
      text: [
        placeName.get(incident.properties.place) ?? '',
        quotes(incident.properties.excerpts, incident.properties.notes),
      ].join('\n'),
      detail: `${formatDate(incident.properties.when)} · ${placeName.get(incident.properties.place) ?? incident.properties.place}`,
    })),
    ...corpus.sources.map(sourceDocument),
  ];
}

function sourceDocument(source: CompiledSource): DocumentText {
  return {
    key: `source:${source.id}`,
    id: source.id,
    kind: 'source',
    name: sourceTitle(source),
    aliases: [source.originalFile, source.id],
    text: [source.outlet, source.author, source.notes].filter(Boolean).join('\n'),
    detail: citeSource(source),
  };
}
