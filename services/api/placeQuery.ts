import type { PlaceStatus } from '../shared/model.js';
import type { IndexedPlace } from './placeIndex.js';
import { matchesQuery, queryKeys, regionKey } from './placeSearch.js';

/** The list route's filters, checked: statuses, a region, a name in any spelling, and a date the place changed on or after. */
export interface PlaceFilter {
  status?: readonly PlaceStatus[];
  region?: string;
  q?: string;
  /** YYYY-MM-DD: places whose `updatedAt` is on or after it. */
  since?: string;
}

export const filterPlaces = (places: readonly IndexedPlace[], filter: PlaceFilter): readonly IndexedPlace[] => {
  if (!filter.status?.length && filter.region === undefined && filter.q === undefined && filter.since === undefined) return places;
  const statuses = filter.status?.length ? new Set(filter.status) : null;
  const region = filter.region === undefined ? null : regionKey(filter.region);
  const keys = filter.q === undefined ? null : queryKeys(filter.q);
  return places.filter(
    (p) =>
      (!statuses || statuses.has(p.summary.status)) &&
      (region === null || p.region === region) &&
      (filter.since === undefined || p.summary.updatedAt.slice(0, 10) >= filter.since) &&
      (keys === null || matchesQuery(p.terms, keys)),
  );
};

export interface PageRequest {
  limit: number;
  offset: number;
}

export interface Page<T> {
  items: T[];
  /** How many items the filters leave, over all pages. */
  total: number;
  limit: number;
  offset: number;
  /** The offset of the next page, null on the last one. */
  nextOffset: number | null;
}

export const pageOf = <T>(items: readonly T[], { limit, offset }: PageRequest): Page<T> => ({
  items: items.slice(offset, offset + limit),
  total: items.length,
  limit,
  offset,
  nextOffset: offset + limit < items.length ? offset + limit : null,
});
