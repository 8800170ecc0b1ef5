import { placeKeyOf } from '../shared/ids.js';
import type { Claim, PlaceState } from '../shared/model.js';
import { byPlaceName, groupByPlace, type PlaceStateStore } from './placeStateStore.js';
import { reconcile } from './reconcile.js';

/** The same semantics as the Redis store, in a Map: for the embedded demo and unit tests. */
export class InMemoryPlaceStateStore implements PlaceStateStore {
  private readonly claims = new Map<string, Map<string, Claim>>();
  private readonly states = new Map<string, PlaceState>();

  async apply(claims: Claim[]): Promise<PlaceState[]> {
    const changed: PlaceState[] = [];
    for (const [placeKey, incoming] of groupByPlace(claims, (c) => placeKeyOf(c.place))) {
      let known = this.claims.get(placeKey);
      if (!known) this.claims.set(placeKey, (known = new Map()));
      const before = known.size;
      for (const claim of incoming) if (!known.has(claim.claimId)) known.set(claim.claimId, claim);
      if (known.size === before) continue;
      const state = reconcile([...known.values()]);
      this.states.set(placeKey, state);
      changed.push(state);
    }
    return changed;
  }

  async get(placeKey: string): Promise<PlaceState | null> {
    return this.states.get(placeKey) ?? null;
  }

  async list(): Promise<PlaceState[]> {
    return [...this.states.values()].sort(byPlaceName);
  }

  async isEmpty(): Promise<boolean> {
    return this.states.size === 0;
  }

  async clear(): Promise<void> {
    this.claims.clear();
    this.states.clear();
  }
}
