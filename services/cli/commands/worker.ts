import { extractorStage } from '../../extractor/worker.js';
import { runInboxProducer } from '../../producer/inboxWorker.js';
import { RedisPlaceStateStore } from '../../reconciler/redisStore.js';
import { reconcilerStage } from '../../reconciler/worker.js';
import { RegistryCodec } from '../../shared/codec/registryCodec.js';
import type { Config } from '../../shared/config.js';
import type { Logger } from '../../shared/logger.js';
import type { RedisClient } from '../../shared/redis/redisClient.js';
import { connectRedis, reachKafka, reachRegistry, WaitCancelledError, WORKER_RETRY } from '../../shared/reachServices.js';
import { startObservability, type Observability } from '../../shared/health/workerObservability.js';
import { kafkaConnection } from '../../shared/security/kafkaConnection.js';
import { KafkaTransport } from '../../shared/transport/kafkaTransport.js';
import { runStage } from '../../shared/worker/runStage.js';
import { watchForLostState } from '../../reconciler/watchForLostState.js';
import { UsageError } from '../args.js';
import type { CommandArgs, CommandContext, noOptions } from '../commandTable.js';
import type { ExitCode } from '../io.js';
import { pipelineTopics } from '../topics.js';

const SHUTDOWN_DEADLINE_MS = 9_000;
type Role = 'producer' | 'extractor' | 'reconciler';

/** What a worker has started so far, closed in reverse order when it stops (or when its start-up fails). */
class Resources {
  private readonly closers: { what: string; close: () => Promise<unknown> }[] = [];
  add(what: string, close: () => Promise<unknown>): void {
    this.closers.push({ what, close });
  }
  async closeAll(log: Logger): Promise<void> {
    for (const { what, close } of this.closers.reverse())
      await close().catch((error: Error) => log.warn({ reason: error.message }, `closing ${what} failed`));
    this.closers.length = 0;
  }
}

/**
 * `claimwire worker producer|extractor|reconciler`: one long-running worker process, stopped by SIGTERM or SIGINT.
 * The signals are handled from the first moment: during start-up (waiting for a service, joining the group) they
 * cancel it and the worker exits 0 like any other clean stop.
 */
export const run = async ({ positionals }: CommandArgs<typeof noOptions>, { config, logger }: CommandContext): Promise<ExitCode> => {
  const role = positionals[0];
  if (role !== 'producer' && role !== 'extractor' && role !== 'reconciler')
    throw new UsageError(`worker needs a role: producer, extractor or reconciler, not "${role}"`, 'worker');
  const log = logger.child({ worker: role });

  const cancel = new AbortController();
  const stopSignal = new Promise<string>((resolve) => {
    const on = (signal: string): void => {
      if (cancel.signal.aborted) return;
      log.info({ signal }, `${role} worker stopping`);
      // Whatever is still starting or stopping gets this long; a worker that cannot stop in time exits non-zero.
      setTimeout(() => {
        log.error('shutdown took too long; exiting');
        process.exit(1);
      }, SHUTDOWN_DEADLINE_MS).unref();
      cancel.abort();
      resolve(signal);
    };
    process.once('SIGTERM', () => on('SIGTERM'));
    process.once('SIGINT', () => on('SIGINT'));
  });

  const resources = new Resources();
  try {
    // Metrics and health first: liveness from the start, readiness false until the worker runs with its services.
    const observability = await startObservability(role, config, log, observed(role, config));
    resources.add('metrics and health', () => observability.close());
    await startWorker(role, config, log, cancel.signal, resources, observability);
    if (!cancel.signal.aborted) {
      observability.health.setRunning(true);
      log.info({ topics: config.topics }, `${role} worker running`);
    }
  } catch (error) {
    if (!cancel.signal.aborted) {
      await resources.closeAll(log);
      throw error;
    }
    // Told to stop while starting: whatever the start-up was doing is moot.
    log.info({ reason: error instanceof Error ? error.message : String(error) }, `${role} worker start-up cancelled`);
  }
  await stopSignal;
  await resources.closeAll(log);
  log.info(`${role} worker stopped`);
  return 0;
};

/** The services a worker needs and the consumer group whose lag it reports. */
const observed = (role: Role, config: Config): Parameters<typeof startObservability>[3] =>
  role === 'producer'
    ? { services: ['kafka', 'registry'] }
    : role === 'extractor'
      ? { services: ['kafka', 'registry'], consumes: { groupId: config.extractorGroup, topic: config.topics.articles } }
      : { services: ['kafka', 'registry', 'redis'], consumes: { groupId: config.reconcilerGroup, topic: config.topics.claims } };

/** Starts one worker, registering each part it starts; stops early (WaitCancelledError) once `signal` aborts. */
const startWorker = async (
  role: Role,
  config: Config,
  log: Logger,
  signal: AbortSignal,
  resources: Resources,
  observability: Observability,
): Promise<void> => {
  const retry = { ...WORKER_RETRY, signal };
  const step = (): void => {
    if (signal.aborted) throw new WaitCancelledError('stopped during start-up');
  };
  await reachKafka(config, retry, log);
  await reachRegistry(config, retry, log);
  let redis: RedisClient | null = null;
  if (role === 'reconciler') {
    redis = await connectRedis(config, retry, log);
    observability.useRedis(redis);
    const connected = redis;
    resources.add('Redis', () => connected.quit());
  }
  step();

  const transport = new KafkaTransport({
    brokers: config.kafkaBrokers,
    clientId: `${config.clientId}-${role}`,
    connection: kafkaConnection(config),
    logger: log,
    onError: (message) => observability.error('kafka', message),
    onFatal: (error) => {
      log.fatal({ reason: error.message }, `${role} worker cannot go on; exiting so that it is restarted`);
      setTimeout(() => process.exit(1), 200);
    },
  });
  resources.add('Kafka clients', () => transport.close());
  await transport.ensureTopics(pipelineTopics(config));
  step();
  const codec = RegistryCodec.forConfig(config);
  const { metrics } = observability;
  const runtime = {
    transport,
    codec,
    deadLetterTopic: config.topics.deadLetters,
    logger: log,
    metrics,
    onLag: (topic: string, partition: number, lag: number) => metrics.lag(topic, partition, lag),
  };

  if (role === 'producer') {
    const stop = await runInboxProducer(transport, codec, config, log, {}, metrics);
    resources.add('inbox producer', stop);
    return;
  }
  await codec.schemaId(config.topics.deadLetters, 'DeadLetter');
  step();
  if (role === 'extractor') {
    const subscription = await runStage(extractorStage(config), runtime);
    resources.add('extractor consumer', () => subscription.stop());
    return;
  }
  const store = new RedisPlaceStateStore(redis!, { prefix: config.redisPrefix, onScriptRetry: () => metrics.scriptRetry() });
  const stopRebuildWatch = await watchForLostState(redis!, store, transport, codec, config, log);
  resources.add('rebuild watch', async () => stopRebuildWatch());
  step();
  const subscription = await runStage(reconcilerStage(config, store), runtime);
  resources.add('reconciler consumer', () => subscription.stop());
};
