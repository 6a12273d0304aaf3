import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  calendarDateSpan,
  dateSpanOf,
  edtfDateSpan,
  edtfIsValid,
  isValidEdtf,
} from '../../src/data/dates';

describe('EDTF dates', () => {
  it('keeps month precision as a span of the whole month, never an invented day', () => {
    expect(dateSpanOf('2017-11')).toEqual({
      edtf: '2017-11',
      start: '2017-11-01',
      end: '2017-11-30',
      precision: 'month',
      uncertain: false,
      approximate: false,
    });
  });

  it('tells uncertain ("?") from approximate ("~")', () => {
    expect(dateSpanOf('2017-09-25?')).toMatchObject({
      start: '2017-09-25',
      end: '2017-09-25',
      precision: 'day',
      uncertain: true,
    });
    expect(dateSpanOf('2017~')).toMatchObject({
      start: '2017-01-01',
      end: '2017-12-31',
      precision: 'year',
      approximate: true,
      uncertain: false,
    });
  });

  it('keeps the qualifier of an interval end', () => {
    expect(dateSpanOf('2019-11-11/2020-07-01?')).toMatchObject({
      start: '2019-11-11',
      end: '2020-07-01',
      precision: 'interval',
      uncertain: true,
      approximate: false,
    });
    expect(dateSpanOf('2014~/2017')).toMatchObject({ uncertain: false, approximate: true });
    expect(dateSpanOf('2014/2017')).toMatchObject({ uncertain: false, approximate: false });
  });

  it('accepts EDTF and rejects other date formats', () => {
    expect(['2019-11-11', '2017-11', '2017?', '2017-08/2017-09'].map(isValidEdtf)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['11/11/2019', '2017-13', 'November 2017', ''].map(isValidEdtf)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('the fast path for plain calendar dates', () => {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const plainDate = fc
    .tuple(
      fc.integer({ min: 1000, max: 2999 }),
      fc.option(fc.integer({ min: 0, max: 13 })),
      fc.option(fc.integer({ min: 0, max: 32 })),
      fc.constantFrom('', '?', '~', '%'),
    )
    .map(([year, month, day, qualifier]) =>
      [
        pad(year, 4),
        month === null ? '' : `-${pad(month, 2)}`,
        month === null || day === null ? '' : `-${pad(day, 2)}`,
        qualifier,
      ].join(''),
    );

  it('gives the library’s span for every valid year, month and day, and refuses what it refuses', () => {
    fc.assert(
      fc.property(plainDate, (value) => {
        const fast = calendarDateSpan(value);
        if (fast) expect(fast).toEqual(edtfDateSpan(value));
        else expect(isValidEdtf(value)).toBe(false);
        // The library takes 29 February of a common year, rolled to 1 March; we refuse it.
        if (!fast && !/-02-29/.test(value)) expect(edtfIsValid(value)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses 29 February of a common year, which the library rolls over to 1 March', () => {
    expect(isValidEdtf('2017-02-29')).toBe(false);
    expect(isValidEdtf('2016-02-29')).toBe(true);
    expect(isValidEdtf('1900-02-29?')).toBe(false);
  });

  it('leaves intervals and the rest of EDTF to the library', () => {
    for (const value of ['2014/2017', '2017-21', '201X', '2017-11-1', '-0100', '0050'])
      expect(calendarDateSpan(value)).toBeNull();
    expect(dateSpanOf('2014/2017')).toMatchObject({ start: '2014-01-01', end: '2017-12-31' });
  });
});
