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
  /** Where the label may go, in order; the eight sides round the symbol when not given. */
  sides?: readonly Side[];
  /**
   * The symbol is drawn only with its label (a background town's dot): it
   * must be clear of every label placed before, and later labels keep clear of it.
   */
  symbolWithLabel?: boolean;
  /** Whether the label may take this box (a twin town's name stays on its own side of the border). */
  accepts?: (box: Box) => boolean;
}

/** A label set along a line (a river's name): the positions it may take, best first. */
export interface PathLabelRequest {
  id: string;
  kind: 'path';
  priority: number;
  candidates: readonly PathCandidate[];
  /** A long line is named more than once: at most this many times, this many pixels apart along it. */
  repeat: { max: number; apart: number };
}

export interface PathCandidate {
  /** The boxes the rotated text covers, one every text height along it. */
  boxes: Box[];
  /** Where it sits along the line, in pixels from the line's start. */
  along: number;
  /** The text's centre and its angle in degrees, for drawing. */
  x: number;
  y: number;
  angle: number;
}

export type Side =
  | 'right'
  | 'left'
  | 'top'
  | 'bottom'
  | 'top-right'
  | 'bottom-right'
  | 'top-left'
  | 'bottom-left'
  | 'centre';

export interface PlacedLabel {
  id: string;
  side: Side;
  box: Box;
}

export interface PlacedPathLabel {
  id: string;
  candidate: PathCandidate;
}

export interface Placement {
  placed: PlacedLabel[];
  /** Labels along lines: a request may be placed more than once. */
  along: PlacedPathLabel[];
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
  requests: readonly (LabelRequest | PathLabelRequest)[],
  symbols: readonly (Box & { id: string })[],
  viewport: { width: number; height: number },
): Placement {
  const ordered = [...requests].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  const along: PlacedPathLabel[] = [];
  const dropped: string[] = [];
  const { margin } = LABEL_PLACEMENT;
  const inside = (box: Box) =>
    box.x0 >= margin &&
    box.y0 >= margin &&
    box.x1 <= viewport.width - margin &&
    box.y1 <= viewport.height - margin;
  const free = (box: Box, own: string) =>
    !taken.some((other) => overlaps(box, other)) &&
    !symbols.some((symbol) => symbol.id !== own && overlaps(box, symbol));
  const fits = (box: Box, own: string) => inside(box) && free(box, own);
  for (const request of ordered) {
    if ('kind' in request) {
      const mine: PathCandidate[] = [];
      for (const candidate of request.candidates) {
        if (mine.length >= request.repeat.max) break;
        if (mine.some((other) => Math.abs(other.along - candidate.along) < request.repeat.apart))
          continue;
        if (!candidate.boxes.every((box) => fits(box, request.id))) continue;
        mine.push(candidate);
        taken.push(...candidate.boxes);
        along.push({ id: request.id, candidate });
      }
      if (!mine.length) dropped.push(request.id);
      continue;
    }
    const dot = request.symbolWithLabel ? symbolBox(request) : null;
    if (dot && !(inside(dot) && free(dot, request.id))) {
      dropped.push(request.id);
      continue;
    }
    const offsets = [
      LABEL_PLACEMENT.gap,
      ...(request.required ? LABEL_PLACEMENT.farther.map((k) => k * LABEL_PLACEMENT.gap) : []),
    ];
    let chosen: PlacedLabel | null = null;
    for (const gap of offsets) {
      for (const side of request.sides ?? LABEL_PLACEMENT.sides) {
        const box = candidate(request, side, gap);
        if (fits(box, request.id) && (!request.accepts || request.accepts(box))) {
          chosen = { id: request.id, side, box };
          break;
        }
      }
      if (chosen) break;
    }
    if (chosen) {
      placed.push(chosen);
      taken.push(chosen.box, ...(dot ? [dot] : []));
    } else dropped.push(request.id);
  }
  return { placed, along, dropped };
}

/** The box of a request's own symbol. */
export function symbolBox({ x, y, radius }: LabelRequest): Box {
  return { x0: x - radius, y0: y - radius, x1: x + radius, y1: y + radius };
}

/** The label's box on one side of its symbol, `gap` pixels from the symbol's edge. */
export function candidate(request: LabelRequest, side: Side, gap: number): Box {
  const { x, y, radius, width, height } = request;
  const reach = radius + gap;
  // Diagonal candidates sit at the symbol's corner, not its edge, so they clear it too: the
  // symbol's box is square (its marker's hit area), so the corner is at least its half-size out.
  const corner = Math.max(Math.ceil(radius), Math.round(reach * Math.SQRT1_2));
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
    centre: { ...left(x - width / 2), ...top(y - height / 2) },
  };
  return positions[side];
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
