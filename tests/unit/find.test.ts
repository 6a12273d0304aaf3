import { beforeAll, describe, expect, it } from 'vitest';
import { checkDefaultCorpus } from './fixtureCorpus';
import type { CompiledCorpus } from '../../src/data/compiled';
import { dateSpanOf } from '../../src/data/dates';
import { deliverCorpus } from '../../src/data/delivery/wire';
import { CorpusSearch } from '../../src/search/corpusSearch';
import { searchTerms } from '../../src/search/searchTerms';
import { foldSpelling, plainKey } from '../../src/text/spelling';
import { listGroups, sortItems, type ListItem } from '../../src/view/featureList';
import { filterLayers } from '../../src/view/filters';
import { indexCorpus } from '../../src/view/corpusIndex';
import { LAYER_IDS, layerFeatures, layerInfos, mapLayersOf } from '../../src/view/layers';
import {
  clampRange,
  extentOf,
  monthlyCounts,
  monthsOf,
  overlaps,
  parseMonthRange,
  spanRows,
  type DatedItem,
} from '../../src/view/timeline';

let corpus: CompiledCorpus;
let search: CorpusSearch;

beforeAll(async () => {
  corpus = (await checkDefaultCorpus()).corpus!;
  search = CorpusSearch.build(corpus);
});

describe('spelling keys', () => {
  it('drop accents, case, ‘ayn and hamza marks and punctuation, and keep other scripts', () => {
    expect(plainKey('Ra’s al-‘Ayn')).toBe('ras al ayn');
    expect(plainKey('Serêkaniyê')).toBe('serekaniye');
    expect(plainKey('Kamışlı')).toBe('kamisli');
    expect(plainKey('Душанбе')).toBe('душанбе');
  });
  it('fold transliteration differences within a word', () => {
    expect(foldSpelling('hassakeh')).toBe(foldSpelling('hasaka'));
    expect(foldSpelling('qamishli')).toBe(foldSpelling('kamishli'));
    expect(searchTerms('Al-Hasakah')).toEqual(searchTerms('Hasaka'));
  });
});

describe('CorpusSearch', () => {
  const firstPlace = (query: string) => search.search(query).find((hit) => hit.kind === 'place');

  it.each([
    ['Serekaniye', 'ras-al-ayn'],
    ['Serêkaniyê', 'ras-al-ayn'],
    ['Sari Kani', 'ras-al-ayn'],
    ['ras al ain', 'ras-al-ayn'],
    ['Resulayn', 'ras-al-ayn'],
    ['Hasakah', 'al-hasakah'],
    ['Hasaka', 'al-hasakah'],
    ['Al-Hasakah', 'al-hasakah'],
    ['Tel Tamer', 'tall-tamr'],
    ['Dirbesiye', 'ad-darbasiyah'],
    ['Qamishlo', 'qamishli'],
    ['Istambul', 'istanbul'],
  ])('"%s" finds %s first among places', (query, id) => {
    expect(firstPlace(query)?.id).toBe(id);
  });

  it('finds a word as it is being typed', () => {
    expect(firstPlace('Hasa')?.id).toBe('al-hasakah');
    expect(firstPlace('Dirb')?.id).toBe('ad-darbasiyah');
    expect(firstPlace('Reqa')?.id).toBe('raqqa');
  });

  it('says which alias matched, and when only an excerpt names the hit', () => {
    expect(firstPlace('Dirbesiye')?.matchedAlias).toBe('Dirbesiye');
    expect(firstPlace('Al Hasakah')?.matchedAlias).toBeUndefined();
    const shaddadi = search.search('Hasakah').find((hit) => hit.id === 'ash-shaddadi');
    expect(shaddadi?.inTextOnly).toBe(true);
  });

  it('finds incidents, routes and sources, and nothing for nonsense or an empty query', () => {
    const kinds = new Set(search.search('deported').map((hit) => hit.kind));
    for (const kind of ['route', 'incident', 'source']) expect(kinds, kind).toContain(kind);
    expect(search.search('xqzvw')).toEqual([]);
    expect(search.search('  ')).toEqual([]);
    expect(search.search('<script>alert(1)</script>')).toEqual([]);
  });

  it('leaves out what the caller disallows (a time range)', () => {
    const all = search.search('Istanbul');
    const undated = search.search('Istanbul', (kind) => kind !== 'incident');
    expect(all.some((hit) => hit.kind === 'incident')).toBe(true);
    expect(undated.some((hit) => hit.kind === 'incident')).toBe(false);
    expect(undated.length).toBeGreaterThan(0);
  });

  it('groups hits by kind in a fixed order, capped per kind', () => {
    const all = search.search('Istanbul');
    const { groups, total } = search.grouped('Istanbul', 2);
    expect(groups.map((group) => group.kind)).toEqual(['place', 'incident']);
    const incidents = groups.find((group) => group.kind === 'incident')!;
    expect(incidents.hits).toEqual(all.filter((hit) => hit.kind === 'incident').slice(0, 2));
    expect(incidents.hits.length + incidents.more).toBe(
      all.filter((hit) => hit.kind === 'incident').length,
    );
    expect(incidents.more).toBeGreaterThan(0);
    expect(total).toBe(all.length);
  });

  it('asks nothing of a finished stop word, which excerpts do not index', () => {
    expect(search.search('in the Istanbul')).toEqual(search.search('Istanbul'));
    expect(search.search('deported to Turkey').length).toBeGreaterThan(0);
  });

  it('gives the filter every match’s id, as the hits name them', () => {
    expect(search.ids('Istanbul')).toEqual(search.search('Istanbul').map((hit) => hit.id));
  });

  it('reads back the index it wrote, with the same answers and no excerpt', () => {
    const written = JSON.parse(JSON.stringify(search)) as ReturnType<CorpusSearch['toJSON']>;
    // The worker's corpus: incidents without their excerpts, figures and notes.
    const summaries = deliverCorpus(corpus).delivered;
    const loaded = CorpusSearch.load(summaries, written);
    for (const query of ['Serekaniye', 'ras al ain', 'deported', 'Istanbul'])
      expect(loaded.search(query)).toEqual(search.search(query));
  });

  it('will not read an index written for another corpus', () => {
    const written = JSON.parse(JSON.stringify(search)) as ReturnType<CorpusSearch['toJSON']>;
    const smaller = { ...corpus, sources: corpus.sources.slice(1) };
    expect(() => CorpusSearch.load(smaller, written)).toThrow(/entries for a corpus of/);
  });
});

