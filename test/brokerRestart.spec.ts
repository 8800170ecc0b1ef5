import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { KafkaNode } from '../scripts/stack/kafka.js';
import { stackDir } from '../scripts/stack/common.js';
import { benchmarkArticles } from '../bench/articles.js';
import { runEmbeddedPipeline } from '../services/cli/embeddedPipeline.js';
import { pipelineTopics } from '../services/cli/topics.js';
import { publishArticles } from '../services/producer/publishArticles.js';
import { RegistryCodec } from '../services/shared/codec/registryCodec.js';
import type { PlaceState } from '../services/shared/model.js';
import { KafkaTransport } from '../services/shared/transport/kafkaTransport.js';
import type { Config } from '../services/shared/config.js';
import {
  configFor,
  freePort,
  groupProgress,
  redisStates,
  requireServices,
  silentLogger,
  startCli,
  stopWorkersAndClearState,
  testEnv,
  type RunningProcess,
} from './support/testEnv.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * The broker dies (SIGKILL) in the middle of a run and comes back on the same data: the workers reconnect with
 * backoff and finish, and the state equals an undisturbed run's. The test runs its own broker, from the stack's
 * cached Kafka jars, so that killing it disturbs no other test.
 */
describe('broker restart', () => {
  let broker: KafkaNode;
  let env: Record<string, string>;
  let config: Config;
  const articles = benchmarkArticles(500, 7);
  const workers: RunningProcess[] = [];

  const committed = (groupId: string, topic: string): Promise<{ done: number; total: number }> =>
    groupProgress(broker.brokers, groupId, topic);

  beforeAll(async () => {
    // Free ports, not fixed ones: another checkout's suite may be running its own restart test on this machine.
    const port = await freePort();
    let controllerPort = await freePort();
    while (controllerPort === port) controllerPort = await freePort();
    broker = new KafkaNode({
      name: `kafka-restart-test-${process.pid}`,
      port,
      controllerPort,
      dir: mkdtempSync(join(stackDir, 'kafka-restart-test-')),
    });
    env = testEnv('broker-restart', { KAFKA_BROKERS: broker.brokers.join(',') });
    config = configFor(env);
    await broker.start();
    await requireServices(config);
  }, 180_000);

  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
    await broker.stop('SIGKILL');
    rmSync(broker.options.dir, { recursive: true, force: true });
    await stopWorkersAndClearState(workers, config);
  }, 60_000);

  it('workers reconnect after the broker is killed and restarted, and finish with the undisturbed state', async () => {
    const expected = JSON.parse(JSON.stringify((await runEmbeddedPipeline(articles, config, silentLogger)).states)) as PlaceState[];

    const transport = new KafkaTransport({ brokers: config.kafkaBrokers, clientId: 'test-broker-restart', logger: silentLogger });
    await transport.ensureTopics(pipelineTopics(config));
    await publishArticles(transport, new RegistryCodec(config.schemaRegistryUrl), config.topics.articles, articles);
    await transport.close();
    const extractor = startCli(['worker', 'extractor'], env);
    const reconciler = startCli(['worker', 'reconciler'], env);
    workers.push(extractor, reconciler);

    while ((await committed(config.extractorGroup, config.topics.articles)).done < 100) await sleep(100);
    await broker.stop('SIGKILL');
    await sleep(3_000);
    await broker.start();

    const deadline = Date.now() + 180_000;
    for (;;) {
      const a = await committed(config.extractorGroup, config.topics.articles);
      const c = await committed(config.reconcilerGroup, config.topics.claims);
      if (a.done === articles.length && c.done === c.total) break;
      if (Date.now() > deadline || extractor.child.exitCode !== null || reconciler.child.exitCode !== null)
        throw new Error(`the workers did not finish after the restart:\n${extractor.output()}\n${reconciler.output()}`);
      await sleep(500);
    }
    expect(await redisStates(config)).toEqual(expected);

    for (const w of workers) w.child.kill('SIGTERM');
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);
  }, 300_000);
});
