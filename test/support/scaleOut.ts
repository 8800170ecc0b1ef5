// The scale-out runs of the Redis Cluster tests: many extractor and reconciler processes over a many-partition
// layout and the local three-master Redis Cluster, compared with the pure reconcile of the same claims.
import { benchmarkArticles } from '../../bench/articles.js';
import { extract } from '../../services/extractor/extract.js';
import { publishArticles } from '../../services/producer/publishArticles.js';
import { reconcileAll } from '../../services/reconciler/reconcile.js';
import { problemWithClaim } from '../../services/reconciler/worker.js';
import { problemWithArticle } from '../../services/shared/articleChecks.js';
import { RegistryCodec } from '../../services/shared/codec/registryCodec.js';
import type { Config } from '../../services/shared/config.js';
import type { Article, PlaceState } from '../../services/shared/model.js';
import { KafkaTransport } from '../../services/shared/transport/kafkaTransport.js';
import { pipelineTopics } from '../../services/cli/topics.js';
import { clusterEnv } from '../../scripts/stack/redisCluster.js';
import { CLI_RETRY, connectRedis } from '../../services/shared/reachServices.js';
import { scanEveryMaster } from '../../services/shared/redis/redisClient.js';
import {
  configFor,
  groupProgress,
  redisStates,
  silentLogger,
  startCli,
  testEnv,
  waitForGroupMembers,
  type RunningProcess,
} from './testEnv.js';

export const SCALE_ARTICLES = 2_000;
export const SCALE_PARTITIONS = 12;

/** A test's own topics (12 partitions), groups and key prefix, on the local Redis Cluster. */
export const scaleOutEnv = (name: string): Record<string, string> =>
  testEnv(name, { ...clusterEnv(), CLAIMWIRE_PARTITIONS: String(SCALE_PARTITIONS) });

/** 2,000 articles from the seeds, varied in place, date and side (bench/articles.ts), the same every run. */
export const scaleOutArticles = (): Article[] => benchmarkArticles(SCALE_ARTICLES, 1414);

/** What one process gives: every claim the extractor reads in the articles, reconciled by the pure reconcileAll. */
export const expectedStates = (articles: Article[], config: Config): PlaceState[] =>
  reconcileAll(
    articles
      .filter((a) => problemWithArticle(a, config.maxArticleBytes) === null)
      .flatMap((a) => extract(a))
      .filter((c) => problemWithClaim(c) === null),
  );

export interface ScaleOutRun {
  config: Config;
  env: Record<string, string>;
  workers: RunningProcess[];
  extractors: RunningProcess[];
  reconcilers: RunningProcess[];
  startWorker(role: 'extractor' | 'reconciler'): RunningProcess;
  /** Records the group has committed, of those in its topic. */
  progress(role: 'extractor' | 'reconciler'): Promise<{ done: number; total: number }>;
}

/** Starts `extractors` and `reconcilers` worker processes and waits until each group has them all, each with partitions. */
export const startScaleOut = async (
  env: Record<string, string>,
  counts: { extractors: number; reconcilers: number },
): Promise<ScaleOutRun> => {
  const config = configFor(env);
  const transport = new KafkaTransport({ brokers: config.kafkaBrokers, clientId: 'test-scale-out', logger: silentLogger });
  await transport.ensureTopics(pipelineTopics(config));
  await transport.close();
  const workers: RunningProcess[] = [];
  const startWorker = (role: 'extractor' | 'reconciler'): RunningProcess => {
    const worker = startCli(['worker', role], env);
    workers.push(worker);
    return worker;
  };
  const extractors = Array.from({ length: counts.extractors }, () => startWorker('extractor'));
  const reconcilers = Array.from({ length: counts.reconcilers }, () => startWorker('reconciler'));
  await Promise.all([
    waitForGroupMembers(config.kafkaBrokers, config.extractorGroup, counts.extractors, 90_000),
    waitForGroupMembers(config.kafkaBrokers, config.reconcilerGroup, counts.reconcilers, 90_000),
  ]);
  return {
    config,
    env,
    workers,
    extractors,
    reconcilers,
    startWorker,
    progress: (role) =>
      role === 'extractor'
        ? groupProgress(config.kafkaBrokers, config.extractorGroup, config.topics.articles)
        : groupProgress(config.kafkaBrokers, config.reconcilerGroup, config.topics.claims),
  };
};

/** Publishes the articles in chunks of 100, calling `between` after each chunk (to disturb the run mid-flow). */
export const publishInChunks = async (
  config: Config,
  articles: Article[],
  between: (sent: number) => Promise<void> = async () => undefined,
): Promise<void> => {
  const transport = new KafkaTransport({ brokers: config.kafkaBrokers, clientId: 'test-scale-out-publish', logger: silentLogger });
  const codec = new RegistryCodec(config.schemaRegistryUrl);
  try {
    for (let sent = 0; sent < articles.length; sent += 100) {
      await publishArticles(transport, codec, config.topics.articles, articles.slice(sent, sent + 100));
      await between(sent + 100);
    }
  } finally {
    await transport.close();
  }
};

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Waits until the reconcilers have committed half the claims so far: busy, with claims flowing, when disturbed. */
export const untilReconcilersHalfway = async (run: ScaleOutRun): Promise<void> => {
  for (;;) {
    const { done, total } = await run.progress('reconciler');
    if (total > 0 && done >= total / 2) return;
    await sleep(100);
  }
};

/**
 * Waits until both groups have committed every record of their topics and the states in the cluster stop changing;
 * returns them (every place, read from every master).
 */
export const settledStates = async (
  run: ScaleOutRun,
  articles: number,
  expected: PlaceState[],
  timeoutMs: number,
): Promise<PlaceState[]> => {
  const deadline = Date.now() + timeoutMs;
  let seen = '';
  while (Date.now() < deadline) {
    const extracted = await run.progress('extractor');
    const reconciled = await run.progress('reconciler');
    seen = `extractors ${extracted.done}/${extracted.total}, reconcilers ${reconciled.done}/${reconciled.total}`;
    if (extracted.total === articles && extracted.done === articles && reconciled.done === reconciled.total) {
      const states = await redisStates(run.config);
      if (JSON.stringify(states) === JSON.stringify(expected)) return states;
      seen += `, ${states.length} places in Redis (${expected.length} expected)`;
    }
    await sleep(1_000);
  }
  // Not equal in time: the states as they are, for the assertion to show the difference.
  process.stderr.write(`scale-out run did not settle in ${timeoutMs} ms: ${seen}\n`);
  return redisStates(run.config);
};

/** Stops the workers still running with SIGTERM and returns their exit codes. */
export const stopGracefully = async (workers: RunningProcess[]): Promise<(number | null)[]> => {
  const running = workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null);
  for (const w of running) w.child.kill('SIGTERM');
  return Promise.all(running.map((w) => w.exited));
};

/** How many place states of the test's prefix each master of the cluster holds, by node port. */
export const placesPerMaster = async (config: Config): Promise<Record<string, number>> => {
  const redis = await connectRedis(config, CLI_RETRY, silentLogger);
  try {
    const counts: Record<string, number> = {};
    await scanEveryMaster(redis, `${config.redisPrefix}:{*}:state`, async (node, keys) => {
      const at = String(node.options.port);
      counts[at] = (counts[at] ?? 0) + keys.length;
    });
    return counts;
  } finally {
    await redis.quit();
  }
};
