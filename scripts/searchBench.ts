/**
 * `npm run search:bench`: how long the search index takes to build and to
 * answer as-you-type queries, on the default corpus and on it repeated to
 * ~10,000 and ~100,000 features (ids suffixed, names and excerpts as they
 * are), in Node. The browser builds the same index after the first paint.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DELIVERY_LAYOUT } from '../src/data/delivery/layout';
import type { CompiledCorpus } from '../src/data/compiled';
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

function measure(corpus: CompiledCorpus): { buildMs: number; keystrokeMs: number[] } {
  let start = performance.now();
  const search = new CorpusSearch(corpus);
  const buildMs = performance.now() - start;
  const keystrokeMs: number[] = [];
  for (const query of TYPED)
    for (let end = 1; end <= query.length; end++) {
      start = performance.now();
      search.search(query.slice(0, end));
      keystrokeMs.push(performance.now() - start);
    }
  return { buildMs, keystrokeMs };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const corpus = JSON.parse(
    await readFile(join(DELIVERY_LAYOUT.defaultOutDir, DELIVERY_LAYOUT.corpus), 'utf8'),
  ) as CompiledCorpus;
  const base = featureCount(corpus);
  console.log('features   build index   keystroke median   keystroke p95   (ms, Node, one run)');
  for (const times of [1, Math.ceil(10_000 / base), Math.ceil(100_000 / base)]) {
    const sized = repeated(corpus, times);
    const { buildMs, keystrokeMs } = measure(sized);
    console.log(
      `${String(featureCount(sized)).padStart(8)}   ${buildMs.toFixed(0).padStart(11)}   ${percentile(keystrokeMs, 50).toFixed(2).padStart(16)}   ${percentile(keystrokeMs, 95).toFixed(2).padStart(13)}`,
    );
  }
}

await main();
