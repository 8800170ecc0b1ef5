// Where the reconciler notes that Redis holds the whole view (after a rebuild): one key on one Redis, one key on
// each master of a Redis Cluster, so that a master that comes back empty is noticed as a Redis that lost it all is.
import { createRequire } from 'node:module';
import { isCluster, type RedisClient } from '../shared/redis/redisClient.js';

/** Redis Cluster's slot of a key (CRC16 of its hash tag, mod 16384): the function ioredis routes by. */
const slotOf = createRequire(import.meta.url)('cluster-key-slot') as (key: string) => number;

/** The marker on one Redis. */
export const rebuiltMarkerKey = (prefix: string): string => `${prefix}:rebuilt-at`;

/** A master's share of the slots, as CLUSTER SLOTS gives them: ranges, each with its master's address first. */
export interface SlotRange {
  start: number;
  end: number;
  master: string;
}

/**
 * One marker key per master, `<prefix>:rebuilt-at:{m<n>}`, with the first n whose slot that master serves (pure).
 * A master that serves no slot holds no place, and gets none.
 */
export const clusterMarkerKeys = (prefix: string, ranges: readonly SlotRange[], slot: (key: string) => number = slotOf): string[] => {
  const masters = [...new Set(ranges.map((r) => r.master))].sort();
  return masters.map((master) => {
    const own = ranges.filter((r) => r.master === master);
    for (let n = 0; n < 100_000; n++) {
      const s = slot(`m${n}`);
      if (own.some((r) => s >= r.start && s <= r.end)) return `${prefix}:rebuilt-at:{m${n}}`;
    }
    throw new Error(`no hash tag found for the slots of ${master}`);
  });
};

/** The slot ranges of a cluster, from CLUSTER SLOTS. */
const slotRanges = async (cluster: RedisClient): Promise<SlotRange[]> => {
  const reply = (await cluster.call('CLUSTER', 'SLOTS')) as [number, number, [string, number, ...unknown[]], ...unknown[]][];
  return reply.map(([start, end, [host, port]]) => ({ start, end, master: `${host}:${port}` }));
};

/** The markers Redis must hold for its view to be whole: one, or one per master of a cluster. */
export const rebuiltMarkers = async (redis: RedisClient, prefix: string): Promise<string[]> =>
  isCluster(redis) ? clusterMarkerKeys(prefix, await slotRanges(redis)) : [rebuiltMarkerKey(prefix)];

/** True when every marker is there: no Redis (no master) lost the view since the last rebuild. */
export const viewIsWhole = async (redis: RedisClient, prefix: string): Promise<boolean> => {
  const present = await Promise.all((await rebuiltMarkers(redis, prefix)).map((key) => redis.exists(key)));
  return present.every((n) => n === 1);
};

/** Notes, on every master, that the view was just rebuilt. */
export const markRebuilt = async (redis: RedisClient, prefix: string): Promise<void> => {
  const at = new Date().toISOString();
  await Promise.all((await rebuiltMarkers(redis, prefix)).map((key) => redis.set(key, at)));
};
