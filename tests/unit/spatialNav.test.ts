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

describe('arrows stay on the map the user sees', () => {
  const from = { x: 100, y: 100 };
  // (400, 100) lies straight ahead but out of view; (300, 290) is in view, further off the line.
  const points = [
    { x: 400, y: 100 },
    { x: 300, y: 290 },
  ];
  const inView = (point: { x: number }) => point.x < 350;

  it('prefers a feature in view to a better-placed one out of it', () => {
    expect(nearestInDirection(from, points, 'right')).toBe(0);
    expect(nearestInDirection(from, points, 'right', inView)).toBe(1);
  });

  it('goes out of view only when nothing in view lies that way', () => {
    expect(nearestInDirection(from, [points[0]!], 'right', inView)).toBe(0);
    expect(nearestInDirection(from, points, 'left', inView)).toBeNull();
  });
});
