/**
 * Where a name can be set along a line on screen (a river's): on stretches
 * straight enough for straight text, beside the line rather than over it,
 * upright whichever way the line runs. The positions go to the label
 * placement as candidates, each with the boxes its rotated text covers — the
 * approach MapLibre's line placement takes, with the text kept straight.
 */
import type { Box, PathCandidate } from './labelPlacement';

export interface ScreenPoint {
  x: number;
  y: number;
}

/** The tuning, in one place (pixels and degrees). */
export const LINE_LABELS = {
  /** Candidates start every this many pixels along the line. */
  step: 24,
  /** How far the line may come towards the text across its chord (it then sits that much further out). */
  maxToward: 4,
  /** How far the line may wander away from the text, so the name still reads as the line's. */
  maxAway: 18,
  /** Gap between the line and the text's near edge. */
  gap: 2,
  /** The line between the text's ends may be at most this many times the text's length. */
  maxWinding: 1.6,
  /** Steeper text than this is hard to read: such stretches are tried last. */
  flatAngle: 45,
} as const;

/**
 * Candidate positions for a text `width` × `height` px along `line`, best
 * first: flatter stretches before steep ones, then nearer the view's middle.
 *
 * @example lineLabelCandidates([{ x: 0, y: 50 }, { x: 400, y: 50 }], 60, 14, { width: 400, height: 100 })[0].angle // 0
 */
export function lineLabelCandidates(
  line: readonly ScreenPoint[],
  width: number,
  height: number,
  viewport: { width: number; height: number },
): PathCandidate[] {
  if (line.length < 2) return [];
  const lengths = [0];
  for (let i = 1; i < line.length; i++)
    lengths.push(lengths[i - 1]! + distance(line[i - 1]!, line[i]!));
  const total = lengths[lengths.length - 1]!;
  const candidates: { candidate: PathCandidate; rank: number }[] = [];
  const middle = { x: viewport.width / 2, y: viewport.height / 2 };
  for (let start = 0; start + width <= total; start += LINE_LABELS.step) {
    const a = pointAt(line, lengths, start);
    // The text spans a chord of its width: the line may wind a little on the way (a river's does at every zoom).
    const end = chordEnd(line, lengths, start, a, width);
    if (end === null || end - start > width * LINE_LABELS.maxWinding) continue;
    const b = pointAt(line, lengths, end);
    const centre = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    // Only what can be on screen: a long river at a close zoom runs far beyond it.
    if (centre.x < 0 || centre.y < 0 || centre.x > viewport.width || centre.y > viewport.height)
      continue;
    const chord = distance(a, b);
    // Upright: text always runs left to right on screen.
    const [left, right] = a.x <= b.x ? [a, b] : [b, a];
    const dx = (right.x - left.x) / chord;
    const dy = (right.y - left.y) / chord;
    const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
    // Above the line if it stays below the text, else below it: a meander's outside takes the name.
    const { up, down } = deviations(line, lengths, start, end, left, { dx, dy });
    const side = fitsBeside(up, down) ? 1 : fitsBeside(down, up) ? -1 : 0;
    if (!side) continue;
    const offset = side * (height / 2 + LINE_LABELS.gap + Math.max(0, side > 0 ? up : down));
    const x = centre.x + dy * offset;
    const y = centre.y - dx * offset;
    candidates.push({
      candidate: {
        boxes: boxesAlong({ x, y }, dx, dy, width, height),
        along: start + width / 2,
        x,
        y,
        angle,
      },
      rank:
        (Math.abs(angle) > LINE_LABELS.flatAngle ? 1e6 : 0) +
        Math.round(Math.abs(angle) / 15) * 1e4 +
        distance(centre, middle),
    });
  }
  return candidates.sort((p, q) => p.rank - q.rank).map(({ candidate }) => candidate);
}

const distance = (a: ScreenPoint, b: ScreenPoint) => Math.hypot(b.x - a.x, b.y - a.y);

/**
 * How far along the line (in pixels of its length) it first lies `width`
 * pixels in a straight line from `a`, which is `start` along it; null when it never does.
 */
function chordEnd(
  line: readonly ScreenPoint[],
  lengths: number[],
  start: number,
  a: ScreenPoint,
  width: number,
): number | null {
  for (let i = 1; i < line.length; i++) {
    if (lengths[i]! <= start || distance(a, line[i]!) < width) continue;
    // Between vertex i-1 and i the line crosses the circle of radius `width` round a: find where.
    const from = line[i - 1]!;
    const to = line[i]!;
    const span = lengths[i]! - lengths[i - 1]!;
    let lo = Math.max(0, (start - lengths[i - 1]!) / (span || 1));
    let hi = 1;
    for (let k = 0; k < 20; k++) {
      const mid = (lo + hi) / 2;
      const p = { x: from.x + (to.x - from.x) * mid, y: from.y + (to.y - from.y) * mid };
      if (distance(a, p) < width) lo = mid;
      else hi = mid;
    }
    return lengths[i - 1]! + span * hi;
  }
  return null;
}

/** The point `at` pixels along the line. */
function pointAt(line: readonly ScreenPoint[], lengths: number[], at: number): ScreenPoint {
  let i = 1;
  while (i < lengths.length - 1 && lengths[i]! < at) i++;
  const from = line[i - 1]!;
  const to = line[i]!;
  const span = lengths[i]! - lengths[i - 1]!;
  const t = span > 0 ? (at - lengths[i - 1]!) / span : 0;
  return { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
}

/**
 * How far the line's vertices between `from` and `to` reach above (up the
 * screen from the text's direction) and below the chord through `origin`.
 */
function deviations(
  line: readonly ScreenPoint[],
  lengths: number[],
  from: number,
  to: number,
  origin: ScreenPoint,
  { dx, dy }: { dx: number; dy: number },
): { up: number; down: number } {
  let up = 0;
  let down = 0;
  for (let i = 0; i < line.length; i++) {
    if (lengths[i]! <= from || lengths[i]! >= to) continue;
    const p = line[i]!;
    // The component along the normal (dy, -dx), which points up for text running left to right.
    const d = (p.x - origin.x) * dy - (p.y - origin.y) * dx;
    up = Math.max(up, d);
    down = Math.max(down, -d);
  }
  return { up, down };
}

/** The line comes at most `maxToward` towards the text's side and wanders at most `maxAway` from it. */
const fitsBeside = (toward: number, away: number) =>
  toward <= LINE_LABELS.maxToward && away <= LINE_LABELS.maxAway;

/** Squares of the text's height along its length: a rotated box, as boxes the placement can test. */
function boxesAlong(
  centre: ScreenPoint,
  dx: number,
  dy: number,
  width: number,
  height: number,
): Box[] {
  const count = Math.max(1, Math.ceil(width / height));
  const boxes: Box[] = [];
  for (let k = 0; k < count; k++) {
    const t = (k + 0.5) / count - 0.5;
    const x = centre.x + dx * width * t;
    const y = centre.y + dy * width * t;
    const half = height / 2;
    boxes.push({ x0: x - half, y0: y - half, x1: x + half, y1: y + half });
  }
  return boxes;
}
