/**
 * `npm run places`: finds the places an article names and drafts them into geo/.
 *
 *   npm run places -- <article.txt | folder>... [--json] [--write] [--verbose] [--root geo] [--gazetteer-only]
 *
 * --write adds new places (and excerpts for places already mapped) to
 * <root>/places.geojson as drafts, and a draft entry to <root>/sources.json
 * for an article not listed there yet. The article must already be in
 * <root>/sources/. Exits 1 when any file could not be read.
 */
import { parseArgs } from 'node:util';
import { findPlaces } from '../src/places/findPlaces';
import { loadGazetteer } from './placeGazetteer';
import { printFinding, printProgress, printWriteSummary } from './places/report';
import {
  listArticles,
  readArticle,
  type ArticleError,
  type ArticleResult,
} from './places/articles';
import { writeDrafts, type WriteSummary } from './places/write';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    root: { type: 'string', default: 'geo' },
    'gazetteer-only': { type: 'boolean', default: false },
  },
});

async function main(): Promise<number> {
  if (positionals.length === 0) {
    console.error(
      'usage: npm run places -- <article.txt | folder>... [--json] [--write] [--verbose]',
    );
    return 2;
  }
  const root = options.root!.replace(/\/+$/, '');
  const errors: ArticleError[] = [];
  const files = await listArticles(positionals, errors);
  const gazetteer = await loadGazetteer({ root: options['gazetteer-only'] ? null : root });

  const results: ArticleResult[] = [];
  for (const [index, file] of files.entries()) {
    printProgress(index, files.length);
    const read = await readArticle(file);
    if ('error' in read) errors.push(read);
    else results.push({ file, finding: findPlaces(read.text, gazetteer) });
  }
  printProgress(files.length, files.length);

  let written: WriteSummary | null = null;
  if (options.write) {
    try {
      written = await writeDrafts(results, root);
    } catch (error) {
      errors.push({ file: root, error: (error as Error).message });
    }
  }
  if (options.json) {
    console.log(JSON.stringify({ articles: results, written, errors }, null, 2));
  } else {
    for (const result of results) printFinding(result, options.verbose!);
    if (written) printWriteSummary(written, root);
  }
  for (const { file, error } of errors) console.error(`✗ ${file}: ${error}`);
  return errors.length > 0 ? 1 : 0;
}

process.exitCode = await main();
