// Where the map draws each point so that none hides another: places a few kilometres apart (Kupiansk and the villages
// around it) would otherwise sit on one pixel. Pure, so that it is tested beside the server code.

/**
 * Points {x, y, width} (width: of the label to the right) → the same order, each with `dx`, `dy` to draw it at. Points
 * are taken from top to bottom; one that would overlap a point already placed (its dot or its label) moves down a row,
 * then up, until it is free. The true position stays where a leader line starts.
 */
export const spreadPoints = (points, { row = 18, dot = 8 } = {}) => {
  const placed = [];
  const order = points.map((p, i) => ({ ...p, i })).sort((a, b) => a.y - b.y || a.x - b.x || a.i - b.i);
  const clashes = (x, y, width) => placed.some((q) => Math.abs(q.y - y) < row && x - dot < q.x + q.width && q.x - dot < x + width);
  const out = new Array(points.length);
  for (const p of order) {
    let y = p.y;
    for (let step = 1; clashes(p.x, y, p.width) && step < 200; step++) y = p.y + (step % 2 ? 1 : -1) * Math.ceil(step / 2) * (row / 2);
    placed.push({ x: p.x, y, width: p.width });
    out[p.i] = { dx: 0, dy: y - p.y };
  }
  return out;
};
