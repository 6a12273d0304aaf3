/**
 * `npm run bench`: Crossings against a plain Leaflet page on the same points,
 * at 1,000, 10,000 and 100,000 synthetic incidents and on the default corpus.
 * Writes bench/RESULTS.md. Never part of `npm test`.
 *
 *   npm run bench [-- --sizes 1000,10000 --runs 5 --no-lighthouse]
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpus } from 'node:os';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium';
import { unpackCorpus, type WireCorpus } from '../src/data/delivery/wire';
import { DELIVERY_LAYOUT } from '../src/data/delivery/layout';
import { writeSyntheticCorpus } from './generate';
import { measurePage, OFFLINE_ARGS, type PageMeasure } from './measure';
import { measureListAndTimeline } from './listTimelineMeasure';
import { measureImport, writeEventTable, type ImportMeasure } from './importMeasure';
import { measureSearch } from './searchMeasure';
import { formatResults, type InitialJs, type SizeResult } from './report';
import { precompress, preparePeer, serve } from './server';

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '5' },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const execFileAsync = promisify(execFile);
const OUT = 'bench/out';
const SITE = join(OUT, 'site');
const runs = Number(options.runs);

function npm(args: string[]): number {
  const started = performance.now();
  const result = spawnSync('npm', args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed`);
  return (performance.now() - started) / 1000;
}

/** The app's build, and a data folder per corpus the server swaps in. */
async function buildApp(): Promise<void> {
  npm(['run', 'check']);
  execFileSync('npx', ['vite', 'build', '--outDir', SITE, '--emptyOutDir'], { stdio: 'ignore' });
}

/** Compiles a corpus into its own folder, timing `npm run check` (best of three: it is short). */
async function compile(root: string, out: string): Promise<number> {
  const times = [1, 2, 3].map(() => npm(['run', 'check', '--', '--root', root, '--out', out]));
  return Math.min(...times);
}

/** The peer loads the incidents' points as plain GeoJSON. */
async function writePeerPoints(data: string): Promise<number> {
  const corpus = unpackCorpus(
    JSON.parse(await readFile(join(data, DELIVERY_LAYOUT.corpus), 'utf8')) as WireCorpus,
  );
  const points = {
    type: 'FeatureCollection',
    features: corpus.incidents.features.map((incident) => ({
      type: 'Feature',
      id: incident.id,
      geometry: incident.geometry,
      properties: { name: incident.properties.name },
    })),
  };
  await writeFile(join(data, 'points.geojson'), JSON.stringify(points));
  return points.features.length;
}

/**
 * Gzip bytes of the JavaScript index.html loads: its script alone, and with
 * the chunks it preloads for the first view (all of it fetched before the
 * map can show, so that is what the budget is held to).
 */
async function initialJsGzip(): Promise<InitialJs> {
  const html = await readFile(join(SITE, 'index.html'), 'utf8');
  const gzipOf = async (file: string) =>
    gzipSync(await readFile(join(SITE, file)), { level: 9 }).length;
  const entry = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const all = [
    ...new Set([...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!)),
  ];
  const sum = async (files: string[]) =>
    (await Promise.all(files.map(gzipOf))).reduce((total, bytes) => total + bytes, 0);
  return { entryBytes: await sum(entry), firstViewBytes: await sum(all), files: all };
}

