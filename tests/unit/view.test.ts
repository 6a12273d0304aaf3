import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnchoredExcerpt } from '../../src/data/compiled';
import { dateSpanOf } from '../../src/data/dates';
import { anchorQuote, utf16RangeOf } from '../../src/data/quotes';
import { displayQuote, formatDate, formatFigure, provenanceOf } from '../../src/view/format';
import { relatedFeatures } from '../../src/view/related';
import { findMentions, segmentText } from '../../src/view/textSegments';
import {
  DEFAULT_STATE,
  MAX_QUERY_LENGTH,
  parseUrlState,
  serializeUrlState,
  type KnownIds,
} from '../../src/view/urlState';

function excerptOf(source: string, quote: string, sourceId = 's'): AnchoredExcerpt {
  const anchor = anchorQuote(source, quote)!;
  return { source: sourceId, quote, selector: [anchor.quote, anchor.position] };
}

describe('formatDate', () => {
  it('shows each date at its own precision, marking uncertain and approximate ones', () => {
    expect(formatDate(dateSpanOf('2019-11-11'))).toBe('11 Nov 2019');
    expect(formatDate(dateSpanOf('2017-11'))).toBe('Nov 2017');
    expect(formatDate(dateSpanOf('2017?'))).toBe('2017?');
    expect(formatDate(dateSpanOf('2017-10?'))).toBe('Oct 2017?');
    expect(formatDate(dateSpanOf('2017~'))).toBe('c. 2017');
  });
});

describe('displayQuote', () => {
  const text =
    'First sentence. The most popular route is in the direction of the towns.\nNext line';
  it('puts a whole sentence in typographic quotes without ellipses', () => {
    expect(
      displayQuote(excerptOf(text, 'The most popular route is in the direction of the towns.')),
    ).toBe('“The most popular route is in the direction of the towns.”');
  });
  it('adds an ellipsis where the quote starts or ends inside a sentence', () => {
    expect(displayQuote(excerptOf(text, 'popular route is in'))).toBe('“…popular route is in…”');
  });
});

describe('provenanceOf', () => {
  it('counts excerpts and distinct sources', () => {
    const text = 'One claim. Another claim.';
    const excerpts = [
      excerptOf(text, 'One claim.', 'a'),
      excerptOf(text, 'Another claim.', 'a'),
      excerptOf(text, 'One claim.', 'b'),
    ];
    expect(provenanceOf(excerpts)).toEqual({ text: '3 excerpts from 2 sources', sourceCount: 2 });
    expect(provenanceOf(excerpts.slice(0, 1)).text).toBe('1 excerpt from 1 source');
  });
});

describe('findMentions', () => {
  const places = [
    { id: 'ras-al-ayn', names: ['Ras al-Ayn', 'Sari Kani'] },
    { id: 'istanbul', names: ['Istanbul'] },
    { id: 'amuda', names: ['Amuda'] },
  ];
  it('finds every place under any of its names, whole words only', () => {
    const text = "They reach Sari Kani. Istanbul's mall; Amudae is not Amuda.";
    expect(findMentions(text, places)).toEqual([
      { start: 11, end: 20, placeId: 'ras-al-ayn' },
      { start: 22, end: 30, placeId: 'istanbul' },
      { start: 53, end: 58, placeId: 'amuda' },
    ]);
  });
});

