import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import type { RedisClient } from '../services/shared/redis/redisClient.js';
import { reconcileAll } from '../services/reconciler/reconcile.js';
import { placeKeyOf } from '../services/shared/ids.js';
import { byPlaceName } from '../services/reconciler/placeStateStore.js';
import { RedisPlaceStateStore } from '../services/reconciler/redisStore.js';
import { claim, goldSeedClaims } from '../services/reconciler/testing/claimFixtures.js';
import { CLI_RETRY, connectRedis } from '../services/shared/reachServices.js';
import { shuffled } from '../services/shared/shuffle.js';
import { clusterEnv } from '../scripts/stack/redisCluster.js';
import { configFor, silentLogger, testEnv } from './support/testEnv.js';

/**
 * The Redis store against a real Redis and against the local three-master Redis Cluster: same state as the pure
 * reconcile, whatever the order, repeats or writers.
 */
describe.each([
  ['one Redis', {}],
  ['a Redis Cluster', clusterEnv()],
])('reconciler state in %s', (_target, redisEnv: Record<string, string>) => {
  const config = configFor(testEnv('redis-store', redisEnv));
  let redis: RedisClient;
  const prefixes: string[] = [];
  const freshPrefix = (): string => {
    const prefix = `${config.redisPrefix}:${randomBytes(3).toString('hex')}`;
    prefixes.push(prefix);
    return prefix;
  };

  beforeAll(async () => {
    redis = await connectRedis(config, CLI_RETRY, silentLogger);
  });
  afterAll(async () => {
    for (const prefix of prefixes) await new RedisPlaceStateStore(redis, { prefix }).clear();
    await redis.quit();
  });

  it('ends in the gold seed states, one round trip per claim, hash-tagged per place', async () => {
    const { claims, places } = goldSeedClaims();
    const store = new RedisPlaceStateStore(redis, { prefix: freshPrefix() });
    for (const c of claims) await store.apply([c]);
    expect(store.roundTrips).toBe(claims.length);
    const states = await store.list();
    expect(Object.fromEntries(states.map((s) => [s.place.name, s.status]))).toMatchObject(places);
    expect(states).toEqual(reconcileAll(claims));
    expect(store.claimsKey('geonames:1')).toMatch(/\{geonames:1\}:claims$/);
    // Claims delivered again give each place as Redis has it, to be published again: one read each.
    const before = store.roundTrips;
    expect((await store.apply(claims)).sort(byPlaceName)).toEqual(reconcileAll(claims));
    expect(store.roundTrips - before).toBe(new Set(claims.map((c) => placeKeyOf(c.place))).size);
  });

  it('gives the same state for any order, batching and redelivery (200 generated cases)', async () => {
    const { claims } = goldSeedClaims();
    await fc.assert(
      fc.asyncProperty(fc.integer(), fc.integer({ min: 1, max: 7 }), fc.nat({ max: claims.length }), async (seed, batchSize, repeats) => {
        const store = new RedisPlaceStateStore(redis, { prefix: freshPrefix() });
        const deliveries = shuffled([...claims, ...claims.slice(0, repeats)], seed);
        for (let i = 0; i < deliveries.length; i += batchSize) await store.apply(deliveries.slice(i, i + batchSize));
        expect(await store.list()).toEqual(reconcileAll(claims));
        await store.clear();
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('two writers on the same places converge to the single-writer state (optimistic retries)', async () => {
    const claims = Array.from({ length: 120 }, (_, i) =>
      claim({
        place: `Place ${i % 3}`,
        article: `art-${i}`,
        side: i % 2 ? 'RU' : 'UA',
        stance: i % 5 === 0 ? 'DENIAL' : 'CONTROL',
        controller: i % 3 ? 'RU' : 'UA',
        extent: (i % 10) / 10,
        claimedAt: `2024-0${1 + (i % 9)}-1${i % 10}`,
      }),
    );
    const prefix = freshPrefix();
    const a = new RedisPlaceStateStore(redis, { prefix });
    const b = new RedisPlaceStateStore(redis, { prefix });
    const order = shuffled(claims, 11);
    await Promise.all([
      (async () => {
        for (const c of order.filter((_, i) => i % 2 === 0)) await a.apply([c]);
      })(),
      (async () => {
        for (const c of order.filter((_, i) => i % 2 === 1)) await b.apply([c]);
      })(),
    ]);
    expect(await a.list()).toEqual(reconcileAll(claims));
    expect(a.roundTrips + b.roundTrips).toBeGreaterThanOrEqual(claims.length);
  });

  it('notices a flushed place and recomputes from what Redis now holds, counting the redone script calls', async () => {
    const { claims } = goldSeedClaims();
    const prefix = freshPrefix();
    let retries = 0;
    const store = new RedisPlaceStateStore(redis, { prefix, onScriptRetry: () => retries++ });
    await store.apply(claims.slice(0, 10));
    expect(retries).toBe(0);
    await new RedisPlaceStateStore(redis, { prefix }).clear();
    await store.apply(claims.slice(10));
    expect(await store.list()).toEqual(reconcileAll(claims.slice(10)));
    expect(retries).toBeGreaterThan(0);
  });

  it('writes re-delivered claims again once it forgets what Redis lost (the rebuild path)', async () => {
    const { claims } = goldSeedClaims();
    const prefix = freshPrefix();
    const store = new RedisPlaceStateStore(redis, { prefix });
    await store.apply(claims);
    await new RedisPlaceStateStore(redis, { prefix }).clear();
    store.forgetCachedClaims();
    await store.apply(claims);
    expect(await store.list()).toEqual(reconcileAll(claims));
  });

  it('remembers nothing of a batch whose write failed: its redelivery is written and every place of it published', async () => {
    const { claims } = goldSeedClaims();
    const store = new RedisPlaceStateStore(redis, { prefix: freshPrefix() });
    const failing = placeKeyOf(claims[claims.length - 1]!.place);
    const others = claims.filter((c) => placeKeyOf(c.place) !== failing);
    await store.apply(others.slice(0, 5));
    // A key of the wrong type makes the place's script fail in Redis, as a real write can.
    await redis.set(store.claimsKey(failing), 'not a hash');
    await expect(store.apply(claims)).rejects.toThrow(/WRONGTYPE/);
    await redis.del(store.claimsKey(failing));
    // The places written before the batch failed come back too: their states never reached the topic.
    expect((await store.apply(claims)).sort(byPlaceName)).toEqual(reconcileAll(claims));
    expect(await store.list()).toEqual(reconcileAll(claims));
  });

  it('keeps the same state when it may remember only a few claims (bounded memory: evicted places are reread)', async () => {
    const { claims } = goldSeedClaims();
    const store = new RedisPlaceStateStore(redis, { prefix: freshPrefix(), cachedClaims: 3 });
    for (const c of shuffled(claims, 5)) await store.apply([c]);
    expect(await store.list()).toEqual(reconcileAll(claims));
    expect(store.roundTrips).toBeGreaterThan(claims.length);
  });
});
