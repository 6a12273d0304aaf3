/**
 * `npm run search:bench`: how long the search index takes to build, to load
 * as `npm run check` writes it, and to answer as-you-type queries, on the
 * default corpus and on it repeated to ~10,000 and ~100,000 features (ids
 * suffixed, names and excerpts as they are), in Node. The browser's search
 * worker loads the prebuilt index.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CompiledCorpus } from '../src/data/compiled';
import { DELIVERY_LAYOUT } from '../src/data/delivery/layout';
import { deliveryClient } from '../src/data/delivery/client';
import { unpackCorpus } from '../src/data/delivery/wire';
import { IncidentDetailsStore } from '../src/data/incidentDetails';
import { CorpusSearch } from '../src/search/corpusSearch';

/** What a user types, one keystroke at a time. */
const TYPED = ['Serekaniye', 'ras al ain', 'Hasaka', 'Tel Tamer', 'Istanbul', 'deported'];

function repeated(corpus: CompiledCorpus, times: number): CompiledCorpus {
  const copies = <F extends { id: string }>(features: F[]) =>
    Array.from({ length: times }, (_, copy) =>
      features.map((feature) => ({
        ...feature,
        id: copy === 0 ? feature.id : `${feature.id}-${copy}`,
      })),
    ).flat();
  return {
    ...corpus,
    places: { ...corpus.places, features: copies(corpus.places.features) },
    routes: { ...corpus.routes, features: copies(corpus.routes.features) },
    incidents: { ...corpus.incidents, features: copies(corpus.incidents.features) },
  };
}

const featureCount = (corpus: CompiledCorpus) =>
  corpus.places.features.length + corpus.routes.features.length + corpus.incidents.features.length;

function measure(corpus: CompiledCorpus): {
  buildMs: number;
  loadMs: number;
  keystrokeMs: number[];
} {
  let start = performance.now();
  const built = CorpusSearch.build(corpus);
  const buildMs = performance.now() - start;
  const written = JSON.stringify(built);
  start = performance.now();
  const search = CorpusSearch.load(corpus, JSON.parse(written));
  const loadMs = performance.now() - start;
  const keystrokeMs: number[] = [];
  for (const query of TYPED)
    for (let end = 1; end <= query.length; end++) {
      start = performance.now();
      search.search(query.slice(0, end));
      keystrokeMs.push(performance.now() - start);
    }
  return { buildMs, loadMs, keystrokeMs };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The default corpus as the app reads it, details joined back in. */
async function compiledCorpus(): Promise<CompiledCorpus> {
  const dir = DELIVERY_LAYOUT.defaultOutDir;
  const fromDisk = (async (url: URL | string) =>
    new Response(await readFile(join(dir, new URL(url).pathname.slice(1))))) as typeof fetch;
  const client = deliveryClient('file:///', fromDisk);
  const corpus = unpackCorpus(await client.corpus());
  return new IncidentDetailsStore(corpus, client.json).full();
}

async function main(): Promise<void> {
  const corpus = await compiledCorpus();
  const base = featureCount(corpus);
  console.log(
    'features   build index   load prebuilt (parsed)   keystroke median   keystroke p95   (ms, Node, one run)',
  );
  for (const times of [1, Math.ceil(10_000 / base), Math.ceil(100_000 / base)]) {
    const sized = repeated(corpus, times);
    const { buildMs, loadMs, keystrokeMs } = measure(sized);
    console.log(
      `${String(featureCount(sized)).padStart(8)}   ${buildMs.toFixed(0).padStart(11)}   ${loadMs.toFixed(0).padStart(22)}   ${percentile(keystrokeMs, 50).toFixed(2).padStart(16)}   ${percentile(keystrokeMs, 95).toFixed(2).padStart(13)}`,
    );
  }
}

await main();
