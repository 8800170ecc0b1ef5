import type { RecordCodec } from '../shared/codec/recordCodec.js';
import type { Config } from '../shared/config.js';
import type { Logger } from '../shared/logger.js';
import type { RedisClient } from '../shared/redis/redisClient.js';
import type { KafkaTransport } from '../shared/transport/kafkaTransport.js';
import { rebuildFromClaims } from './rebuildFromClaims.js';
import type { RedisPlaceStateStore } from './redisStore.js';

const CHECK_EVERY_MS = 5_000;

/** Set after every rebuild; its absence means Redis lost the view. */
export const rebuiltMarkerKey = (prefix: string): string => `${prefix}:rebuilt-at`;

/**
 * Redis is the view, Kafka the record: when the marker key a rebuild leaves is missing (a fresh Redis,
 * a flush, a restart without persistence), the state is rebuilt from the claims topic. Claims applied
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
  const marker = rebuiltMarkerKey(config.redisPrefix);
  let running: Promise<void> | null = null;
  const check = (): Promise<void> =>
    (running ??= (async () => {
      if (await redis.exists(marker)) return;
      const started = Date.now();
      store.forgetCachedClaims();
      const result = await rebuildFromClaims((topic, handle) => transport.readToEnd(topic, handle), codec, store, config.topics.claims);
      await redis.set(marker, new Date().toISOString());
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