/** The built-in basemap file, as written for the default corpus: fetched only when it is drawn. */
async function basemapSize(dataDir: string): Promise<{ rawBytes: number; gzipBytes: number }> {
  const bytes = await readFile(join(dataDir, DELIVERY_LAYOUT.basemap));
  return { rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

async function measureMany(browser: Browser, url: string, count: number): Promise<PageMeasure[]> {
  const measures: PageMeasure[] = [];
  for (let i = 0; i < count; i++) measures.push(await measurePage(browser, url));
  return measures;
}

/** Lighthouse in its own Chromium; asynchronous, so this process's server keeps answering it. */
async function lighthouse(url: string): Promise<Record<string, number> | string> {
  try {
    const { stdout } = await execFileAsync(
      'npx',
      [
        'lighthouse',
        url,
        '--quiet',
        '--output=json',
        '--only-categories=performance,accessibility,best-practices',
        '--chrome-flags=--headless=new --no-sandbox',
        '--blocked-url-patterns=*tile.openstreetmap.org*',
      ],
      {
        env: { ...process.env, CHROME_PATH: findChromium()?.path },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const report = JSON.parse(stdout) as { categories: Record<string, { score: number }> };
    return Object.fromEntries(
      Object.entries(report.categories).map(([id, category]) => [
        id,
        Math.round(category.score * 100),
      ]),
    );
  } catch (error) {
    return `lighthouse failed: ${error instanceof Error ? error.message.split('\n').slice(-3).join(' ') : String(error)}`;
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const sizes = options.sizes!.split(',').map(Number);
  await mkdir(OUT, { recursive: true });
  console.log('Building the app…');
  await buildApp();
  const initialJs = await initialJsGzip();
  const basemap = await basemapSize(DELIVERY_LAYOUT.defaultOutDir);
  await precompress(SITE);
  const { server, setData, url } = serve(SITE, await preparePeer(OUT));
  const chromiumPath = findChromium()?.path;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...CHROMIUM_ARGS, ...OFFLINE_ARGS],
  });
  const results: SizeResult[] = [];
  const imports: ImportMeasure[] = [];
  try {
    const corpora: { label: string; root: string | null; size: number | null }[] = [
      { label: 'default corpus', root: null, size: null },
      ...sizes.map((size) => ({
        label: `${size.toLocaleString('en')} incidents`,
        root: join(OUT, `corpus-${size}`),
        size,
      })),
    ];
    for (const corpus of corpora) {
      const data = join(OUT, `data-${corpus.size ?? 'default'}`);
      let checkSeconds: number;
      if (corpus.root) {
        console.log(`Generating ${corpus.label}…`);
        await writeSyntheticCorpus(corpus.root, corpus.size!);
        checkSeconds = await compile(corpus.root, data);
      } else {
        checkSeconds = await compile('geo', data);
      }
      const points = await writePeerPoints(data);
      await precompress(data);
      setData(data);
      console.log(`Measuring ${corpus.label} (${points} points), ${runs} runs each…`);
      const app = await measureMany(browser, `${url}/`, runs);
      const peer = await measureMany(browser, `${url}/peer/`, runs);
      const largest = corpus.size !== null && corpus.size === Math.max(...sizes);
      const search = largest ? await measureSearch(browser, `${url}/`) : undefined;
      if (search) console.log(`  search: ${JSON.stringify(search)}`);
      const listTimeline = largest ? await measureListAndTimeline(browser, `${url}/`) : undefined;
      if (listTimeline) console.log(`  list and timeline: ${JSON.stringify(listTimeline)}`);
      results.push({
        label: corpus.label,
        points,
        checkSeconds,
        app,
        peer,
        ...(search ? { search } : {}),
        ...(listTimeline ? { listTimeline } : {}),
      });
    }
    setData(join(OUT, 'data-default'));
    for (const rows of [60_000, 500_000]) {
      console.log(`Importing a ${rows.toLocaleString('en')}-row event table…`);
      const table = await writeEventTable(OUT, rows);
      imports.push(await measureImport(browser, `${url}/`, table, rows));
      console.log(`  import: ${JSON.stringify(imports.at(-1))}`);
    }
  } finally {
    await browser.close();
  }
  let scores: Record<string, number> | string = 'not run (--no-lighthouse)';
  if (!options['no-lighthouse']) {
    setData(join(OUT, 'data-default'));
    console.log('Lighthouse on the default corpus…');
    scores = await lighthouse(`${url}/`);
  }
  server.close();
  const chromiumVersion = execFileSync(chromiumPath!, ['--version'], { encoding: 'utf8' }).trim();
  const markdown = formatResults({
    results,
    initialJs,
    basemap,
    lighthouse: scores,
    imports,
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      chromium: chromiumVersion,
      node: process.version,
    },
    runs,
    seconds: (performance.now() - started) / 1000,
  });
  await writeFile('bench/RESULTS.md', markdown);
  console.log(markdown);
}

await main();
