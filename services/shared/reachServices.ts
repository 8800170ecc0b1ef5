import { Kafka, logLevel } from 'kafkajs';
import { Redis } from 'ioredis';
import type { Config } from './config.js';
import { ServiceUnreachableError } from './errors.js';
import type { Logger } from './logger.js';

export interface RetryPolicy {
  /** How many times to try before giving up; Infinity for workers, which wait for their services. */
  attempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
  /** Stops the waiting (WaitCancelledError): a worker told to stop while its services are still down. */
  signal?: AbortSignal;
}

export const CLI_RETRY: RetryPolicy = { attempts: 4, initialDelayMs: 500, maxDelayMs: 4_000 };
export const WORKER_RETRY: RetryPolicy = { attempts: Infinity, initialDelayMs: 500, maxDelayMs: 10_000 };

export { ServiceUnreachableError } from './errors.js';

/** Waiting was given up because the process was told to stop (SIGTERM during start-up). */
export class WaitCancelledError extends Error {
  override name = 'WaitCancelledError';
}

/** Sleeps, or rejects with WaitCancelledError as soon as `signal` aborts. */
const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new WaitCancelledError('stopped while waiting'));
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new WaitCancelledError('stopped while waiting'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Tries `check` until it passes, saying which service is awaited and where, with exponential backoff. */
export const reach = async (
  service: string,
  where: string,
  check: () => Promise<void>,
  policy: RetryPolicy,
  logger: Logger,
): Promise<void> => {
  let delay = policy.initialDelayMs;
  for (let attempt = 1; ; attempt++) {
    if (policy.signal?.aborted) throw new WaitCancelledError(`stopped while waiting for ${service}`);
    try {
      await check();
      if (attempt > 1) logger.info({ dependency: service, where }, `${service} at ${where} answers`);
      return;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (attempt >= policy.attempts) {
        throw new ServiceUnreachableError(`cannot reach ${service} at ${where}: ${reason} (is the stack up? npm run stack:up)`);
      }
      // `service` is the logging process's own name (logger.ts): the one awaited is its dependency.
      logger.warn({ dependency: service, where, attempt, retryInMs: delay, reason }, `waiting for ${service} at ${where}`);
      await sleep(delay, policy.signal);
      delay = Math.min(delay * 2, policy.maxDelayMs);
    }
  }
};

export const reachKafka = (config: Config, policy: RetryPolicy, logger: Logger): Promise<void> =>
  reach(
    'Kafka',
    config.kafkaBrokers.join(','),
    async () => {
      const admin = new Kafka({
        clientId: `${config.clientId}-probe`,
        brokers: config.kafkaBrokers,
        logLevel: logLevel.NOTHING,
        retry: { retries: 0 },
        connectionTimeout: 3_000,
      }).admin();
      try {
        await admin.connect();
        await admin.describeCluster();
      } finally {
        await admin.disconnect();
      }
    },
    policy,
    logger,
  );

export const reachRegistry = (config: Config, policy: RetryPolicy, logger: Logger): Promise<void> =>
  reach(
    'the schema registry',
    config.schemaRegistryUrl,
    async () => {
      const response = await fetch(`${config.schemaRegistryUrl}/subjects`, { signal: AbortSignal.timeout(3_000) });
      if (!response.ok) throw new Error(`GET /subjects answered ${response.status}`);
    },
    policy,
    logger,
  );

/** A connected Redis client; lazy so that a Redis that is down is reported, not thrown from a socket callback. */
export const connectRedis = async (config: Config, policy: RetryPolicy, logger: Logger): Promise<Redis> => {
  const redis = new Redis(config.redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 3,
    enableOfflineQueue: true,
    retryStrategy: (n) => Math.min(n * 200, 5_000),
  });
  redis.on('error', (error: Error) => logger.debug({ reason: error.message }, 'redis connection error'));
  try {
    await reach(
      'Redis',
      config.redisUrl,
      async () => {
        if (redis.status === 'wait' || redis.status === 'end') await redis.connect();
        await redis.ping();
      },
      policy,
      logger,
    );
  } catch (error) {
    // Given up (or told to stop): a client left reconnecting would keep the process alive.
    redis.disconnect();
    throw error;
  }
  return redis;
};
