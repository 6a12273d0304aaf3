import { describe, expect, it } from 'vitest';
import { dateSpanOf } from '../../src/data/dates';
import {
  compareFigures,
  comparisonSummary,
  describeComparison,
  worthShowing,
  type ComparableFigure,
} from '../../src/view/compareFigures';

const killed = (overrides: Partial<ComparableFigure>): ComparableFigure => ({
  count: 300,
  what: 'killed',
  counts: ['civilians', 'ISIS attacks'],
  when: dateSpanOf('2014/2017'),
  ...overrides,
});

describe('compareFigures: the same only when count, hedge, what is counted and period agree', () => {
  it('calls two figures the same when all four agree', () => {
    expect(
      compareFigures(killed({ qualifier: 'nearly' }), killed({ qualifier: 'nearly' })),
    ).toEqual({ verdict: 'same', reasons: [] });
  });

  it('reads "nearly 300" and "over 300" as different numbers, even of the same thing', () => {
    const comparison = compareFigures(
      killed({ qualifier: 'nearly' }),
      killed({ qualifier: 'over' }),
    );
    expect(comparison.verdict).toBe('differ');
    expect(comparison.reasons).toEqual(['nearly 300 and over 300 cannot both be true']);
  });

  it('lets hedges that can both hold agree, and those that cannot differ', () => {
    expect(compareFigures(killed({ qualifier: 'more than', count: 250 }), killed({})).verdict).toBe(
      'agree',
    );
    expect(compareFigures(killed({ qualifier: 'about' }), killed({ count: 310 })).verdict).toBe(
      'agree',
    );
    expect(
      compareFigures(killed({ qualifier: 'as many as' }), killed({ count: 120 })).verdict,
    ).toBe('agree');
    expect(compareFigures(killed({ qualifier: 'nearly' }), killed({})).verdict).toBe('differ');
    expect(compareFigures(killed({ qualifier: 'over' }), killed({})).verdict).toBe('differ');
    expect(compareFigures(killed({ count: 45 }), killed({ count: 39 })).verdict).toBe('differ');
  });

  it('will not compare figures that count different things, giving the words of each', () => {
    const comparison = compareFigures(
      killed({ qualifier: 'nearly' }),
      killed({ qualifier: 'over', counts: ['people', 'attacks in Turkey, blamed on jihadists'] }),
    );
    expect(comparison.verdict).toBe('not comparable');
    expect(comparison.reasons).toEqual([
      'they count different things: “civilians”, “ISIS attacks” and “people”, “attacks in Turkey, blamed on jihadists”',
    ]);
  });

  it('will not compare figures for different or unknown periods', () => {
    expect(compareFigures(killed({}), killed({ when: dateSpanOf('2016?') })).reasons).toEqual([
      'they are for different periods: 2014 – 2017 and 2016?',
    ]);
    expect(
      compareFigures(killed({}), killed({ qualifier: 'over', when: undefined })).reasons,
    ).toEqual(['the period is not given for over 300']);
    expect(
      compareFigures(killed({ when: undefined }), killed({ when: undefined })).reasons,
    ).toEqual(['the period is not given for either']);
  });

  it('will not compare a projection with what happened, nor one kind of count with another', () => {
    expect(compareFigures(killed({ projected: true }), killed({})).reasons).toEqual([
      'one is expected, the other reported as done',
    ]);
    expect(compareFigures(killed({ what: 'wounded' }), killed({})).reasons).toEqual([
      'one counts wounded, the other killed',
    ]);
  });

  it('matches the words counted whatever their case or order', () => {
    expect(
      compareFigures(killed({}), killed({ counts: ['isis attacks', 'Civilians'] })).verdict,
    ).toBe('same');
  });
});

describe('what the Figures view shows of a comparison', () => {
  it('shows pairs that can be compared, and alike numbers that cannot, but not every unrelated pair', () => {
    const unrelated = killed({ count: 45, counts: ['coordinated jihadist attack'] });
    const alike = killed({ counts: ['people'] });
    expect(worthShowing(killed({}), unrelated, compareFigures(killed({}), unrelated))).toBe(false);
    expect(worthShowing(killed({}), alike, compareFigures(killed({}), alike))).toBe(true);
    const differing = killed({ count: 280 });
    expect(worthShowing(killed({}), differing, compareFigures(killed({}), differing))).toBe(true);
  });

  it('states the verdict with the other figure in full, hedge kept', () => {
    expect(
      describeComparison(
        { verdict: 'not comparable', reasons: ['the period is not given for over 300'] },
        'Threat of Jihadist Exodus',
        'over 300 killed (people)',
      ),
    ).toBe(
      'Not comparable with over 300 killed (people) in Threat of Jihadist Exodus: the period is not given for over 300',
    );
    expect(describeComparison({ verdict: 'same', reasons: [] }, 'A', '300 killed')).toBe(
      'Same figure in A: the same count, hedge, thing counted and period',
    );
  });

  it('sums a measure up as differ, agree, or not comparable, in that order of weight', () => {
    expect(comparisonSummary(['agree', 'differ'])).toBe(
      'sources differ for the same thing and period',
    );
    expect(comparisonSummary(['not comparable', 'same'])).toBe('sources agree');
    expect(comparisonSummary(['not comparable'])).toBe('alike numbers that are not comparable');
    expect(comparisonSummary([])).toBeNull();
  });
});
