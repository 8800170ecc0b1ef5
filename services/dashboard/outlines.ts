import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** The part of the world the map shows: Ukraine and its neighbours, west to east Poland, north to Moscow. */
export const MAP_BOUNDS = { west: 20, south: 43, east: 47, north: 57 } as const;

const inBounds = ([lon, lat]: Position): boolean =>
  lon! >= MAP_BOUNDS.west && lon! <= MAP_BOUNDS.east && lat! >= MAP_BOUNDS.south && lat! <= MAP_BOUNDS.north;

const positions = (geometry: Geometry): Position[] => {
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    default:
      return [];
  }
};

/**
 * The country outlines of the map, as GeoJSON: world-atlas's Natural Earth 1:50m countries (an npm package, read from
 * disk: nothing is fetched), those with a point inside MAP_BOUNDS. Computed once per process.
 */
let cached: FeatureCollection | null = null;
export const mapOutlines = (): FeatureCollection => {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const near = countries.features.filter((f: Feature<Geometry, { name: string }>) => f.geometry && positions(f.geometry).some(inBounds));
  cached = { type: 'FeatureCollection', features: near };
  return cached;
};
