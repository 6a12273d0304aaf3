/**
 * `npm run places:bench`: how long the place finder takes on a corpus of
 * 1,000 articles (the five corpus texts, repeated), in-process and as the
 * real command reading 1,000 files. The gazetteer loads once either way.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPlaces } from '../src/places/findPlaces';
import { loadGazetteer } from './placeGazetteer';

const ARTICLES = 1000;

async function corpusOf(count: number): Promise<string[]> {
  const dir = join('geo', 'sources');
  const texts = await Promise.all(
    (await readdir(dir)).sort().map((name) => readFile(join(dir, name), 'utf8')),
  );
  return Array.from({ length: count }, (_, index) => texts[index % texts.length]!);
}

const elapsedMs = (start: number) => performance.now() - start;

async function main(): Promise<void> {
  const articles = await corpusOf(ARTICLES);
  const bytes = articles.reduce((total, text) => total + Buffer.byteLength(text), 0);

  let start = performance.now();
  const gazetteer = await loadGazetteer({ root: 'geo' });
  const loadMs = elapsedMs(start);

  start = performance.now();
  let candidates = 0;
  for (const text of articles) candidates += findPlaces(text, gazetteer).candidates.length;
  const findMs = elapsedMs(start);

  const dir = await mkdtemp(join(tmpdir(), 'places-bench-'));
  try {
    await Promise.all(
      articles.map((text, index) => writeFile(join(dir, `article-${index}.txt`), text)),
    );
    start = performance.now();
    execFileSync('npx', ['tsx', 'scripts/places.ts', '--json', dir], {
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    const commandMs = elapsedMs(start);

    console.log(`${ARTICLES} articles, ${(bytes / 1e6).toFixed(1)} MB, ${candidates} candidates`);
    console.log('step                                         time');
    console.log(
      `load the gazetteer (once)               ${(loadMs / 1000).toFixed(2).padStart(7)} s`,
    );
    console.log(
      `find places in ${ARTICLES} articles (in-process) ${(findMs / 1000).toFixed(2).padStart(7)} s  (${(findMs / ARTICLES).toFixed(2)} ms/article)`,
    );
    console.log(
      `npm run places -- --json <${ARTICLES} files>      ${(commandMs / 1000).toFixed(2).padStart(7)} s  (whole command, incl. start-up)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
