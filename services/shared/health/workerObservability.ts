import { Kafka, logLevel } from 'kafkajs';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { WorkerMetrics, type ServiceName } from '../metrics/workerMetrics.js';
import { checkRegistry } from '../reachServices.js';
import type { RedisClient } from '../redis/redisClient.js';
import { kafkaConnection } from '../security/kafkaConnection.js';
import { registryConnection } from '../security/registryHttp.js';
import { scrubSecrets, secretsOf } from '../security/settings.js';
import { serveHealth } from './healthServer.js';
import { fetchLag } from './kafkaLag.js';
import { startProbes } from './probes.js';
import { ServiceHealth } from './serviceHealth.js';

export interface Observability {
  metrics: WorkerMetrics;
  health: ServiceHealth;
  /** Port of the metrics and health server (the one picked when CLAIMWIRE_METRICS_PORT is 0). */
  port: number;
  /** The Redis client the worker uses, once connected: checked for readiness, its errors kept. */
  useRedis(redis: RedisClient): void;
  /** An error a client met (kafkajs's error log, a failed request): the service's last error. */
  error(service: ServiceName, message: string): void;
  close(): Promise<void>;
}

/**
 * A worker's metrics and health: the HTTP server (`/metrics`, `/health/live`, `/health/ready`) on
 * CLAIMWIRE_METRICS_PORT, and checks of each service it needs every CLAIMWIRE_HEALTH_INTERVAL_MS. The Kafka check
 * also reads the consumer group's lag per partition.
 */
export const startObservability = async (
  role: string,
  config: Config,
  logger: Logger,
  options: { services: ServiceName[]; consumes?: { groupId: string; topic: string } },
): Promise<Observability> => {
  const secrets = secretsOf(config.security);
  const clean = (message: string): string => scrubSecrets(message, secrets);
  const metrics = new WorkerMetrics(role);
  const health = new ServiceHealth(options.services, (event) => {
    if ('ready' in event) return metrics.ready(event.ready);
    metrics.service(event.service, event.up);
    if (event.error !== undefined) metrics.serviceError(event.service, clean(event.error));
  });
  const server = await serveHealth({ host: config.metricsHost, port: config.metricsPort, registry: metrics.registry, health });
  logger.info({ metricsPort: server.port, url: server.url }, `metrics on ${server.url}/metrics, health on ${server.url}/health/ready`);

  const registry = registryConnection(config);
  const kafka = new Kafka({
    clientId: `${config.clientId}-${role}-health`,
    brokers: config.kafkaBrokers,
    ...kafkaConnection(config),
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
    connectionTimeout: 3_000,
  });
  let redis: RedisClient | null = null;
  const checks: Partial<Record<ServiceName, () => Promise<void>>> = {
    kafka: async () => {
      const admin = kafka.admin();
      try {
        await admin.connect();
        await admin.describeCluster();
        if (options.consumes) {
          const { groupId, topic } = options.consumes;
          // A lag that cannot be read this round (a partition between leaders) does not make Kafka unreachable.
          try {
            if ((await admin.listTopics()).includes(topic))
              for (const { partition, lag } of await fetchLag(admin, groupId, topic)) metrics.lag(topic, partition, lag);
          } catch (error) {
            health.error('kafka', `reading the lag of ${topic}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      } finally {
        await admin.disconnect().catch(() => undefined);
      }
    },
    registry: () => checkRegistry(registry),
  };
  if (options.services.includes('redis'))
    checks.redis = async () => {
      if (!redis) throw new Error('not connected yet');
      if (redis.status !== 'ready') throw new Error(`connection is ${redis.status}`);
      await redis.ping();
    };
  const stopProbes = startProbes(health, checks, { intervalMs: config.healthIntervalMs, timeoutMs: 4_000, logger });

  return {
    metrics,
    health,
    port: server.port,
    useRedis: (client) => {
      redis = client;
      client.on('error', (error: Error) => health.error('redis', error.message));
    },
    error: (service, message) => health.error(service, message),
    close: async () => {
      health.setRunning(false);
      await stopProbes();
      registry.agent?.destroy();
      await server.close();
    },
  };
};
