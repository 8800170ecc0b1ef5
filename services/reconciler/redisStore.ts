import { placeKeyOf } from '../shared/ids.js';
import type { Claim, PlaceState } from '../shared/model.js';
import { getOnNode, scanEveryMaster, unlinkOnNode, type RedisClient } from '../shared/redis/redisClient.js';
import { ReconcilerScripts } from './luaScripts.js';
import { byPlaceName, groupByPlace, type PlaceStateStore } from './placeStateStore.js';
import { PlaceFold } from './reconcile.js';

export interface RedisStoreOptions {
  prefix?: string;
  /**
   * Claims kept in this process between batches, over all places (least recently used places go first): bounds
   * the worker's memory however long it runs. A place not in memory costs one more round trip to read it.
   */
  cachedClaims?: number;
  /** Places whose writes may be in flight at once (default 16): bounds the states held while they are written. */
  placesInFlight?: number;
  /** Called each time the script refuses a write (another writer changed the place) and it is redone. */
  onScriptRetry?: () => void;
}

const MAX_ATTEMPTS = 50;

/**
 * Per-place state in Redis. Keys are hash-tagged by place (`<prefix>:{<placeKey>}:claims|state`) so that
 * both keys of a place live in one Redis Cluster slot and one script can write them together.
 *
 * Applying a batch costs one script call per place in the steady state, up to `placesInFlight` of them
 * pipelined on the connection at once: the state is computed here, by folding the new claims into what this
 * process knows of the place (`PlaceFold`, equal to `reconcile` of all of them), and the `applyClaims` script
 * writes the new claims and the state only if the place still has the number of claims the computation assumed.
 * If another reconciler wrote the place meanwhile (a rebalance, a second instance, a rebuild), the script
 * says "stale", the claims are reloaded (one more round trip) and the computation is redone.
 */
export class RedisPlaceStateStore implements PlaceStateStore {
  private readonly prefix: string;
  private readonly scripts: ReconcilerScripts;
  /** Per place: its claims folded so far, and how many of them `cachedClaimCount` counts. */
  private readonly cache = new Map<string, { fold: PlaceFold; counted: number }>();
  private readonly busyPlaces = new Map<string, Promise<void>>();
  private readonly cachedClaims: number;
  private cachedClaimCount = 0;
  private readonly placesInFlight: number;
  private readonly onScriptRetry: () => void;
  /** Redis round trips made by apply(): for the benchmark and the tests. */
  roundTrips = 0;

  constructor(
    private readonly redis: RedisClient,
    options: RedisStoreOptions = {},
  ) {
    this.prefix = options.prefix ?? 'claimwire';
    this.cachedClaims = options.cachedClaims ?? 50_000;
    this.placesInFlight = Math.max(1, options.placesInFlight ?? 16);
    this.onScriptRetry = options.onScriptRetry ?? (() => undefined);
    this.scripts = new ReconcilerScripts(redis);
  }

  claimsKey(placeKey: string): string {
    return `${this.prefix}:{${placeKey}}:claims`;
  }

  stateKey(placeKey: string): string {
    return `${this.prefix}:{${placeKey}}:state`;
  }

