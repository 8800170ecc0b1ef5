import { geoConicConformal, geoPath } from 'd3-geo';
import { el, fill } from './dom.js';
import { STATUS_LABEL } from './format.js';
import { spreadPoints } from './layout.js';

const WIDTH = 800;
const HEIGHT = 560;

/** The view around the places: their box, at least 6° by 4°, within the bounds the outlines cover. */
const viewOf = (places, bounds) => {
  const located = places.filter((p) => p.lat !== null && p.lon !== null);
  if (located.length === 0) return bounds;
  let [west, east] = [Math.min(...located.map((p) => p.lon)), Math.max(...located.map((p) => p.lon))];
  let [south, north] = [Math.min(...located.map((p) => p.lat)), Math.max(...located.map((p) => p.lat))];
  const grow = (lo, hi, min) => {
    const pad = Math.max((min - (hi - lo)) / 2, (hi - lo) * 0.15);
    return [lo - pad, hi + pad];
  };
  [west, east] = grow(west, east, 6);
  [south, north] = grow(south, north, 4);
  return {
    west: Math.max(bounds.west, west),
    east: Math.min(bounds.east, east),
    south: Math.max(bounds.south, south),
    north: Math.min(bounds.north, north),
  };
};

const box = ({ west, south, east, north }) => ({
  type: 'Feature',
  geometry: {
    type: 'MultiPoint',
    coordinates: [
      [west, south],
      [east, north],
      [west, north],
      [east, south],
    ],
  },
});

/**
 * The map: country outlines (from the server's world-atlas data) drawn with d3-geo, and every place with coordinates as
 * a point coloured by its status. Clicking a point opens the place.
 */
export const createMap = (svg, outlines, onSelect) => {
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  let lastView = null;
  let projection = null;

  const draw = (places, selectedKey) => {
    const view = viewOf(places, outlines.bounds);
    const viewKey = JSON.stringify(view);
    if (viewKey !== lastView) {
      lastView = viewKey;
      projection = geoConicConformal()
        .parallels([44, 56])
        .rotate([-((view.west + view.east) / 2), 0])
        .fitExtent(
          [
            [20, 20],
            [WIDTH - 20, HEIGHT - 20],
          ],
          box(view),
        )
        .clipExtent([
          [0, 0],
          [WIDTH, HEIGHT],
        ]);
    }
    const path = geoPath(projection);
    const countries = el(
      'svg:g',
      { class: 'countries' },
      outlines.outlines.features.map((f) =>
        el(
          'svg:path',
          { d: path(f) ?? '', class: f.properties.name === 'Ukraine' ? 'country ua' : 'country' },
          el('svg:title', {}, f.properties.name),
        ),
      ),
    );
    const located = places.filter((p) => p.lat !== null && p.lon !== null);
    const at = located.map((p) => projection([p.lon, p.lat]));
    const moved = spreadPoints(at.map(([x, y], i) => ({ x, y, width: 14 + located[i].name.length * 7.5 })));
    const points = el(
      'svg:g',
      { class: 'points' },
      located.map((p, i) => {
        const [x, y] = at[i];
        const { dx, dy } = moved[i];
        return el(
          'svg:g',
          { class: 'pin' },
          dx || dy ? el('svg:line', { class: 'leader', x1: x, y1: y, x2: x + dx, y2: y + dy }) : null,
          dx || dy ? el('svg:circle', { class: 'true-position', cx: x, cy: y, r: 2 }) : null,
          el(
            'svg:g',
            {
              class: `point ${p.status}${p.placeKey === selectedKey ? ' selected' : ''}`,
              transform: `translate(${(x + dx).toFixed(1)},${(y + dy).toFixed(1)})`,
              tabindex: 0,
              role: 'button',
              'aria-label': `${p.name}: ${STATUS_LABEL[p.status]}`,
              dataset: { testid: 'map-point', place: p.name, placeKey: p.placeKey, status: p.status },
              onclick: () => onSelect(p.placeKey),
              onkeydown: (e) => (e.key === 'Enter' || e.key === ' ') && onSelect(p.placeKey),
            },
            el('svg:circle', { r: 7 }),
            el('svg:text', { x: 10, y: 4 }, p.name),
            el('svg:title', {}, `${p.name} — ${STATUS_LABEL[p.status]}`),
          ),
        );
      }),
    );
    const labels = el(
      'svg:g',
      { class: 'country-labels' },
      outlines.outlines.features
        .filter((f) => ['Ukraine', 'Russia', 'Belarus', 'Poland', 'Moldova', 'Romania'].includes(f.properties.name))
        .map((f) => {
          const [x, y] = path.centroid(f);
          return x > 40 && x < WIDTH - 40 && y > 20 && y < HEIGHT - 20
            ? el('svg:text', { x, y, class: 'country-label' }, f.properties.name.toUpperCase())
            : null;
        }),
    );
    fill(svg, countries, labels, points);
  };
  return { draw };
};
