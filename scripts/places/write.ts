/**
 * `--write`: adds the finder's drafts to geo/ — new places, excerpts of the new
 * article for places already mapped, and a sources.json entry — formatted as
 * the rest of geo/ is. Nothing is written if any article is not where
 * `npm run check` will look for it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import * as prettier from 'prettier';
import * as v from 'valibot';
import { SlugSchema, type Place, type Source } from '../../src/data/schema';
import { sha256Hex } from '../../src/data/validateSources';
import { draftEdits, draftSource } from '../../src/places/drafts';
import type { ArticleResult } from './articles';

export interface WriteSummary {
  sources: string[];
  places: { id: string; name: string; source: string }[];
  excerpts: { placeId: string; source: string }[];
  notWritten: { source: string; spelling: string; reason: string }[];
}

/** @throws Error saying which article is misplaced or misnamed, before anything is written. */
export async function writeDrafts(
  results: readonly ArticleResult[],
  root: string,
): Promise<WriteSummary> {
  const sourceIds = results.map(({ file }) => sourceIdOf(file, root));
  const sources = await readJson<Source[]>(join(root, 'sources.json'));
  const places = await readJson<{ type: 'FeatureCollection'; features: Place[] }>(
    join(root, 'places.geojson'),
  );
  const takenIds = new Set([
    ...places.features.map((place) => place.id),
    ...(await featureIds(join(root, 'routes.geojson'))),
    ...(await featureIds(join(root, 'incidents.geojson'))),
  ]);
  const summary: WriteSummary = { sources: [], places: [], excerpts: [], notWritten: [] };

  for (const [index, { file, finding }] of results.entries()) {
    const source = sourceIds[index]!;
    if (!sources.some((entry) => entry.id === source)) {
      sources.push(draftSource(source, basename(file), await sha256Hex(await readFile(file))));
      summary.sources.push(source);
    }
    const edits = draftEdits(finding, source, places.features, takenIds);
    for (const place of edits.places) {
      places.features.push(place);
      takenIds.add(place.id);
      summary.places.push({ id: place.id, name: place.properties.name, source });
    }
    for (const { placeId, excerpt } of edits.excerpts) {
      places.features.find((place) => place.id === placeId)!.properties.excerpts.push(excerpt);
      summary.excerpts.push({ placeId, source });
    }
    for (const { candidate, reason } of edits.notWritten)
      summary.notWritten.push({ source, spelling: candidate.spelling, reason });
  }

  if (summary.sources.length > 0) await writeFormatted(join(root, 'sources.json'), sources);
  if (summary.places.length + summary.excerpts.length > 0)
    await writeFormatted(join(root, 'places.geojson'), places);
  return summary;
}

/** The id `npm run check` gives the article: its file name in <root>/sources/, without ".txt". */
function sourceIdOf(file: string, root: string): string {
  const where = relative(resolve(root, 'sources'), resolve(file));
  if (where.startsWith('..') || where.includes('/'))
    throw new Error(
      `${file} is not in ${root}/sources/: put the article there first, byte for byte, then run again`,
    );
  const id = basename(file, '.txt');
  if (!v.is(SlugSchema, id) || !file.endsWith('.txt'))
    throw new Error(
      `${file}: rename it to a lowercase slug ending in .txt, e.g. "${root}/sources/new-article.txt"; the name becomes the source id`,
    );
  return id;
}

async function readJson<T>(path: string): Promise<T> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (error) {
    throw new Error(
      `${path} could not be read (${(error as Error).message}): fix it first (\`npm run check\` says where)`,
      {
        cause: error,
      },
    );
  }
}

async function featureIds(path: string): Promise<string[]> {
  const collection = await readJson<{ features: { id: string }[] }>(path).catch(() => ({
    features: [],
  }));
  return collection.features.map((feature) => feature.id);
}

async function writeFormatted(path: string, value: unknown): Promise<void> {
  const config = await prettier.resolveConfig(path);
  await writeFile(
    path,
    await prettier.format(JSON.stringify(value), { ...config, filepath: path }),
  );
}
