import { spreadPoints } from './public/layout.js';

describe('spreadPoints (map labels)', () => {
  it('leaves points apart where they are', () => {
    expect(
      spreadPoints([
        { x: 0, y: 0, width: 60 },
        { x: 0, y: 100, width: 60 },
      ]),
    ).toEqual([
      { dx: 0, dy: 0 },
      { dx: 0, dy: 0 },
    ]);
  });

  it('moves points on top of each other until no dot or label overlaps another', () => {
    const points = [0, 1, 2, 3].map((n) => ({ x: 100 + n, y: 100 + n, width: 70 }));
    const moved = spreadPoints(points).map((m, i) => ({ x: points[i]!.x + m.dx, y: points[i]!.y + m.dy }));
    for (let a = 0; a < moved.length; a++)
      for (let b = a + 1; b < moved.length; b++) expect(Math.abs(moved[a]!.y - moved[b]!.y)).toBeGreaterThanOrEqual(18);
  });

  it('is the same whatever the order of the points', () => {
    const points = [
      { x: 5, y: 5, width: 50 },
      { x: 6, y: 6, width: 50 },
      { x: 200, y: 6, width: 50 },
    ];
    const forward = spreadPoints(points);
    const backward = spreadPoints([...points].reverse()).reverse();
    expect(backward).toEqual(forward);
  });
});
