import { benchmarkArticles } from '../bench/articles.js';
import { runEmbeddedPipeline } from '../services/cli/embeddedPipeline.js';
import { publishArticles } from '../services/producer/publishArticles.js';
import { RegistryCodec } from '../services/shared/codec/registryCodec.js';
import type { PlaceState } from '../services/shared/model.js';
import { KafkaTransport } from '../services/shared/transport/kafkaTransport.js';
import { pipelineTopics } from '../services/cli/topics.js';
import {
  configFor,
  groupProgress,
  redisStates,
  requireServices,
  silentLogger,
  startCli,
  stopWorkersAndClearState,
  testEnv,
  withTestStore,
  type RunningProcess,
} from './support/testEnv.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * kill -9 in the middle of a replay of 600 articles, first the extractor, then the reconciler; restart them;
 * then wipe Redis under the running reconciler. Each time the final state must equal an undisturbed run's:
 * nothing lost, no event or citation counted twice.
 */
describe('crash recovery', () => {
  const env = testEnv('crash');
  const config = configFor(env);
  const articles = benchmarkArticles(600, 42);
  const workers: RunningProcess[] = [];

  const consumed = (groupId: string, topic: string): Promise<{ done: number; total: number }> =>
    groupProgress(config.kafkaBrokers, groupId, topic);

  const settled = async (timeoutMs: number): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const a = await consumed(config.extractorGroup, config.topics.articles);
      const c = await consumed(config.reconcilerGroup, config.topics.claims);
      if (a.total === articles.length && a.done === a.total && c.done === c.total) return;
      await sleep(500);
    }
    throw new Error('the pipeline did not catch up in time');
  };

  beforeAll(() => requireServices(config));
  afterAll(() => stopWorkersAndClearState(workers, config));

  it('loses nothing and doubles nothing when the workers are killed and Redis is wiped', async () => {
    const expected = JSON.parse(JSON.stringify((await runEmbeddedPipeline(articles, config, silentLogger)).states)) as PlaceState[];

    const transport = new KafkaTransport({ brokers: config.kafkaBrokers, clientId: 'test-crash', logger: silentLogger });
    await transport.ensureTopics(pipelineTopics(config));
    const codec = new RegistryCodec(config.schemaRegistryUrl);
    let extractor = startCli(['worker', 'extractor'], env);
    let reconciler = startCli(['worker', 'reconciler'], env);
    workers.push(extractor, reconciler);
    await sleep(3_000);

    // Extractor: killed with work in flight, once part of the articles is through.
    await publishArticles(transport, codec, config.topics.articles, articles.slice(0, 300));
    while ((await consumed(config.extractorGroup, config.topics.articles)).done < 50) await sleep(50);
    extractor.child.kill('SIGKILL');
    await extractor.exited;
    await publishArticles(transport, codec, config.topics.articles, articles.slice(300));
    extractor = startCli(['worker', 'extractor'], env);
    workers.push(extractor);

    // Reconciler: killed while claims are still arriving.
    while ((await consumed(config.reconcilerGroup, config.topics.claims)).done < 500) await sleep(50);
    reconciler.child.kill('SIGKILL');
    await reconciler.exited;
    reconciler = startCli(['worker', 'reconciler'], env);
    workers.push(reconciler);

    await settled(120_000);
    await sleep(1_000);
    const afterCrashes = await redisStates(config);
    expect(afterCrashes.length).toBe(expected.length);
    expect(afterCrashes).toEqual(expected);

    // Redis loses the view under a running reconciler: it notices and rebuilds it from the claims topic.
    await withTestStore(config, (store) => store.clear());
    const deadline = Date.now() + 30_000;
    let states = await redisStates(config);
    while (Date.now() < deadline && JSON.stringify(states) !== JSON.stringify(expected)) {
      await sleep(500);
      states = await redisStates(config);
    }
    expect(states).toEqual(expected);

    await transport.close();
    for (const w of [extractor, reconciler]) w.child.kill('SIGTERM');
    expect(await Promise.all([extractor.exited, reconciler.exited])).toEqual([0, 0]);
  }, 240_000);
});