  /**
   * Places are written a few at a time, so their script calls share the connection's pipeline instead of
   * waiting for each other's replies; each place's write stays one optimistic step of its own.
   */
  async apply(claims: Claim[]): Promise<PlaceState[]> {
    const places = [...groupByPlace(claims, (c) => placeKeyOf(c.place))];
    const states = new Array<PlaceState | null>(places.length).fill(null);
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < places.length) {
        const index = next++;
        const [placeKey, incoming] = places[index]!;
        states[index] = await this.applyToPlace(placeKey, incoming);
      }
    };
    // Every lane finishes before a failure is reported: nothing of this batch is still being written when the
    // caller retries it.
    const outcomes = await Promise.allSettled(Array.from({ length: Math.min(this.placesInFlight, places.length) }, lane));
    const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failure) throw failure.reason;
    return states.filter((state): state is PlaceState => state !== null);
  }

  private async applyToPlace(placeKey: string, incoming: Claim[]): Promise<PlaceState | null> {
    return this.onePlaceAtATime(placeKey, async () => {
      let fold = this.cached(placeKey);
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const fresh = new Map<string, Claim>();
        for (const claim of incoming) if (!fold.has(claim.claimId)) fresh.set(claim.claimId, claim);
        if (fresh.size === 0) return this.currentState(placeKey);
        const known = fold.size;
        let outcome: string;
        let state: PlaceState;
        try {
          fold.add(fresh.values());
          state = fold.state();
          this.roundTrips++;
          [outcome] = await this.scripts.applyClaims(
            this.claimsKey(placeKey),
            this.stateKey(placeKey),
            known,
            JSON.stringify(state),
            [...fresh].map(([id, claim]) => [id, JSON.stringify(claim)]),
          );
        } catch (error) {
          this.forget(placeKey, fold);
          throw error;
        }
        if (outcome === 'ok') {
          this.remember(placeKey, fold);
          return state;
        }
        // The fold now holds claims Redis refused: start again from what Redis has ('dup': it has them all).
        this.onScriptRetry();
        this.forget(placeKey, fold);
        fold = await this.reload(placeKey);
      }
      throw new Error(`place ${placeKey}: still contended after ${MAX_ATTEMPTS} attempts`);
    });
  }

  /**
   * The place as Redis has it, for claims it already holds. They are delivered again after a failure or a crash
   * that may have come between writing the place and publishing it, so the caller publishes it again: the
   * compacted topic keeps one record per place, and a lost publication would otherwise wait for the next claim.
   */
  private async currentState(placeKey: string): Promise<PlaceState | null> {
    this.roundTrips++;
    return this.get(placeKey);
  }

  /**
   * One write at a time per place in this process (batches of several partitions, or a rebuild, may meet on a
   * place): a fold takes a batch's claims before Redis has accepted them.
   */
  private async onePlaceAtATime<T>(placeKey: string, work: () => Promise<T>): Promise<T> {
    const run = (this.busyPlaces.get(placeKey) ?? Promise.resolve()).then(work);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.busyPlaces.set(placeKey, settled);
    try {
      return await run;
    } finally {
      if (this.busyPlaces.get(placeKey) === settled) this.busyPlaces.delete(placeKey);
    }
  }

  /**
   * Drops what this process remembers of each place's claims. Needed when Redis lost them (a flush, a restart
   * without persistence): the memory would otherwise take re-delivered claims for already written ones.
   */
  forgetCachedClaims(): void {
    this.cache.clear();
    this.cachedClaimCount = 0;
  }

  /** What this process knows of a place, now the most recently used; empty when it knows nothing. */
  private cached(placeKey: string): PlaceFold {
    let entry = this.cache.get(placeKey);
    if (entry) this.cache.delete(placeKey);
    else entry = { fold: new PlaceFold(), counted: 0 };
    this.cache.set(placeKey, entry);
    return entry.fold;
  }

  /** Keeps `fold` as what this process knows of the place, and evicts beyond the limit. */
  private remember(placeKey: string, fold: PlaceFold): void {
    const entry = this.cache.get(placeKey);
    if (entry) {
      this.cachedClaimCount -= entry.counted;
      this.cache.delete(placeKey);
    }
    this.cache.set(placeKey, { fold, counted: fold.size });
    this.cachedClaimCount += fold.size;
    this.evictBeyondLimit(placeKey);
  }

  /** Drops the place's memory if it is still `fold` (not already evicted or replaced). */
  private forget(placeKey: string, fold: PlaceFold): void {
    const entry = this.cache.get(placeKey);
    if (entry?.fold !== fold) return;
    this.cache.delete(placeKey);
    this.cachedClaimCount -= entry.counted;
  }

  private evictBeyondLimit(keep: string): void {
    for (const [placeKey, entry] of this.cache) {
      if (this.cachedClaimCount <= this.cachedClaims) return;
      if (placeKey === keep) continue;
      this.cache.delete(placeKey);
      this.cachedClaimCount -= entry.counted;
    }
  }

  private async reload(placeKey: string): Promise<PlaceFold> {
    this.roundTrips++;
    const fold = new PlaceFold(await this.claimsOf(placeKey));
    this.remember(placeKey, fold);
    return fold;
  }

  /** Every claim Redis holds for a place, each with its sentence: the full evidence a state cites the latest of. */
  async claimsOf(placeKey: string): Promise<Claim[]> {
    const values = await this.redis.hvals(this.claimsKey(placeKey));
    return values.map((json) => JSON.parse(json) as Claim);
  }

  async get(placeKey: string): Promise<PlaceState | null> {
    const json = await this.redis.get(this.stateKey(placeKey));
    return json ? (JSON.parse(json) as PlaceState) : null;
  }

  /**
   * SCAN rather than an index set (an index would be a cross-slot write in Redis Cluster), on every master of a
   * cluster; each node's keys are read on that node, one GET each (MGET across slots is refused by a cluster).
   */
  async list(): Promise<PlaceState[]> {
    const states: PlaceState[] = [];
    await scanEveryMaster(this.redis, `${this.prefix}:{*}:state`, async (node, keys) => {
      for (let i = 0; i < keys.length; i += 500)
        for (const json of await getOnNode(node, keys.slice(i, i + 500))) if (json) states.push(JSON.parse(json) as PlaceState);
    });
    return states.sort(byPlaceName);
  }

  async isEmpty(): Promise<boolean> {
    let found = false;
    await scanEveryMaster(this.redis, `${this.prefix}:{*}:state`, async () => {
      found = true;
      return false;
    });
    return !found;
  }

  async clear(): Promise<void> {
    await scanEveryMaster(this.redis, `${this.prefix}:*`, (node, keys) => unlinkOnNode(node, keys));
    this.forgetCachedClaims();
  }
}
