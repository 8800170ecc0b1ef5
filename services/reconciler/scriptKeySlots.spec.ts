import { createRequire } from 'node:module';
import fc from 'fast-check';
import type { RedisClient } from '../shared/redis/redisClient.js';
import { RedisPlaceStateStore } from './redisStore.js';
import { claim } from './testing/claimFixtures.js';

/** Redis Cluster's own slot function (CRC16 of the key's hash tag, mod 16384), as ioredis routes commands with it. */
const slotOf = createRequire(import.meta.url)('cluster-key-slot') as (key: string) => number;

/** A client that records the keys of each applyClaims script call and answers 'ok', as Redis would to a first write. */
const recordingClient = (): { client: RedisClient; calls: string[][] } => {
  const calls: string[][] = [];
  const scripts = new Map<string, number>();
  const client = {
    isCluster: true,
    defineCommand(name: string, { numberOfKeys }: { numberOfKeys: number }) {
      scripts.set(name, numberOfKeys);
      (this as unknown as Record<string, unknown>)[name] = (...args: (string | number)[]) => {
        calls.push(args.slice(0, numberOfKeys).map(String));
        return Promise.resolve(['ok', 1]);
      };
    },
  };
  return { client: client as unknown as RedisClient, calls };
};

describe('the reconcile script in a Redis Cluster', () => {
  it('is given every key of a call in one slot, whatever the place and the prefix', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), async (placeName, prefix) => {
        const { client, calls } = recordingClient();
        const store = new RedisPlaceStateStore(client, { prefix });
        const c = claim({ place: placeName, side: 'UA', stance: 'CONTROL', controller: 'UA', claimedAt: '2024-03-01' });
        await store.apply([
          { ...c, place: { ...c.place, id: null } },
          claim({ place: placeName, side: 'RU', stance: 'CONTROL', controller: 'RU', claimedAt: '2024-03-02' }),
        ]);
        expect(calls.length).toBeGreaterThan(0);
        for (const keys of calls) {
          expect(keys).toHaveLength(2);
          expect(new Set(keys.map(slotOf)).size).toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('spreads places over the slots: the keys are tagged by place, not by the prefix', () => {
    const store = new RedisPlaceStateStore(recordingClient().client, { prefix: 'claimwire' });
    const slots = new Set(Array.from({ length: 200 }, (_, i) => slotOf(store.stateKey(`geonames:${700_000 + i}`))));
    expect(slots.size).toBeGreaterThan(190);
    expect(slotOf(store.claimsKey('geonames:706483'))).toBe(slotOf('{geonames:706483}'));
    expect(slotOf(store.stateKey('geonames:706483'))).toBe(slotOf('{geonames:706483}'));
  });
});
