import type { RecordCodec } from '../shared/codec/recordCodec.js';
import type { Config } from '../shared/config.js';
import type { Logger } from '../shared/logger.js';
import type { RedisClient } from '../shared/redis/redisClient.js';
import type { KafkaTransport } from '../shared/transport/kafkaTransport.js';
import { rebuildFromClaims } from './rebuildFromClaims.js';
import { markRebuilt, viewIsWhole } from './rebuiltMarkers.js';
import type { RedisPlaceStateStore } from './redisStore.js';

const CHECK_EVERY_MS = 5_000;

/**
 * Redis is the view, Kafka the record: when a marker key a rebuild leaves is missing (a fresh Redis,
 * a flush, a restart without persistence; on a Redis Cluster, any master that came back empty: rebuiltMarkers.ts),
 * the state is rebuilt from the claims topic. Claims applied
 * meanwhile are harmless, since applying is idempotent and order-independent.
 * Returns a function that stops the periodic check.
 */
export const watchForLostState = async (
  redis: RedisClient,
  store: RedisPlaceStateStore,
  transport: KafkaTransport,
  codec: RecordCodec,
  config: Config,
  logger: Logger,
): Promise<() => void> => {
  let running: Promise<void> | null = null;
  const check = (): Promise<void> =>
    (running ??= (async () => {
      if (await viewIsWhole(redis, config.redisPrefix)) return;
      const started = Date.now();
      store.forgetCachedClaims();
      const result = await rebuildFromClaims((topic, handle) => transport.readToEnd(topic, handle), codec, store, config.topics.claims);
      await markRebuilt(redis, config.redisPrefix);
      logger.info({ ...result, ms: Date.now() - started }, 'state rebuilt from the claims topic');
    })().finally(() => {
      running = null;
    }));
  await check();
  const timer = setInterval(
    () => void check().catch((error: Error) => logger.warn({ reason: error.message }, 'state check failed; will retry')),
    CHECK_EVERY_MS,
  );
  return () => clearInterval(timer);
};
