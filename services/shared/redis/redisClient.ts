// The one place a Redis client is made: one Redis, or ioredis' Cluster client over a Redis Cluster, with the
// security settings' TLS and ACL user either way. What reads or writes many keys goes through the helpers below,
// which work on both (a cluster refuses multi-key commands across slots, and each master SCANs only its own keys).
import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';
import type { Config } from '../config.js';
import { redisConnection } from '../security/redisConnection.js';

/** A connection to claimwire's Redis: one server or a cluster. */
export type RedisClient = Redis | Cluster;

/** How the client behaves when Redis is slow or away: the same for one server and for every node of a cluster. */
export interface RedisClientBehaviour {
  lazyConnect?: boolean;
  /** Per command: how many reconnections it waits through before it fails (ioredis' maxRetriesPerRequest). */
  maxRetriesPerRequest?: number | null;
  enableOfflineQueue?: boolean;
  connectTimeout?: number;
  /** Delay before reconnection attempt `n`, or null to give up. */
  retryStrategy?: (attempt: number) => number | null;
}

export type RedisClientPlan =
  | { kind: 'single'; url: string; options: RedisOptions }
  | { kind: 'cluster'; nodes: { host: string; port: number }[]; options: ClusterOptions };

/** The object without its undefined properties: ioredis should fill in its own defaults for those. */
const defined = <T extends object>(options: T): T =>
  Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as T;

/** What client the configuration asks for, and its options (pure; reads the TLS files the settings name). */
export const redisClientPlan = (config: Config, behaviour: RedisClientBehaviour = {}): RedisClientPlan => {
  const { retryStrategy, enableOfflineQueue, lazyConnect, ...perConnection } = behaviour;
  const security = redisConnection(config);
  if (!config.redisCluster)
    return {
      kind: 'single',
      url: config.redisUrl,
      options: defined({ ...security, ...perConnection, lazyConnect, enableOfflineQueue, retryStrategy }),
    };
  return {
    kind: 'cluster',
    nodes: config.redisNodes,
    options: defined({
      // Every node's connection: the same ACL user and TLS as one Redis would get.
      redisOptions: defined({ ...security, ...perConnection }),
      lazyConnect,
      enableOfflineQueue,
      clusterRetryStrategy: retryStrategy,
      // No auto-pipelining: a command on its own follows a MOVED reply and reloads a script a restarted master lost
      // (NOSCRIPT), where one in an automatic pipeline fails with them. Commands still share the connection at once.
      enableAutoPipelining: false,
      // A master that restarts or fails over: commands wait and follow the new slot table instead of failing.
      retryDelayOnFailover: 300,
      retryDelayOnClusterDown: 500,
      retryDelayOnTryAgain: 200,
      slotsRefreshTimeout: 2_000,
      // TLS names are checked against the host as given, not a resolved address.
      ...(security.tls ? { dnsLookup: (address: string, lookup: (error: null, address: string) => void) => lookup(null, address) } : {}),
    }),
  };
};

/** A client for the configuration's Redis (lazy when asked: nothing is contacted until connect()). */
export const createRedisClient = (config: Config, behaviour: RedisClientBehaviour = {}): RedisClient => {
  const plan = redisClientPlan(config, behaviour);
  return plan.kind === 'single' ? new Redis(plan.url, plan.options) : new Cluster(plan.nodes, plan.options);
};

export const isCluster = (client: RedisClient): client is Cluster => client.isCluster;

/** The servers that hold keys: every master of a cluster, or the one Redis. */
export const mastersOf = (client: RedisClient): Redis[] => (isCluster(client) ? client.nodes('master') : [client]);

/**
 * SCANs every master for keys matching `pattern`, handing each batch to `handle` with the node it came from (whose
 * pipeline reaches those keys without redirection). Stops early when `handle` returns false.
 */
export const scanEveryMaster = async (
  client: RedisClient,
  pattern: string,
  handle: (node: Redis, keys: string[]) => Promise<boolean | void>,
  count = 1_000,
): Promise<void> => {
  for (const node of mastersOf(client)) {
    let cursor = '0';
    do {
      const [next, keys] = await node.scan(cursor, 'MATCH', pattern, 'COUNT', count);
      cursor = next;
      if (keys.length && (await handle(node, keys)) === false) return;
    } while (cursor !== '0');
  }
};

/** Runs a pipeline, failing with the first command's error. */
const execAll = async (pipeline: ReturnType<Redis['pipeline']>): Promise<unknown[]> => {
  const results = (await pipeline.exec()) ?? [];
  const failed = results.find(([error]) => error);
  if (failed) throw failed[0]!;
  return results.map(([, value]) => value);
};

/** GET of each key, in one pipeline on one server; on a cluster each on the node of its slot, all sent at once. */
export const getMany = async (client: RedisClient, keys: readonly string[]): Promise<(string | null)[]> => {
  if (keys.length === 0) return [];
  if (isCluster(client)) return Promise.all(keys.map((key) => client.get(key)));
  const pipeline = client.pipeline();
  for (const key of keys) pipeline.get(key);
  return (await execAll(pipeline)) as (string | null)[];
};

/** SET of each key to its value, as getMany reads them. */
export const setMany = async (client: RedisClient, entries: readonly [string, string][]): Promise<void> => {
  if (entries.length === 0) return;
  if (isCluster(client)) {
    await Promise.all(entries.map(([key, value]) => client.set(key, value)));
    return;
  }
  const pipeline = client.pipeline();
  for (const [key, value] of entries) pipeline.set(key, value);
  await execAll(pipeline);
};

/** GET of keys that one node holds (as SCAN on it found them): one pipeline, no multi-key command across slots. */
export const getOnNode = async (node: Redis, keys: readonly string[]): Promise<(string | null)[]> => {
  const pipeline = node.pipeline();
  for (const key of keys) pipeline.get(key);
  return (await execAll(pipeline)) as (string | null)[];
};

/** UNLINK of keys that one node holds, one per command (a multi-key UNLINK across slots is refused by a cluster). */
export const unlinkOnNode = async (node: Redis, keys: readonly string[]): Promise<void> => {
  const pipeline = node.pipeline();
  for (const key of keys) pipeline.unlink(key);
  await execAll(pipeline);
};
