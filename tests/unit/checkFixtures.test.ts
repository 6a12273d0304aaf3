import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/data/checkCorpus';
import type { Problem } from '../../src/data/problems';
import { loadCountryIndex } from '../../scripts/corpusFiles';
import { FIXTURES, loadFixtureCorpus } from './fixtureCorpus';

interface ExpectedProblem extends Omit<Problem, 'message'> {
  /** A passage the message must contain. */
  message: string;
}

async function check(badFixture?: string) {
  return checkCorpus({
    files: await loadFixtureCorpus(badFixture),
    root: 'fixture',
    countries: await loadCountryIndex(),
  });
}

describe('npm run check on the valid fixture', () => {
  it('reports no problem and compiles every feature', async () => {
    const { problems, corpus } = await check();
    expect(problems).toEqual([]);
    expect(corpus?.places.features.map((place) => place.id)).toEqual(['ras-al-ayn', 'tall-tamr']);
    expect(corpus?.routes.features[0]?.geometry.coordinates).toEqual([
      [40.37079, 36.65556],
      [40.07055, 36.85034],
    ]);
    expect(corpus?.incidents.features[0]?.geometry.coordinates).toEqual([40.37079, 36.65556]);
  });
});

const badFixtures = readdirSync(join(FIXTURES, 'bad'));

describe('npm run check on a bad fixture', () => {
  it.each(badFixtures)(
    'reports exactly the problem of fixture "%s", naming file, id and field',
    async (name) => {
      const expected = JSON.parse(
        readFileSync(join(FIXTURES, 'bad', name, 'expected.json'), 'utf8'),
      ) as ExpectedProblem[];
      const { problems, corpus } = await check(name);
      expect(problems).toHaveLength(expected.length);
      problems.forEach((problem, i) => {
        const want = expected[i]!;
        expect({
          file: problem.file,
          id: problem.id,
          field: problem.field,
          severity: problem.severity,
        }).toEqual({
          file: want.file,
          id: want.id,
          field: want.field,
          severity: want.severity,
        });
        expect(problem.message).toContain(want.message);
        if (want.line !== undefined)
          expect({ line: problem.line, column: problem.column }).toEqual({
            line: want.line,
            column: want.column,
          });
      });
      const onlyWarnings = expected.every((problem) => problem.severity === 'warning');
      expect(corpus === null).toBe(!onlyWarnings);
    },
  );

  it('has one fixture for each message the check can give', () => {
    expect(badFixtures.length).toBeGreaterThanOrEqual(28);
  });
});
