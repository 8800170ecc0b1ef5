/** Types of layout.js, for its spec (the browser takes the plain module). */
export interface MapPoint {
  x: number;
  y: number;
  width: number;
}
export function spreadPoints(points: MapPoint[], options?: { row?: number; dot?: number }): { dx: number; dy: number }[];