describe('segmentText', () => {
  it('splits at the highlight and at mentions, keeping all the text', () => {
    const text = 'Go to Amuda now.';
    const segments = segmentText(text, { start: 3, end: 11 }, [
      { start: 6, end: 11, placeId: 'amuda' },
    ]);
    expect(segments).toEqual([
      { text: 'Go ', highlighted: false },
      { text: 'to ', highlighted: true },
      { text: 'Amuda', highlighted: true, placeId: 'amuda' },
      { text: ' now.', highlighted: false },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('converts code point offsets to string offsets past an emoji', () => {
    expect(utf16RangeOf('🗺 Raqqa', 2, 7)).toEqual({ start: 3, end: 8 });
  });
});

describe('URL state', () => {
  const known: KnownIds = {
    features: new Set(['ras-al-ayn', 'amuda']),
    sources: new Set(['isis-flee-to-turkey']),
    excerptCounts: new Map([['amuda', 1]]),
    walkSteps: new Map([['smuggling-route', 7]]),
  };

  it('round-trips a full state', () => {
    const state = {
      view: { zoom: 8, lat: 36.85, lng: 40.07 },
      layers: new Set(['route', 'border-towns'] as const),
      time: { from: '2017-03', to: '2017-11' },
      query: 'Ras al-Ayn & co',
      feature: 'amuda',
      source: 'isis-flee-to-turkey',
      quote: { featureId: 'amuda', excerptIndex: 0 },
      panel: 'figures' as const,
      walk: { walkId: 'smuggling-route', step: 6 },
    };
    const search = serializeUrlState(state);
    expect(search).toBe(
      '?map=8/36.8500/40.0700&layers=border-towns,route&time=2017-03/2017-11&q=Ras+al-Ayn+%26+co&feature=amuda&source=isis-flee-to-turkey&quote=amuda.0&panel=figures&walk=smuggling-route.7',
    );
    expect(parseUrlState(search, known)).toEqual({ state, ignored: [] });
  });

  it('leaves defaults out of the link', () => {
    expect(serializeUrlState(DEFAULT_STATE)).toBe('');
  });

  it('falls back field by field on garbage, naming what it ignored', () => {
    const { state, ignored } = parseUrlState(
      '?map=99/1/2&layers=route,nope&feature=<script>&source=isis-flee-to-turkey&quote=amuda.5',
      known,
    );
    expect(state).toEqual({ ...DEFAULT_STATE, source: 'isis-flee-to-turkey' });
    expect(ignored).toEqual(['map', 'layers', 'feature', 'quote']);
  });

  it('refuses an unknown panel and a walk step that does not exist', () => {
    for (const [panel, walk] of [
      ['<img src=x>', 'smuggling-route.8'],
      ['reader', 'smuggling-route.0'],
      ['FIGURES', 'nowhere.1'],
      ['', 'smuggling-route.99999999999'],
      ['figures ', 'smuggling-route.-1'],
    ]) {
      const search = `?panel=${encodeURIComponent(panel!)}&walk=${encodeURIComponent(walk!)}`;
      expect(parseUrlState(search, known)).toEqual({
        state: DEFAULT_STATE,
        ignored: ['panel', 'walk'],
      });
    }
  });

  it('refuses a time range out of order, out of the calendar or malformed, and an oversized query', () => {
    for (const time of [
      '2017-11/2017-03',
      '2017-13/2018-01',
      '2017/2018',
      '2017-01',
      '<b>',
      '9e99',
    ])
      expect(parseUrlState(`?time=${encodeURIComponent(time)}`, known).ignored).toEqual(['time']);
    const huge = 'a'.repeat(MAX_QUERY_LENGTH + 1);
    expect(parseUrlState(`?q=${huge}&time=2017-01/2017-01`, known)).toEqual({
      state: { ...DEFAULT_STATE, time: { from: '2017-01', to: '2017-01' } },
      ignored: ['q'],
    });
    expect(parseUrlState('?q=%20%20', known).ignored).toEqual(['q']);
  });

  it('accepts an empty layer list as "no layers"', () => {
    expect(parseUrlState('?layers=', known).state.layers.size).toBe(0);
  });
});

describe('relatedFeatures', () => {
  it('finds the movements through a place and the incidents at it', () => {
    const route = { id: 'r', properties: { stops: ['a', 'b'] } };
    const elsewhere = { id: 'r2', properties: { stops: ['c', 'd'] } };
    const incident = { id: 'i', properties: { place: 'b' } };
    const corpus = {
      routes: { features: [route, elsewhere] },
      incidents: { features: [incident] },
    } as unknown as Parameters<typeof relatedFeatures>[0];
    expect(relatedFeatures(corpus, 'b')).toEqual({ routes: [route], incidents: [incident] });
    expect(relatedFeatures(corpus, 'c')).toEqual({ routes: [elsewhere], incidents: [] });
  });
});

describe('formatFigure and interval dates', () => {
  it("keeps the text's hedge and says who is counted", () => {
    expect(formatFigure({ count: 500, what: 'wounded', qualifier: 'more than' })).toBe(
      'more than 500 wounded',
    );
    expect(formatFigure({ count: 3500, what: 'evacuated', who: 'IS family members' })).toBe(
      '3,500 evacuated (IS family members)',
    );
  });

  it('gives each end of an interval its own precision and uncertainty', () => {
    expect(formatDate(dateSpanOf('2014/2017'))).toBe('2014 – 2017');
    expect(formatDate(dateSpanOf('2019-11-11/2020-07-01?'))).toBe('11 Nov 2019 – 1 Jul 2020?');
    expect(formatDate(dateSpanOf('2017-10?/2017-11?'))).toBe('Oct 2017? – Nov 2017?');
  });
});

describe('URL state under fuzzing (fast-check)', () => {
  const known: KnownIds = {
    features: new Set(['ras-al-ayn', 'amuda']),
    sources: new Set(['isis-flee-to-turkey']),
    excerptCounts: new Map([['amuda', 1]]),
    walkSteps: new Map([['smuggling-route', 7]]),
  };
  /** A good value and a generator of bad ones for every field. */
  const FIELDS: Record<string, { good: string; bad: fc.Arbitrary<string> }> = {
    map: {
      good: '8/36.85/40.07',
      bad: fc.constantFrom('banana', '99/1/2', '8/91/0', '8/1', '1e999/0/0', '8//'),
    },
    layers: { good: 'cities,route', bad: fc.constantFrom('nope', 'cities,<b>', ',,') },
    time: {
      good: '2017-03/2017-11',
      bad: fc.constantFrom('2017-11/2017-03', '<b>', '2017-13/2018-01'),
    },
    q: { good: 'hasaka', bad: fc.constantFrom('   ', 'a'.repeat(MAX_QUERY_LENGTH + 1)) },
    feature: { good: 'amuda', bad: fc.string().filter((s) => s !== '' && !known.features.has(s)) },
    source: {
      good: 'isis-flee-to-turkey',
      bad: fc.string().filter((s) => s !== '' && !known.sources.has(s)),
    },
    panel: { good: 'export', bad: fc.string().filter((s) => s !== 'export' && s !== 'figures') },
    walk: {
      good: 'smuggling-route.3',
      bad: fc.constantFrom('smuggling-route.8', 'x.1', 'smuggling-route.', '.'),
    },
  };
  const names = Object.keys(FIELDS);

  it('any query string parses without throwing, and what it parses to serialises back to itself', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.dictionary(fc.constantFrom(...names, 'quote', 'x'), fc.string()),
        (raw, fields) => {
          for (const search of [raw, `?${new URLSearchParams(fields)}`]) {
            const { state, ignored } = parseUrlState(search, known);
            expect(ignored.every((name) => [...names, 'quote'].includes(name))).toBe(true);
            expect(parseUrlState(serializeUrlState(state), known)).toEqual({ state, ignored: [] });
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a bad value in any set of fields falls back in those fields only, and names exactly them', () => {
    const badFields = fc.subarray(names, { minLength: 1 });
    fc.assert(
      fc.property(
        badFields.chain((bad) =>
          fc.tuple(fc.constant(bad), fc.tuple(...bad.map((name) => FIELDS[name]!.bad))),
        ),
        ([bad, badValues]) => {
          const params = new URLSearchParams(names.map((name) => [name, FIELDS[name]!.good]));
          bad.forEach((name, i) => params.set(name, badValues[i]!));
          const { state, ignored } = parseUrlState(`?${params}`, known);
          expect([...ignored].sort()).toEqual([...bad].sort());
          const good = parseUrlState(
            `?${new URLSearchParams(names.filter((name) => !bad.includes(name)).map((name) => [name, FIELDS[name]!.good]))}`,
            known,
          ).state;
          expect(state).toEqual(good);
        },
      ),
      { numRuns: 300 },
    );
  });
});
