import { foldName, placeKeyOf } from '../../shared/ids.js';
import type { PlaceRef, PlaceState } from '../../shared/model.js';

export type PlaceLookup = { kind: 'found'; state: PlaceState } | { kind: 'ambiguous'; candidates: PlaceState[] } | { kind: 'none' };

/**
 * The state a query names: its key (`geonames:704233`, `provisional:…`), else its canonical name or the surface
 * form it was written as, else a spelling the gazetteer knows (`spellings`, asked only then). A name that fits
 * several places is ambiguous: the caller lists them, each with its region and key, rather than pick one.
 */
export const findPlace = async (
  states: readonly PlaceState[],
  query: string,
  spellings: (query: string) => Promise<PlaceRef[]>,
): Promise<PlaceLookup> => {
  const byKey = states.find((s) => s.placeKey === query);
  if (byKey) return { kind: 'found', state: byKey };
  const q = foldName(query);
  let matches = states.filter((s) => foldName(s.place.name) === q || foldName(s.place.surface) === q);
  if (matches.length === 0) {
    const places = await spellings(query);
    const keys = new Set(places.map(placeKeyOf));
    const names = new Set(places.map((p) => foldName(p.name)));
    matches = states.filter((s) => keys.has(s.placeKey) || names.has(foldName(s.place.name)));
  }
  if (matches.length === 0) return { kind: 'none' };
  if (matches.length === 1) return { kind: 'found', state: matches[0]! };
  return {
    kind: 'ambiguous',
    candidates: [...matches].sort((a, b) => b.claimCount - a.claimCount || a.placeKey.localeCompare(b.placeKey)),
  };
};

/** "Lyman, Donetsk Oblast, UA" */
export const placeLabel = (place: PlaceRef): string => [place.name, place.admin1, place.country].filter(Boolean).join(', ');
