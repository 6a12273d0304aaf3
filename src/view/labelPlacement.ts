/**
 * Where the map writes its place names: greedy by priority, several
 * candidate positions round each symbol, no two labels overlapping and none
 * covering another feature's symbol. The same approach as MapLibre's symbol
 * placement (labels in priority order, each taking its first candidate that
 * collides with nothing placed before it), over a few dozen labels, so a plain
 * list of boxes is quicker than a grid index. Pure: pixels in, pixels out; the
 * map measures the text and draws the result.
 */

/** A box in screen pixels: left, top, right, bottom. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelRequest {
  id: string;
  /** The symbol's centre, in screen pixels. */
  x: number;
  y: number;
  /** Half the symbol's size: the label keeps this far from its centre, plus a gap. */
  radius: number;
  /** The measured size of the label's text, halo included. */
  width: number;
  height: number;
  /** Higher first. */
  priority: number;
  /** Must be labelled: tried at farther offsets too before it gives up. */
  required?: boolean;
}

export type Side =
  'right' | 'left' | 'top' | 'bottom' | 'top-right' | 'bottom-right' | 'top-left' | 'bottom-left';

export interface PlacedLabel {
  id: string;
  side: Side;
  box: Box;
}

export interface Placement {
  placed: PlacedLabel[];
  /** Ids that found no free place and are not drawn. */
  dropped: string[];
}

/** The tuning of the placement, in one place. */
export const LABEL_PLACEMENT = {
  /** Pixels between a symbol's edge and its label. */
  gap: 3,
  /** Right first (the cartographer's default), then left, above, below, then the corners. */
  sides: [
    'right',
    'left',
    'top',
    'bottom',
    'top-right',
    'bottom-right',
    'top-left',
    'bottom-left',
  ] as const satisfies readonly Side[],
  /** A required label that finds no room next to its symbol tries these multiples of the gap further out. */
  farther: [4, 8],
  /** Labels stay this far inside the map's edges. */
  margin: 2,
} as const;

/**
 * Labels placed in priority order, each at its first candidate position that
 * overlaps no label placed before it, no symbol but its own, and stays inside
 * the viewport; a label with no such position is dropped.
 *
 * @example placeLabels([{ id: 'a', x: 50, y: 50, radius: 7, width: 40, height: 16, priority: 1 }], [], { width: 200, height: 100 })
 * // { placed: [{ id: 'a', side: 'right', box: { x0: 60, y0: 42, x1: 100, y1: 58 } }], dropped: [] }
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  symbols: readonly (Box & { id: string })[],
  viewport: { width: number; height: number },
): Placement {
  const ordered = [...requests].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  const { margin } = LABEL_PLACEMENT;
  const fits = (box: Box, own: string) =>
    box.x0 >= margin &&
    box.y0 >= margin &&
    box.x1 <= viewport.width - margin &&
    box.y1 <= viewport.height - margin &&
    !taken.some((other) => overlaps(box, other)) &&
    !symbols.some((symbol) => symbol.id !== own && overlaps(box, symbol));
  for (const request of ordered) {
    const offsets = [
      LABEL_PLACEMENT.gap,
      ...(request.required ? LABEL_PLACEMENT.farther.map((k) => k * LABEL_PLACEMENT.gap) : []),
    ];
    let chosen: PlacedLabel | null = null;
    for (const gap of offsets) {
      for (const side of LABEL_PLACEMENT.sides) {
        const box = candidate(request, side, gap);
        if (fits(box, request.id)) {
          chosen = { id: request.id, side, box };
          break;
        }
      }
      if (chosen) break;
    }
    if (chosen) {
      placed.push(chosen);
      taken.push(chosen.box);
    } else dropped.push(request.id);
  }
  return { placed, dropped };
}

/** The label's box on one side of its symbol, `gap` pixels from the symbol's edge. */
export function candidate(request: LabelRequest, side: Side, gap: number): Box {
  const { x, y, radius, width, height } = request;
  const reach = radius + gap;
  // Diagonal candidates sit at the symbol's corner, not its edge, so they clear it too.
  const corner = Math.round(reach * Math.SQRT1_2);
  const left = (x0: number) => ({ x0, x1: x0 + width });
  const top = (y0: number) => ({ y0, y1: y0 + height });
  const positions: Record<Side, Box> = {
    right: { ...left(x + reach), ...top(y - height / 2) },
    left: { ...left(x - reach - width), ...top(y - height / 2) },
    top: { ...left(x - width / 2), ...top(y - reach - height) },
    bottom: { ...left(x - width / 2), ...top(y + reach) },
    'top-right': { ...left(x + corner), ...top(y - corner - height) },
    'bottom-right': { ...left(x + corner), ...top(y + corner) },
    'top-left': { ...left(x - corner - width), ...top(y - corner - height) },
    'bottom-left': { ...left(x - corner - width), ...top(y + corner) },
  };
  return positions[side];
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