const item = (id: string, edtf: string): DatedItem => ({ id, label: id, when: dateSpanOf(edtf) });

describe('timeline', () => {
  it('lists the months of a range across a year end', () => {
    expect(monthsOf({ from: '2019-11', to: '2020-02' })).toEqual([
      '2019-11',
      '2019-12',
      '2020-01',
      '2020-02',
    ]);
  });

  it('keeps anything whose span overlaps the range, never pinning a year to a day', () => {
    const range = { from: '2017-06', to: '2017-08' };
    expect(overlaps(dateSpanOf('2017'), range)).toBe(true);
    expect(overlaps(dateSpanOf('2017-08?'), range)).toBe(true);
    expect(overlaps(dateSpanOf('2014/2017-06'), range)).toBe(true);
    expect(overlaps(dateSpanOf('2017-09-01'), range)).toBe(false);
    expect(overlaps(dateSpanOf('2016'), range)).toBe(false);
  });

  it('counts one-month items per month, uncertain apart, and packs longer spans into rows', () => {
    const items = [
      item('a', '2017-03'),
      item('b', '2017-03-05?'),
      item('c', '2017'),
      item('d', '2016/2017-02'),
      item('e', '2017-05~'),
    ];
    const counts = monthlyCounts(items, monthsOf({ from: '2017-03', to: '2017-05' }));
    expect(counts.map(({ certain, uncertain }) => [certain, uncertain])).toEqual([
      [1, 1],
      [0, 0],
      [0, 1],
    ]);
    expect(spanRows(items).map((row) => row.map((span) => span.id))).toEqual([['d'], ['c']]);
    expect(extentOf(items.map((dated) => dated.when))).toEqual({ from: '2016-01', to: '2017-12' });
  });

  it('reads a range from a link only when well formed and in order, and clamps it to the data', () => {
    expect(parseMonthRange('2017-03/2017-11')).toEqual({ from: '2017-03', to: '2017-11' });
    for (const bad of ['2017-11/2017-03', '2017-00/2017-01', '2017-3/2017-11', '', '/', 'a/b/c'])
      expect(parseMonthRange(bad), bad).toBeNull();
    expect(
      clampRange({ from: '1990-01', to: '2017-05' }, { from: '2014-01', to: '2020-07' }),
    ).toEqual({ from: '2014-01', to: '2017-05' });
  });
});

