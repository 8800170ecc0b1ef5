import type { Redis } from 'ioredis';
import { extractorStage } from '../../extractor/worker.js';
import { runInboxProducer } from '../../producer/inboxWorker.js';
import { RedisPlaceStateStore } from '../../reconciler/redisStore.js';
import { reconcilerStage } from '../../reconciler/worker.js';
import { RegistryCodec } from '../../shared/codec/registryCodec.js';
import type { Config } from '../../shared/config.js';
import type { Logger } from '../../shared/logger.js';
import { connectRedis, reachKafka, reachRegistry, WORKER_RETRY } from '../../shared/reachServices.js';
import { KafkaTransport } from '../../shared/transport/kafkaTransport.js';
import type { Subscription } from '../../shared/transport/transport.js';
import { runStage } from '../../shared/worker/runStage.js';
import { watchForLostState } from '../../reconciler/watchForLostState.js';
import { UsageError, type ParsedArgs } from '../args.js';
import type { ExitCode } from '../io.js';
import { pipelineTopics } from '../topics.js';

const SHUTDOWN_DEADLINE_MS = 9_000;

/** `claimwire worker producer|extractor|reconciler`: one long-running worker process, stopped by SIGTERM or SIGINT. */
export const workerCommand = async (args: ParsedArgs, config: Config, logger: Logger): Promise<ExitCode> => {
  const role = args.positional[0];
  if (role !== 'producer' && role !== 'extractor' && role !== 'reconciler')
    throw new UsageError('worker needs a role: producer, extractor or reconciler');
  const log = logger.child({ worker: role });

  await reachKafka(config, WORKER_RETRY, log);
  await reachRegistry(config, WORKER_RETRY, log);
  let redis: Redis | null = null;
  if (role === 'reconciler') redis = await connectRedis(config, WORKER_RETRY, log);

  const transport = new KafkaTransport({
    brokers: config.kafkaBrokers,
    clientId: `${config.clientId}-${role}`,
    logger: log,
    onFatal: (error) => {
      log.fatal({ reason: error.message }, `${role} worker cannot go on; exiting so that it is restarted`);
      setTimeout(() => process.exit(1), 200);
    },
  });
  await transport.ensureTopics(pipelineTopics(config));
  const codec = new RegistryCodec(config.schemaRegistryUrl);
  const runtime = { transport, codec, deadLetterTopic: config.topics.deadLetters, logger: log };

  let stop: () => Promise<void>;
  if (role === 'producer') {
    stop = await runInboxProducer(transport, codec, config, log);
  } else {
    await codec.schemaId(config.topics.deadLetters, 'DeadLetter');
    let stopRebuildWatch = (): void => {};
    let subscription: Subscription;
    if (role === 'extractor') subscription = await runStage(extractorStage(config), runtime);
    else {
      const store = new RedisPlaceStateStore(redis!, { prefix: config.redisPrefix });
      stopRebuildWatch = await watchForLostState(redis!, store, transport, codec, config, log);
      subscription = await runStage(reconcilerStage(config, store), runtime);
    }
    stop = async () => {
      stopRebuildWatch();
      await subscription.stop();
    };
  }
  log.info({ topics: config.topics }, `${role} worker running`);

  return new Promise<ExitCode>((resolve) => {
    const shutdown = (signal: string): void => {
      log.info({ signal }, `${role} worker stopping`);
      const deadline = setTimeout(() => {
        log.error('shutdown took too long; exiting');
        process.exit(1);
      }, SHUTDOWN_DEADLINE_MS);
      deadline.unref();
      void (async () => {
        await stop();
        await transport.close();
        await redis?.quit();
        log.info(`${role} worker stopped`);
        resolve(0);
      })();
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
  });
};
