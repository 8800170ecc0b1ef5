import type { Config } from '../shared/config.js';
import type { Logger } from '../shared/logger.js';
import { reachKafka, reachRegistry } from '../shared/reachServices.js';
import type { RedisClient } from '../shared/redis/redisClient.js';
import { topologyLabel } from '../shared/redis/redisTopology.js';
import type { ServiceHealth } from './readSide.js';

const ONCE = { attempts: 1, initialDelayMs: 0, maxDelayMs: 0 };

const probe = async (where: string, check: () => Promise<unknown>): Promise<ServiceHealth> => {
  try {
    await check();
    return { ok: true, where, error: null };
  } catch (error) {
    return { ok: false, where, error: error instanceof Error ? error.message : String(error) };
  }
};

const withTimeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms).unref();
    }),
  ]);

/** Where Redis is, without credentials: the URL, or the cluster's nodes. */
const redisWhere = (config: Config): string =>
  topologyLabel({ url: config.redisUrl, cluster: config.redisCluster, nodes: config.redisNodes }, (url) =>
    url.replace(/\/\/[^@/]*@/, '//'),
  );

/** Kafka, the registry and Redis, each tried once now: what GET /api/health reports. */
export const stackHealth = (config: Config, redis: RedisClient, logger: Logger) => async (): Promise<Record<string, ServiceHealth>> => {
  const [kafka, registry, redisHealth] = await Promise.all([
    probe(config.kafkaBrokers.join(','), () => reachKafka(config, ONCE, logger)),
    probe(config.schemaRegistryUrl, () => reachRegistry(config, ONCE, logger)),
    probe(redisWhere(config), () => withTimeout(redis.ping(), 3_000, 'PING')),
  ]);
  return { kafka, registry, redis: redisHealth };
};
