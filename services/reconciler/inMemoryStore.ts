import { placeKeyOf } from '../shared/ids.js';
import type { Claim, PlaceState } from '../shared/model.js';
import { byPlaceName, groupByPlace, type PlaceStateStore } from './placeStateStore.js';
import { PlaceFold } from './reconcile.js';

/** The same semantics as the Redis store, in a Map: for the embedded demo and unit tests. */
export class InMemoryPlaceStateStore implements PlaceStateStore {
  private readonly folds = new Map<string, PlaceFold>();
  private readonly states = new Map<string, PlaceState>();

  async apply(claims: Claim[]): Promise<PlaceState[]> {
    const touched: PlaceState[] = [];
    for (const [placeKey, incoming] of groupByPlace(claims, (c) => placeKeyOf(c.place))) {
      let fold = this.folds.get(placeKey);
      if (!fold) this.folds.set(placeKey, (fold = new PlaceFold()));
      if (fold.add(incoming) === 0) {
        const current = this.states.get(placeKey);
        if (current) touched.push(current);
        continue;
      }
      const state = fold.state();
      this.states.set(placeKey, state);
      touched.push(state);
    }
    return touched;
  }

  async get(placeKey: string): Promise<PlaceState | null> {
    return this.states.get(placeKey) ?? null;
  }

  /** Every claim the store holds for a place, as the Redis store's `claimsOf`. */
  async claimsOf(placeKey: string): Promise<Claim[]> {
    return this.folds.get(placeKey)?.claims() ?? [];
  }

  async list(): Promise<PlaceState[]> {
    return [...this.states.values()].sort(byPlaceName);
  }

  async isEmpty(): Promise<boolean> {
    return this.states.size === 0;
  }

  async clear(): Promise<void> {
    this.folds.clear();
    this.states.clear();
  }
}
