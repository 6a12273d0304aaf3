/**
 * `npm run places:recall`: how many of the settlements curated in geo/ the
 * place finder finds in their own articles, and how precise it is — once with
 * geo/'s aliases (the tool as an editor runs it), once with GeoNames alone
 * (as if no article had ever been mapped). Then the same on articles the
 * finder's rules were not written for (tests/fixtures/places/unseen/), each
 * with an answer key of GeoNames ids, in two halves: `tune`, which may be
 * looked at while changing the finder, and `held-out`, which is only
 * reported. `-- --only tune` prints the tuning half alone.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ratio,
  scoreAgainstKey,
  scoreArticle,
  type AnswerKey,
  type ArticleScore,
  type KeyScore,
} from '../src/places/evaluate';
import { findPlaces } from '../src/places/findPlaces';
import { loadGazetteer, readKnownPlaces } from './placeGazetteer';

const ROOT = 'geo';

export interface RecallReport {
  mode: string;
  articles: { source: string; score: ArticleScore }[];
  recall: number;
  precision: number;
}

export async function measureRecall(root = ROOT): Promise<RecallReport[]> {
  const curated = await readKnownPlaces(root);
  const sources: { id: string }[] = JSON.parse(await readFile(join(root, 'sources.json'), 'utf8'));
  const texts = await Promise.all(
    sources.map(async ({ id }) => ({
      id,
      text: await readFile(join(root, 'sources', `${id}.txt`), 'utf8'),
    })),
  );
  const reports: RecallReport[] = [];
  for (const [mode, gazetteerRoot] of [
    ['GeoNames + geo/ aliases', root],
    ['GeoNames alone', null],
  ] as const) {
    const gazetteer = await loadGazetteer({ root: gazetteerRoot });
    const articles = texts.map(({ id, text }) => ({
      source: id,
      score: scoreArticle(
        findPlaces(text, gazetteer),
        curated.filter((place) => place.sources.includes(id)),
      ),
    }));
    const sum = (field: 'settlements' | 'found' | 'accepted' | 'correct') =>
      articles.reduce((total, { score }) => total + score[field], 0);
    reports.push({
      mode,
      articles,
      recall: ratio(sum('found'), sum('settlements')),
      precision: ratio(sum('correct'), sum('accepted')),
    });
  }
  return reports;
}

function print(reports: RecallReport[]): void {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  for (const report of reports) {
    console.log(
      `\n${report.mode}: settlement recall ${percent(report.recall)}, precision ${percent(report.precision)}`,
    );
    console.log('  source                          settlements found  accepted correct');
    for (const { source, score } of report.articles) {
      console.log(
        `  ${source.padEnd(32)}${String(score.settlements).padStart(11)}${String(score.found).padStart(6)}${String(score.accepted).padStart(10)}${String(score.correct).padStart(8)}`,
      );
      for (const miss of score.misses) console.log(`      missed: ${miss}`);
      for (const extra of score.unexpected)
        console.log(`      not curated from this article: ${extra}`);
    }
  }
}

export const UNSEEN_DIR = 'tests/fixtures/places/unseen';
/**
 * `tune` may be looked at while the finder changes; `held-out` is only
 * reported; `fresh` was written after the finder's tuning was done, by a
 * writer who had not seen its code, and run once (its own answer key,
 * fresh/expected.json).
 */
export const HALVES = ['tune', 'held-out', 'fresh'] as const;
export type Half = (typeof HALVES)[number];

/** The answer keys: the shared one, and any a set of articles brings in its own folder. */
async function readAnswerKeys(halves: readonly Half[]): Promise<Record<string, AnswerKey>> {
  const keys = JSON.parse(await readFile(join(UNSEEN_DIR, 'expected.json'), 'utf8')) as Record<
    string,
    AnswerKey
  >;
  for (const half of halves) {
    const own = await readFile(join(UNSEEN_DIR, half, 'expected.json'), 'utf8').catch(() => null);
    if (own) Object.assign(keys, JSON.parse(own) as Record<string, AnswerKey>);
  }
  delete keys['$comment'];
  return keys;
}

export interface UnseenReport {
  half: Half;
  articles: { file: string; score: KeyScore }[];
  recall: number;
  falseDrafts: number;
}

/** The finder as an editor runs it (GeoNames and geo/), on the unseen articles of each half. */
export async function measureUnseen(halves: readonly Half[] = HALVES): Promise<UnseenReport[]> {
  const keys = await readAnswerKeys(halves);
  const gazetteer = await loadGazetteer({ root: ROOT });
  const knownIds = new Map(
    [...gazetteer.knownByName.values()].map((place) => [place.id, place.geonameIds]),
  );
  const idsOf = (candidate: Parameters<Parameters<typeof scoreAgainstKey>[2]>[0]) =>
    candidate.known !== null
      ? (knownIds.get(candidate.known) ?? [])
      : candidate.gazetteer
        ? [candidate.gazetteer.geonameId]
        : [];
  const reports: UnseenReport[] = [];
  for (const half of halves) {
    const files = Object.keys(keys)
      .filter((file) => file.startsWith(`${half}/`))
      .sort();
    const articles = await Promise.all(
      files.map(async (file) => ({
        file,
        score: scoreAgainstKey(
          findPlaces(await readFile(join(UNSEEN_DIR, file), 'utf8'), gazetteer),
          keys[file]!,
          idsOf,
        ),
      })),
    );
    const sum = (pick: (score: KeyScore) => number) =>
      articles.reduce((total, { score }) => total + pick(score), 0);
    reports.push({
      half,
      articles,
      recall: ratio(
        sum((score) => score.found),
        sum((score) => score.settlements),
      ),
      falseDrafts: sum((score) => score.falseDrafts.length),
    });
  }
  return reports;
}

function printUnseen(reports: UnseenReport[]): void {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  for (const report of reports) {
    console.log(
      `\nUnseen articles, ${report.half}: drafted recall ${percent(report.recall)}, ${report.falseDrafts} false draft(s)`,
    );
    console.log('  article                                   settlements drafted  false');
    for (const { file, score } of report.articles) {
      console.log(
        `  ${file.padEnd(42)}${String(score.settlements).padStart(11)}${`${score.found} (${percent(ratio(score.found, score.settlements))})`.padStart(15)}${String(score.falseDrafts.length).padStart(7)}`,
      );
      for (const miss of score.misses) console.log(`      missed: ${miss}`);
      for (const draft of score.falseDrafts) console.log(`      false draft: ${draft}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  const halves = values.only ? HALVES.filter((half) => half === values.only) : HALVES;
  if (halves.length === 0) throw new Error(`--only takes ${HALVES.join(' or ')}`);
  if (!values.only) print(await measureRecall());
  printUnseen(await measureUnseen(halves));
}
