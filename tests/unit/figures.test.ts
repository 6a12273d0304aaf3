import { describe, expect, it } from 'vitest';
import { checkFigures, findCount, locateFigure } from '../../src/data/figures';
import type { Figure } from '../../src/data/schema';

const figure = (overrides: Partial<Figure>): Figure => ({
  count: 300,
  what: 'killed',
  measure: 'killed-in-attacks',
  source: 'a',
  refersTo: null,
  counts: ['killed'],
  ...overrides,
});

describe('findCount: a number as the text writes it', () => {
  it.each([
    ['a total of 338 ISIS terrorists', 338, '338'],
    ['there are 1,201 Islamic State prisoners', 1201, '1,201'],
    ['safe passage to 3500 IS family members', 3500, '3500'],
    ['“Nine hundred of them (jihadists) came to Turkey.', 900, 'Nine hundred'],
    ['deporting nine Belgium national ISIS militants', 9, 'nine'],
    ['two thousand five hundred militants', 2500, 'two thousand five hundred'],
    ['one hundred and nine people', 109, 'one hundred and nine'],
  ])('finds %j as %i', (quote, count, written) => {
    const [found] = findCount(quote, count);
    expect(quote.slice(found!.start, found!.end)).toBe(written);
  });

  it('does not take part of a longer number for the number', () => {
    expect(findCount('over 10,000 jihadists', 10)).toEqual([]);
    expect(findCount('1,201 prisoners', 201)).toEqual([]);
    expect(findCount('$81 million', 8)).toEqual([]);
    expect(findCount('nineteen', 9)).toEqual([]);
    expect(findCount('1.5 million', 5)).toEqual([]);
  });

  it("reads the text's hedge right before the number, whatever its case", () => {
    expect(findCount('wounded more than 500 at a rally', 500)[0]?.hedge).toBe('more than');
    expect(findCount('Over 10,000 jihadists', 10000)[0]?.hedge).toBe('over');
    expect(findCount('killed nearly 300 civilians', 300)[0]?.hedge).toBe('nearly');
    expect(findCount('killed 109 people', 109)[0]?.hedge).toBeNull();
    expect(findCount('moreover 300', 300)[0]?.hedge).toBeNull();
  });
});

describe('locateFigure and checkFigures', () => {
  const excerpts = [
    { source: 'a', quote: 'attacks that killed nearly 300 civilians' },
    { source: 'b', quote: 'over 300 people have been killed' },
  ];

  it('finds the excerpt of its own source whose hedge matches', () => {
    expect(locateFigure(figure({ qualifier: 'nearly' }), excerpts)?.excerpt).toBe(0);
    expect(locateFigure(figure({ source: 'b', qualifier: 'over' }), excerpts)?.excerpt).toBe(1);
    expect(locateFigure(figure({ count: 39 }), excerpts)).toBeNull();
  });

  it('warns when the text hedges a number the figure gives as exact', () => {
    const reports: [string, string, string?][] = [];
    checkFigures([figure({})], excerpts, new Set(['killed-in-attacks']), (...args) =>
      reports.push(args),
    );
    expect(reports).toEqual([
      [
        'properties.figures[0].qualifier',
        'the excerpt says "nearly 300": add "qualifier": "nearly" so the figure does not read as exact',
        'warning',
      ],
    ]);
  });

  it('reports nothing for a figure its excerpt bears out, and no measure when measures.json is unreadable', () => {
    const reports: unknown[] = [];
    checkFigures(
      [figure({ qualifier: 'nearly', measure: 'anything' })],
      excerpts,
      null,
      (...args) => reports.push(args),
    );
    expect(reports).toEqual([]);
  });
});
