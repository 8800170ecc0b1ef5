import { Kafka, logLevel } from 'kafkajs';
import type { Config } from './config.js';
import { ServiceUnreachableError } from './errors.js';
import type { Logger } from './logger.js';
import { kafkaAddress, kafkaConnection } from './security/kafkaConnection.js';
import { createRedisClient, type RedisClient } from './redis/redisClient.js';
import { redisAddress } from './security/redisConnection.js';
import { AccessDeniedError, refusalReason } from './security/refusal.js';
import { registryConnection, registryRequest, type RegistryConnection } from './security/registryHttp.js';

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

/**
 * The service answered but refused this client (credentials, an untrusted certificate, TLS against plaintext):
 * retrying cannot help, so the worker stops at once. The message names the service, its address and the mechanism,
 * never a secret.
 */
export class ServiceRefusedError extends ServiceUnreachableError {
  override name = 'ServiceRefusedError';
  constructor(
    readonly service: string,
    readonly where: string,
    readonly reason: string,
  ) {
    super(`${service} at ${where} refused this client: ${reason}`);
  }
}

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
      const refused = refusalReason(error);
      if (refused !== null) {
        logger.error({ service, where, reason: refused }, `${service} at ${where} refused this client`);
        throw new ServiceRefusedError(service, where, refused);
      }
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

/** One describeCluster through a fresh admin client with the configuration's TLS and SASL: does Kafka serve us? */
export const checkKafka = async (config: Config): Promise<void> => {
  const admin = new Kafka({
    clientId: `${config.clientId}-probe`,
    brokers: config.kafkaBrokers,
    ...kafkaConnection(config),
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
    connectionTimeout: 3_000,
    authenticationTimeout: 5_000,
  }).admin();
  try {
    await admin.connect();
    await admin.describeCluster();
  } finally {
    await admin.disconnect();
  }
};

export const reachKafka = (config: Config, policy: RetryPolicy, logger: Logger): Promise<void> =>
  reach('Kafka', kafkaAddress(config), () => checkKafka(config), policy, logger);

/** GET /subjects with the configuration's TLS and credentials; 401/403 are refusals, not a registry that is down. */
export const checkRegistry = async (connection: RegistryConnection): Promise<void> => {
  const answer = await registryRequest(connection, 'GET', '/subjects', { timeoutMs: 3_000 });
  if (answer.status === 401 || answer.status === 403)
    throw new AccessDeniedError(`GET /subjects answered HTTP ${answer.status}: the credentials were refused`);
  if (answer.status < 200 || answer.status >= 300) throw new Error(`GET /subjects answered HTTP ${answer.status}`);
};

export const reachRegistry = (config: Config, policy: RetryPolicy, logger: Logger): Promise<void> => {
  const connection = registryConnection(config);
  return reach('the schema registry', connection.address, () => checkRegistry(connection), policy, logger).finally(() =>
    connection.agent?.destroy(),
  );
};

const pingWithin = (redis: RedisClient, ms: number): Promise<unknown> => {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    redis.ping(),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`PING: no answer in ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
};

/**
 * A connected Redis client (one Redis, or a Redis Cluster: redis/redisClient.ts); lazy so that a Redis that is down
 * is reported, not thrown from a socket callback.
 */
export const connectRedis = async (config: Config, policy: RetryPolicy, logger: Logger): Promise<RedisClient> => {
  const redis = createRedisClient(config, {
    lazyConnect: true,
    maxRetriesPerRequest: 3,
    enableOfflineQueue: true,
    retryStrategy: (n) => Math.min(n * 200, 5_000),
  });
  // ioredis reports why a connection failed (an untrusted certificate, a refused AUTH in its ready check) on this
  // event; the command that was waiting only hears that the connection closed.
  const last: { error: Error | null } = { error: null };
  redis.on('error', (error: Error) => {
    last.error = error;
    logger.debug({ reason: error.message }, 'redis connection error');
  });
  try {
    await reach(
      'Redis',
      redisAddress(config),
      async () => {
        last.error = null;
        try {
          if (redis.status === 'wait' || redis.status === 'end') await redis.connect();
          // A cluster queues commands while it finds its slots: bounded, so that each attempt is reported.
          await pingWithin(redis, 5_000);
        } catch (error) {
          throw last.error && refusalReason(last.error) ? last.error : error;
        }
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
