/**
 * Moving between features with the arrow keys: from the focused feature to
 * the nearest one in the arrow's direction on screen, as a sighted user would
 * point. Pure geometry on screen points, so it is tested without a browser.
 */

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface ScreenPoint {
  x: number;
  y: number;
}

const UNIT: Record<Direction, ScreenPoint> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/** The arrow key's direction, or null for any other key. */
export function arrowDirection(key: string): Direction | null {
  const directions: Record<string, Direction> = {
    ArrowLeft: 'left',
    ArrowRight: 'right',
    ArrowUp: 'up',
    ArrowDown: 'down',
  };
  return directions[key] ?? null;
}

/**
 * Sideways distance counts twice as much as distance ahead, so the arrow
 * picks what lies most nearly in its direction; a point within 45° of it wins
 * over any point outside, so "right" never jumps to a feature below.
 */
const ACROSS_WEIGHT = 2;

/**
 * The index of the point nearest `from` in `direction`, or null when nothing
 * lies that way. Points at the very same spot are not "that way": the chooser
 * lists those. With `inView`, a point in view wins over any point out of it,
 * so an arrow stays on the map the user sees before it flies to another
 * continent.
 * @example nearestInDirection({ x: 0, y: 0 }, [{ x: 10, y: 1 }, { x: 0, y: 10 }], 'right') // 0
 */
export function nearestInDirection(
  from: ScreenPoint,
  points: readonly ScreenPoint[],
  direction: Direction,
  inView?: (point: ScreenPoint) => boolean,
): number | null {
  if (inView) {
    const visible = points
      .map((point, index) => ({ point, index }))
      .filter(({ point }) => inView(point));
    const found = nearestInDirection(
      from,
      visible.map(({ point }) => point),
      direction,
    );
    if (found !== null) return visible[found]!.index;
  }
  const unit = UNIT[direction];
  let best: { index: number; inCone: boolean; score: number } | null = null;
  points.forEach((point, index) => {
    const dx = point.x - from.x;
    const dy = point.y - from.y;
    const ahead = dx * unit.x + dy * unit.y;
    if (ahead <= 0) return;
    const across = Math.abs(dx * unit.y - dy * unit.x);
    const inCone = across <= ahead;
    const score = ahead + ACROSS_WEIGHT * across;
    if (best === null || (inCone && !best.inCone) || (inCone === best.inCone && score < best.score))
      best = { index, inCone, score };
  });
  return best === null ? null : (best as { index: number }).index;
}

/** The index of the point nearest `centre`, for where focus lands when the map is entered. */
export function nearestTo(centre: ScreenPoint, points: readonly ScreenPoint[]): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  points.forEach((point, index) => {
    const distance = Math.hypot(point.x - centre.x, point.y - centre.y);
    if (distance < bestDistance) [best, bestDistance] = [index, distance];
  });
  return best;
}
