/**
 * The corpus as the search sees it: what the index reads of each feature
 * (names, aliases, excerpts) and what a hit shows of it (name, kind, a line
 * of detail), keyed by the feature's place in its collection.
 */
import type { CompiledCorpus, CompiledSource, CorpusBase } from '../data/compiled';
import { plainKey } from '../text/spelling';
import { citeSource, formatDate, sourceTitle } from '../view/format';
import { SEARCH_KINDS, type SearchKind } from './hits';
import { searchTerms } from './searchTerms';

/** What the index reads of a feature: the only part of it that needs the excerpts. */
export interface IndexedText {
  /** `kind:position`, the feature's place in its collection: short, and no lookup table. */
  key: string;
  name: string;
  aliases: string[];
  /** Excerpts and notes: found, but ranked below names. */
  text: string;
}

/** What a hit shows of a feature, worked out only for the features a query finds. */
export interface Described {
  id: string;
  kind: SearchKind;
  name: string;
  detail: string;
  keys: { name: NameKeys; aliases: NameKeys[] };
}

/** A name as the alias matcher compares it: as written, plain, and as terms. */
export interface NameKeys {
  text: string;
  plain: string;
  terms: string[];
}

export function keysOf(text: string): NameKeys {
  return { text, plain: plainKey(text), terms: searchTerms(text) };
}

/** The kind in a `kind:position` key. */
export const kindOf = (key: string) => key.slice(0, key.indexOf(':')) as SearchKind;

export type FeatureOf<K extends SearchKind> = K extends 'place'
  ? CorpusBase['places']['features'][number]
  : K extends 'route'
    ? CorpusBase['routes']['features'][number]
    : K extends 'incident'
      ? CorpusBase['incidents']['features'][number]
      : CompiledSource;

export function collectionOf(
  corpus: CorpusBase,
  kind: SearchKind,
): readonly FeatureOf<SearchKind>[] {
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

export const documentCount = (corpus: CorpusBase) =>
  SEARCH_KINDS.reduce((sum, kind) => sum + collectionOf(corpus, kind).length, 0);

export function placeNames(corpus: CorpusBase): (id: string) => string | undefined {
  let names: Map<string, string> | undefined;
  return (id) => {
    names ??= new Map(corpus.places.features.map((place) => [place.id, place.properties.name]));
    return names.get(id);
  };
}

export function indexedTexts(corpus: CompiledCorpus): IndexedText[] {
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

export function describeFeature(
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
