import type { Claim, PlaceState } from '../shared/model.js';

/** Where the current per-place state lives: Redis in production, memory in the embedded demo and unit tests. */
export interface PlaceStateStore {
  /**
   * Applies claims (any places, any order, duplicates allowed); returns, one per place, the state of each place
   * the claims are about: a new one where a claim was new, else the place as it stands (claims delivered again
   * after a failure republish what the failure may have kept from the topic).
   */
  apply(claims: Claim[]): Promise<PlaceState[]>;
  get(placeKey: string): Promise<PlaceState | null>;
  /** Every place, sorted by place name. */
  list(): Promise<PlaceState[]>;
  /** True when the store holds no place. */
  isEmpty(): Promise<boolean>;
  /** Removes every place of this store. */
  clear(): Promise<void>;
}

/** Claims grouped by place key, in first-seen order. */
export const groupByPlace = (claims: Claim[], keyOf: (claim: Claim) => string): Map<string, Claim[]> => {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = keyOf(claim);
    const list = groups.get(key);
    if (list) list.push(claim);
    else groups.set(key, [claim]);
  }
  return groups;
};

export const byPlaceName = (a: PlaceState, b: PlaceState): number =>
  a.place.name < b.place.name ? -1 : a.place.name > b.place.name ? 1 : a.placeKey < b.placeKey ? -1 : a.placeKey > b.placeKey ? 1 : 0;
