import { describe, expect, it } from 'vitest';
import { arrowDirection, nearestInDirection, nearestTo } from '../../src/view/spatialNav';

describe('nearestInDirection: the arrow keys between features', () => {
  const from = { x: 100, y: 100 };

  it('picks the nearest point that lies in the arrow’s direction', () => {
    const points = [
      { x: 160, y: 100 },
      { x: 130, y: 105 },
      { x: 40, y: 100 },
    ];
    expect(nearestInDirection(from, points, 'right')).toBe(1);
    expect(nearestInDirection(from, points, 'left')).toBe(2);
  });

  it('prefers a point within 45° of the arrow to a nearer one off to the side', () => {
    // Right: (112, 130) is nearer but mostly below; (170, 110) lies to the right.
    const points = [
      { x: 112, y: 130 },
      { x: 170, y: 110 },
    ];
    expect(nearestInDirection(from, points, 'right')).toBe(1);
    expect(nearestInDirection(from, points, 'down')).toBe(0);
  });

  it('falls back to the best point of the half-plane when none lies within 45°', () => {
    expect(nearestInDirection(from, [{ x: 110, y: 160 }], 'right')).toBe(0);
  });

  it('finds nothing behind, beside or at the very same spot', () => {
    expect(
      nearestInDirection(
        from,
        [
          { x: 90, y: 100 },
          { x: 100, y: 140 },
        ],
        'right',
      ),
    ).toBeNull();
    expect(nearestInDirection(from, [{ x: 100, y: 100 }], 'up')).toBeNull();
    expect(nearestInDirection(from, [], 'down')).toBeNull();
  });

  it('measures screen y downwards: "up" is a smaller y', () => {
    const points = [
      { x: 100, y: 60 },
      { x: 100, y: 140 },
    ];
    expect(nearestInDirection(from, points, 'up')).toBe(0);
    expect(nearestInDirection(from, points, 'down')).toBe(1);
  });
});

describe('entering the map', () => {
  it('lands on the point nearest the centre', () => {
    expect(
      nearestTo({ x: 0, y: 0 }, [
        { x: 5, y: 5 },
        { x: 1, y: -2 },
      ]),
    ).toBe(1);
    expect(nearestTo({ x: 0, y: 0 }, [])).toBeNull();
  });

  it('reads only the four arrow keys', () => {
    expect(arrowDirection('ArrowUp')).toBe('up');
    expect(arrowDirection('Enter')).toBeNull();
  });
});
