import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  candidate,
  overlaps,
  placeLabels,
  type Box,
  type LabelRequest,
} from '../../src/view/labelPlacement';

const label = (
  id: string,
  x: number,
  y: number,
  over: Partial<LabelRequest> = {},
): LabelRequest => ({
  id,
  x,
  y,
  radius: 7,
  width: 60,
  height: 16,
  priority: 1,
  ...over,
});
const symbolOf = (request: LabelRequest): Box & { id: string } => ({
  id: request.id,
  x0: request.x - request.radius,
  y0: request.y - request.radius,
  x1: request.x + request.radius,
  y1: request.y + request.radius,
});
const VIEW = { width: 400, height: 300 };

describe('label placement', () => {
  it('puts a lone label to the right of its symbol, clear of it by the gap', () => {
    const a = label('a', 100, 100);
    const { placed } = placeLabels([a], [symbolOf(a)], VIEW);
    expect(placed).toEqual([
      { id: 'a', side: 'right', box: { x0: 110, y0: 92, x1: 170, y1: 108 } },
    ]);
  });

  it('moves a label to another side when the right is taken by a neighbour’s symbol', () => {
    const a = label('a', 100, 100);
    const b = label('b', 130, 100, { priority: 0 });
    const { placed } = placeLabels([a, b], [a, b].map(symbolOf), VIEW);
    const side = Object.fromEntries(placed.map((p) => [p.id, p.side]));
    expect(side.a).toBe('left');
    expect(side.b).toBe('right');
  });

  it('gives the better place to the higher priority, and drops what cannot fit', () => {
    // Three symbols in a tight row: the middle one has no free side at the first gap.
    const row = [
      label('low', 100, 100),
      label('high', 112, 100, { priority: 5 }),
      label('mid', 124, 100, { priority: 3 }),
    ];
    const { placed, dropped } = placeLabels(row, row.map(symbolOf), { width: 240, height: 120 });
    expect(placed[0]!.id).toBe('high');
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
    expect([...placed.map((p) => p.id), ...dropped].sort()).toEqual(['high', 'low', 'mid']);
  });

  it('tries a required label farther out before dropping it', () => {
    const a = label('a', 100, 100, { priority: 2 });
    // A ring of small symbols hugging it: every side is taken at the usual gap, not farther out.
    const blockers = Array.from({ length: 16 }, (_, i) => {
      const angle = (i / 16) * 2 * Math.PI;
      const [cx, cy] = [100 + 18 * Math.cos(angle), 100 + 14 * Math.sin(angle)];
      return { id: `block-${i}`, x0: cx - 4, y0: cy - 4, x1: cx + 4, y1: cy + 4 };
    });
    expect(placeLabels([a], [symbolOf(a), ...blockers], VIEW).dropped).toEqual(['a']);
    const required = placeLabels([{ ...a, required: true }], [symbolOf(a), ...blockers], VIEW);
    expect(required.dropped).toEqual([]);
    const { side, box } = required.placed[0]!;
    expect(box).not.toEqual(candidate(a, side, 3));
    for (const blocker of blockers) expect(overlaps(box, blocker)).toBe(false);
  });

  it('keeps labels inside the map', () => {
    const edge = label('edge', 390, 150);
    expect(placeLabels([edge], [symbolOf(edge)], VIEW).placed[0]!.side).toBe('left');
  });

  it('never overlaps two labels, nor a label and another feature’s symbol, wherever the symbols are', () => {
    const point = fc.record({
      x: fc.integer({ min: 0, max: 400 }),
      y: fc.integer({ min: 0, max: 300 }),
    });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 40 }), (points) => {
        const requests = points.map((p, i) =>
          label(`p${i}`, p.x, p.y, { priority: i % 4, width: 30 + (i % 5) * 12 }),
        );
        const symbols = requests.map(symbolOf);
        const { placed, dropped } = placeLabels(requests, symbols, VIEW);
        expect(placed.length + dropped.length).toBe(requests.length);
        for (const [i, a] of placed.entries()) {
          for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
          for (const symbol of symbols)
            if (symbol.id !== a.id) expect(overlaps(a.box, symbol)).toBe(false);
          expect(a.box.x0).toBeGreaterThanOrEqual(0);
          expect(a.box.x1).toBeLessThanOrEqual(VIEW.width);
        }
      }),
    );
  });
});
