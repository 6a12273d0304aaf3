import { describe, expect, it } from 'vitest';
import { dateSpanOf, isValidEdtf } from '../../src/data/dates';

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
