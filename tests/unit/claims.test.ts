import { describe, expect, it } from 'vitest';
import { finestPart, unwrittenDateParts } from '../../src/data/datesInText';
import { HEDGES } from '../../src/data/hedges';
import { mentions } from '../../src/data/validateClaims';

const hedgesIn = (sentence: string) =>
  HEDGES.filter((hedge) => hedge.inText.test(sentence)).map((hedge) => hedge.id);

describe('unwrittenDateParts: a date no more precise than its text', () => {
  it('finds every part written, across sentences and in the forms news texts use', () => {
    const texts = ['began repatriating on Monday, November 11.', 'in November 2019, saying'];
    expect(unwrittenDateParts('2019-11-11', texts)).toEqual([]);
    expect(unwrittenDateParts('2017-11-10', ['in Adana, Turkey, Nov. 10, 2017.'])).toEqual([]);
    expect(
      unwrittenDateParts('2017-01-01', ['a shooting at a nightclub on 1 January 2017']),
    ).toEqual([]);
    expect(unwrittenDateParts('2014/2017', ['attacks between 2014 and 2017'])).toEqual([]);
  });

  it('names the parts a text does not write', () => {
    expect(unwrittenDateParts('2017-09-25?', ['On September 25, security forces'])).toEqual([
      { part: 'year', reads: '2017' },
    ]);
    expect(unwrittenDateParts('2020-07-01?', ['In a statement on Wednesday'])).toEqual([
      { part: 'year', reads: '2020' },
      { part: 'month', reads: 'July' },
      { part: 'day', reads: '1 July' },
    ]);
    // The day must sit by its month: "25" elsewhere in the sentence is not a date.
    expect(unwrittenDateParts('2017-09-25', ['In September 2017, 25 people'])).toEqual([
      { part: 'day', reads: '25 September' },
    ]);
  });

  it('tells the finest part of a date or interval', () => {
    expect(finestPart('2017?')).toBe('year');
    expect(finestPart('2017-10?/2017-11?')).toBe('month');
    expect(finestPart('2019-11-11/2020-07-01?')).toBe('day');
  });
});

describe('the hedges a name must keep', () => {
  it('finds the words that qualify a claim', () => {
    expect(hedgesIn('many of these evacuees were already smuggled into Turkey')).toEqual(['many']);
    expect(hedgesIn('Erdogan was cited as saying that there are 1,201')).toEqual(['reportedly']);
    expect(hedgesIn('as many as 2,500 militants could be sent back')).toEqual(['possibility']);
    expect(hedgesIn('Islamic State militants were blamed for')).toEqual(['belief']);
    expect(hedgesIn('Ankara is becoming increasingly concerned that fighters will escape')).toEqual(
      ['expectation'],
    );
  });

  it('does not take the month of May or a figure\'s "as many as" for a hedge', () => {
    expect(hedgesIn('On 13 May 2017, in Bağcılar, security forces detained suspects')).toEqual([]);
    expect(hedgesIn('In May 2017 police detained')).toEqual([]);
    expect(hedgesIn('as many as 2,500 militants were sent back')).toEqual([]);
    expect(hedgesIn('it may be that')).toEqual(['possibility']);
  });
});

describe('mentions: a place named in a sentence', () => {
  const rasAlAyn = {
    name: 'Ras al-Ayn',
    names: ['Ras al-Ayn', 'Sari Kani'],
    kind: 'border town' as const,
  };
  it('finds any of its names as whole words, whatever the case', () => {
    expect(mentions('reach the border-towns of Sari Kani and Ad Darbasiyah', rasAlAyn)).toBe(true);
    expect(mentions('RAS AL-AYN', rasAlAyn)).toBe(true);
    expect(mentions('Sari Kanis', rasAlAyn)).toBe(false);
  });
});
