/**
 * `npm run places:recall`: how many of the settlements curated in geo/ the
 * place finder finds in their own articles, and how precise it is — once with
 * geo/'s aliases (the tool as an editor runs it), once with GeoNames alone
 * (as if no article had ever been mapped).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ratio, scoreArticle, type ArticleScore } from '../src/places/evaluate';
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

if (import.meta.url === `file://${process.argv[1]}`) print(await measureRecall());