describe('filters and the list view', () => {
  it('hide dated features outside the range and unmatched ones, never the reference border', () => {
    const layers = mapLayersOf(corpus);
    const shown = filterLayers(layers, {
      layers: new Set(LAYER_IDS),
      time: { from: '2019-11', to: '2019-11' },
      matches: null,
    });
    expect(
      shown.incidents.every((i) => overlaps(i.properties.when, { from: '2019-11', to: '2019-11' })),
    ).toBe(true);
    expect(shown.incidents.length).toBeGreaterThan(0);
    expect(shown.incidents.length).toBeLessThan(layers.incidents.length);
    expect(shown.cities).toEqual(layers.cities);
    expect(shown.flows.filter((flow) => !flow.properties.when)).toEqual(
      layers.flows.filter((flow) => !flow.properties.when),
    );

    const matched = filterLayers(layers, {
      layers: new Set(LAYER_IDS),
      time: null,
      matches: new Set(['amuda']),
    });
    expect(LAYER_IDS.flatMap((id) => layerFeatures(matched, id).map((f) => f.id))).toEqual([
      'amuda',
      ...layers.border.map((border) => border.id),
    ]);
  });

  it('list exactly what the filter shows, one group per layer switched on', () => {
    const layers = mapLayersOf(corpus);
    const visible = new Set(LAYER_IDS.filter((id) => id !== 'flows'));
    const filter = { layers: visible, time: { from: '2017-01', to: '2017-12' }, matches: null };
    const shown = filterLayers(layers, filter);
    const groups = listGroups(layers, shown, layerInfos(layers), visible, 'name');
    expect(groups.map((group) => group.layer.id)).toEqual([...visible]);
    for (const group of groups) {
      expect(group.items.map((i) => i.id).sort()).toEqual(
        layerFeatures(shown, group.layer.id)
          .map((f) => f.id)
          .sort(),
      );
      expect(group.total).toBe(layerFeatures(layers, group.layer.id).length);
    }
  });

  it('lists incidents in the same order from the ranks npm run check wrote as by collating', () => {
    const { delivered } = deliverCorpus(corpus);
    const index = indexCorpus(delivered, mapLayersOf(delivered));
    const ranks = delivered.incidentNameRanks!;
    expect(ranks).toHaveLength(corpus.incidents.features.length);
    for (const sort of ['name', 'date'] as const) {
      // Fresh layers each time: each set of layers is sorted once and kept.
      const collated = listGroups(
        mapLayersOf(delivered),
        mapLayersOf(delivered),
        [],
        new Set(['incidents']),
        sort,
      );
      const ranked = listGroups(
        mapLayersOf(delivered),
        mapLayersOf(delivered),
        [],
        new Set(['incidents']),
        sort,
        index.nameRankOf,
      );
      expect(ranked[0]!.items.map((i) => i.id)).toEqual(collated[0]!.items.map((i) => i.id));
    }
  });

  it('sorts by name (numbers in order) or by date with undated items last', () => {
    const items: ListItem[] = [
      { id: 'u', name: 'Undated', kind: 'town' },
      { id: 'b', name: '143 detained', kind: 'detention', when: dateSpanOf('2017-11?') },
      { id: 'a', name: '36 detained', kind: 'detention', when: dateSpanOf('2017-09-25?') },
      { id: 'c', name: 'attack', kind: 'attack', when: dateSpanOf('2015') },
    ];
    expect(sortItems(items, 'name').map((i) => i.id)).toEqual(['a', 'b', 'c', 'u']);
    expect(sortItems(items, 'date').map((i) => i.id)).toEqual(['c', 'a', 'b', 'u']);
  });

  it('sorts as comparing rows pairwise would, names and dates repeating as in large corpora', () => {
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const names = [
      'Detention in Mardin',
      'attack',
      'Attack',
      'Ödemiş raid',
      '10 detained',
      '9 detained',
    ];
    const dates = ['2017-09-25', '2017', '2017-09', '2016-01-02/2016-03', '2015?', null];
    const items: ListItem[] = Array.from({ length: 400 }, (_, i) => {
      const date = dates[(i * 7) % dates.length];
      return {
        id: `i${(i * 37) % 400}`,
        name: names[(i * 5) % names.length]!,
        kind: 'detention',
        ...(date ? { when: dateSpanOf(date) } : {}),
      };
    });
    const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const byName = (a: ListItem, b: ListItem) => collator.compare(a.name, b.name);
    const byDate = (a: ListItem, b: ListItem) =>
      !a.when || !b.when
        ? (a.when ? 0 : 1) - (b.when ? 0 : 1)
        : text(a.when.start, b.when.start) || text(a.when.end, b.when.end);
    const rank = (list: ListItem[]) => list.map((item) => item.id);
    expect(rank(sortItems(items, 'name'))).toEqual(rank([...items].sort(byName)));
    expect(rank(sortItems(items, 'date'))).toEqual(
      rank([...items].sort((a, b) => byDate(a, b) || byName(a, b) || text(a.id, b.id))),
    );
  });
});
