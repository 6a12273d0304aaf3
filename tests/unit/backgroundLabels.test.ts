import { describe, expect, it } from 'vitest';
import {
  BACKGROUND_PRIORITY,
  backgroundRequests,
  type BackgroundScreen,
  type BackgroundSource,
} from '../../src/view/backgroundLabels';
import {
  overlaps,
  placeLabels,
  type LabelRequest,
  type PathLabelRequest,
} from '../../src/view/labelPlacement';
import { lineLabelCandidates } from '../../src/view/lineLabels';
import { LABEL_PRIORITY } from '../../src/view/mapLabels';

const VIEW = { width: 400, height: 300 };

describe('names along a line', () => {
  it('set a name upright beside a straight line, its boxes covering the text and not the line', () => {
    const line = [
      { x: 380, y: 150 },
      { x: 20, y: 150 },
    ];
    const [best] = lineLabelCandidates(line, 60, 14, VIEW);
    expect(best!.angle).toBeCloseTo(0);
    // Running right to left, the text is still set left to right, above the line.
    for (const box of best!.boxes) expect(box.y1).toBeLessThanOrEqual(150);
    const left = Math.min(...best!.boxes.map((box) => box.x0));
    const right = Math.max(...best!.boxes.map((box) => box.x1));
    expect(right - left).toBeGreaterThanOrEqual(60);
  });

  it('prefers flat stretches and keeps to what is on screen', () => {
    const line = [
      { x: 200, y: 290 },
      { x: 200, y: 150 },
      { x: 390, y: 150 },
      { x: 900, y: 150 },
    ];
    const candidates = lineLabelCandidates(line, 60, 14, VIEW);
    expect(Math.abs(candidates[0]!.angle)).toBeLessThan(1);
    expect(candidates.every((c) => c.x >= 0 && c.x <= VIEW.width)).toBe(true);
  });

  it('finds no place on a line too tight for the name', () => {
    const zigzag = Array.from({ length: 40 }, (_, i) => ({ x: 100 + (i % 2) * 30, y: 20 + i * 6 }));
    expect(lineLabelCandidates(zigzag, 80, 14, VIEW).every((c) => Math.abs(c.angle) > 45)).toBe(
      true,
    );
  });

  it('names a long line more than once, far enough apart', () => {
    const line = [
      { x: 0, y: 150 },
      { x: 2000, y: 150 },
    ];
    const { along } = placeLabels(
      [
        {
          id: 'river',
          kind: 'path',
          priority: 1,
          candidates: lineLabelCandidates(line, 50, 14, { width: 2000, height: 300 }),
          repeat: { max: 3, apart: 400 },
        },
      ],
      [],
      { width: 2000, height: 300 },
    );
    expect(along).toHaveLength(3);
    const at = along.map((a) => a.candidate.along).sort((p, q) => p - q);
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(400);
  });
});

const SOURCE: BackgroundSource = {
  countries: [{ name: 'Turkey', position: [35, 39], minZoom: 3, country: 'TR', anchors: [[0, 1]] }],
  towns: [
    { name: 'Twin', position: [0, 0], minZoom: 7, rank: 0, geonames: 1, country: 'TR' },
    { name: 'Town', position: [1, 1], minZoom: 7, rank: 1, geonames: 2, country: 'TR' },
    { name: 'Village', position: [2, 2], minZoom: 10, rank: 2, geonames: 3, country: 'TR' },
  ],
  rivers: [],
};

/** Degrees to pixels, 100 px a degree, north up; Turkey north of 0.1° (y = 190). */
const screen = (over: Partial<BackgroundScreen> = {}): BackgroundScreen => ({
  zoom: 8,
  viewport: VIEW,
  project: (lng, lat) => ({ x: 100 + lng * 100, y: 200 - lat * 100 }),
  unproject: (x, y) => [(x - 100) / 100, (200 - y) / 100],
  measure: (text) => text.length * 7,
  height: { country: 15, town: 15, river: 15 },
  symbols: [{ id: 'ours', x0: 90, y0: 190, x1: 110, y1: 210 }],
  countryAt: (_lng, lat) => (lat > 0.1 ? 'TR' : 'SY'),
  ...over,
});

describe('the built-in basemap’s names', () => {
  it('rank under every name of ours', () => {
    for (const priority of Object.values(BACKGROUND_PRIORITY))
      expect(priority).toBeLessThan(Math.min(...Object.values(LABEL_PRIORITY)));
  });

  it('name a country whose middle is out of view at a point inside it that is in view', () => {
    const { requests } = backgroundRequests(SOURCE, screen());
    const turkey = requests.find((r) => r.id === 'country:Turkey') as PathLabelRequest;
    expect(turkey.candidates.map((c) => [c.x, c.y])).toEqual([[100, 100]]);
    // Not where the name would cross into another country.
    const south = backgroundRequests(
      { ...SOURCE, countries: [{ ...SOURCE.countries[0]!, anchors: [[0, 0.12]] }] },
      screen(),
    );
    expect(south.requests.some((r) => r.id === 'country:Turkey')).toBe(false);
  });

  it('show a town with its dot, only from its zoom', () => {
    const { labels } = backgroundRequests(SOURCE, screen());
    expect(labels.get('town:2')).toMatchObject({
      text: 'Town',
      dot: { x: 200, y: 100, radius: 2.5 },
    });
    expect(labels.has('town:3')).toBe(false);
  });

  it('put a twin under one of our symbols round that symbol, on its own country’s side', () => {
    const { requests, labels } = backgroundRequests(SOURCE, screen());
    expect(labels.get('town:1')?.dot).toBeNull();
    const twin = requests.find((r) => r.id === 'town:1') as LabelRequest;
    expect(twin).toMatchObject({ x: 100, y: 200, radius: 10, required: true });
    const { placed } = placeLabels(
      [
        { id: 'ours', x: 100, y: 200, radius: 10, width: 40, height: 17, priority: 50 },
        ...requests,
      ],
      screen().symbols,
      VIEW,
    );
    const box = placed.find((p) => p.id === 'town:1')!.box;
    // North of our symbol: Turkey in this fixture.
    expect(box.y1).toBeLessThanOrEqual(190);
  });

  it('drop a town whose dot one of our names covers, dot and all', () => {
    const ours: LabelRequest = {
      id: 'big',
      x: 150,
      y: 100,
      radius: 5,
      width: 120,
      height: 17,
      priority: LABEL_PRIORITY.city,
      required: true,
      sides: ['right'],
    };
    const { requests } = backgroundRequests(SOURCE, screen({ symbols: [] }));
    const { placed, dropped } = placeLabels([ours, ...requests], [], VIEW);
    const big = placed.find((p) => p.id === 'big')!.box;
    expect(overlaps(big, { x0: 197.5, y0: 97.5, x1: 202.5, y1: 102.5 })).toBe(true);
    expect(dropped).toContain('town:2');
  });
});
