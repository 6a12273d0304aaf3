/**
 * A synthetic corpus in the `geo/` format, for benchmarks: N dated incidents
 * at real GeoNames settlements of Turkey and Syria, each quoting a sentence of
 * a generated "article". Same seed, same corpus, byte for byte.
 *
 * The texts say they are synthetic; nothing here is a claim about the world
 * except the places' names, GeoNames ids and points.
 */
import { createHash } from 'node:crypto';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { MONTH_NAMES } from '../src/data/datesInText';

/** A gazetteer settlement the generator may place incidents at. */
export interface SeedPlace {
  geonames: number;
  name: string;
  country: 'TR' | 'SY';
  lon: number;
  lat: number;
}

export interface SyntheticOptions {
  incidents: number;
  /** Settlements to draw from, most important first; the generator uses the first ones. */
  places: SeedPlace[];
  seed?: number;
  /** One source per this many incidents (1,000 sources for 10,000 incidents). */
  incidentsPerSource?: number;
  /** The Turkey–Syria border record to copy from the real corpus. */
  bordersJson: string;
}

const TYPES = ['detention', 'attack', 'foiled plot', 'deportation', 'announcement'] as const;
const VERBS: Record<(typeof TYPES)[number], string> = {
  detention: 'security forces detained suspects',
  attack: 'an attack was reported',
  'foiled plot': 'police said they had foiled a plot',
  deportation: 'authorities deported foreign nationals',
  announcement: 'officials announced new measures',
};
/** Who the sentence credits, where it credits someone ("police said"): the claim says so. */
const CREDITED: Partial<Record<(typeof TYPES)[number], string>> = {
  'foiled plot': 'police',
  announcement: 'officials',
};

/** Places per incident count: enough to spread the points without every incident alone at its own town. */
export function placeCount(incidents: number, available: number): number {
  return Math.min(available, Math.max(20, Math.round(incidents / 20)));
}

const slugOf = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'place';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Every file of the corpus, keyed by its path under the corpus root. */
export function syntheticCorpus(options: SyntheticOptions): Map<string, string> {
  const rng = xoroshiro128plus(options.seed ?? 20261122);
  const perSource = options.incidentsPerSource ?? 10;
  const places = options.places.slice(0, placeCount(options.incidents, options.places.length));
  const placeIds = uniqueIds(places.map((place) => slugOf(place.name)));
  const sourceCount = Math.max(1, Math.ceil(options.incidents / perSource));
  const width = String(options.incidents).length;

  const sentences: string[][] = Array.from({ length: sourceCount }, () => []);
  const incidents: object[] = [];
  const firstQuote = new Map<number, { source: string; quote: string }>();
  for (let i = 0; i < options.incidents; i++) {
    const placeIndex = pick(rng, places.length);
    const place = places[placeIndex]!;
    const type = TYPES[pick(rng, TYPES.length)]!;
    const year = uniformInt(rng, 2011, 2024);
    const month = uniformInt(rng, 1, 12);
    const day = uniformInt(rng, 1, 28);
    const precision = pick(rng, 4); // 0, 1: day; 2: month; 3: uncertain day
    const sourceIndex = Math.floor(i / perSource);
    const source = `synthetic-${pad(sourceIndex + 1, 5)}`;
    const when =
      precision === 2
        ? `In ${MONTH_NAMES[month - 1]} ${year}`
        : `On ${day} ${MONTH_NAMES[month - 1]} ${year}`;
    const quote = `${when}, in ${place.name}, ${VERBS[type]} (synthetic record ${i + 1}).`;
    sentences[sourceIndex]!.push(quote);
    if (!firstQuote.has(placeIndex)) firstQuote.set(placeIndex, { source, quote });
    const date =
      precision === 2
        ? `${year}-${pad(month, 2)}`
        : `${year}-${pad(month, 2)}-${pad(day, 2)}${precision === 3 ? '?' : ''}`;
    incidents.push({
      type: 'Feature',
      id: `incident-${pad(i + 1, width)}`,
      geometry: null,
      properties: {
        name: `${capitalise(type)} in ${place.name}`,
        type,
        date,
        place: placeIds[placeIndex],
        excerpts: [{ source, quote }],
        // Every part of the date is in the sentence: stated, as `npm run check` verifies.
        claim: {
          says: quote,
          support: [quote],
          ...(CREDITED[type] ? { attributedTo: CREDITED[type] } : {}),
          dated: { from: 'stated' },
        },
      },
    });
  }

  const files = new Map<string, string>();
  const sources = sentences.map((lines, index) => {
    const id = `synthetic-${pad(index + 1, 5)}`;
    const text = `Synthetic report ${index + 1}\n\nThis text was generated for a benchmark; it reports nothing real.\n\n${lines.join('\n')}\n`;
    files.set(`sources/${id}.txt`, text);
    return {
      id,
      originalFile: `${id}.txt`,
      sha256: createHash('sha256').update(text).digest('hex'),
      headline: `Synthetic report ${index + 1}`,
      outlet: null,
      author: null,
      published: null,
      publishedInferredFrom: null,
      language: 'en',
      url: null,
      notes: 'Generated by bench/syntheticCorpus.ts for benchmarks; not a real article.',
    };
  });
  // Places nothing happened at are left out: every place needs a quote.
  const placeFeatures = places.flatMap((place, index) => {
    const quote = firstQuote.get(index);
    if (!quote) return [];
    return [
      {
        type: 'Feature',
        id: placeIds[index],
        geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
        properties: {
          name: place.name,
          aliases: [],
          kind: 'town',
          country: place.country,
          gazetteer: { geonames: place.geonames },
          excerpts: [quote],
        },
      },
    ];
  });
  const collection = (features: object[]) =>
    JSON.stringify({ type: 'FeatureCollection', features });
  files.set('sources.json', JSON.stringify(sources));
  files.set('places.geojson', collection(placeFeatures));
  files.set('routes.geojson', collection([]));
  files.set('incidents.geojson', collection(incidents));
  files.set('measures.json', '[]');
  files.set('borders.json', options.bordersJson);
  return files;
}

function pick(rng: RandomGenerator, length: number): number {
  return uniformInt(rng, 0, length - 1);
}

function capitalise(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}

/** Slugs made unique by a numeric suffix, in order. */
function uniqueIds(slugs: string[]): string[] {
  const seen = new Map<string, number>();
  return slugs.map((slug) => {
    const count = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, count);
    return count === 1 ? slug : `${slug}-${count}`;
  });
}
