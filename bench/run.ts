// npm run bench [-- --json] [--articles 10000] [--soak-seconds 600] [--extractors 1] [--reconcilers 1]
//                [--redis-cluster] [--pipeline-only] [--cpu-prof DIR]
//                [--api-places 10000] [--api-seconds 10] [--api-connections 16] [--api-only]
// Measures claimwire on the local stack (brought up like the tests do) and prints numbers:
// the Kafka pass-through ceiling, the pipeline with its workers as separate processes, end-to-end latency at
// steady offered loads, the parts alone, and the workers' memory.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Kafka, logLevel } from 'kafkajs';
import { extract } from '../services/extractor/extract.js';
import { publishArticles } from '../services/producer/publishArticles.js';
import { RedisPlaceStateStore } from '../services/reconciler/redisStore.js';
import { RegistryCodec } from '../services/shared/codec/registryCodec.js';
import { loadConfig, type Config } from '../services/shared/config.js';
import { createLogger } from '../services/shared/logger.js';
import type { Article, Claim, PlaceState } from '../services/shared/model.js';
import { CLI_RETRY, connectRedis } from '../services/shared/reachServices.js';
import { KafkaTransport } from '../services/shared/transport/kafkaTransport.js';
import { pipelineTopics } from '../services/cli/topics.js';
import { ensureStack } from '../scripts/stack.js';
import { ownPid } from '../scripts/stack/common.js';
import { CLUSTER_NODES, clusterEnv, clusterNodeName } from '../scripts/stack/redisCluster.js';
import { measureApi } from './api.js';
import { benchmarkArticles } from './articles.js';
import { cpuMeter } from './cpu.js';
import { measurePassThrough } from './passThrough.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const asJson = args.includes('--json');
/** `--cpu-prof DIR`: the workers write V8 CPU profiles there when they stop (open them in Chrome DevTools). */
const profileDir = args.includes('--cpu-prof') ? args[args.indexOf('--cpu-prof') + 1] : undefined;
if (args.includes('--cpu-prof') && !profileDir) throw new Error('--cpu-prof needs a directory');
const ARTICLES = option('articles', 10_000);
const SOAK_SECONDS = option('soak-seconds', 60);
/** Extractor processes in one consumer group: the stage that scales out with cores. */
const EXTRACTORS = option('extractors', 1);
if (!Number.isInteger(EXTRACTORS) || EXTRACTORS < 1) throw new Error('--extractors needs a whole number ≥ 1');
/** Reconciler processes in one consumer group. */
const RECONCILERS = option('reconcilers', 1);
if (!Number.isInteger(RECONCILERS) || RECONCILERS < 1) throw new Error('--reconcilers needs a whole number ≥ 1');
/** The reconcilers' state in the local three-master Redis Cluster (started if need be) instead of the single Redis. */
const REDIS_CLUSTER = args.includes('--redis-cluster');
/** Only the parts alone and the pipeline (sections 1 and 2): the scaling runs. */
const PIPELINE_ONLY = args.includes('--pipeline-only');
const API_PLACES = option('api-places', 10_000);
const API_SECONDS = option('api-seconds', 10);
const API_CONNECTIONS = option('api-connections', 16);
/** Only the HTTP API (section 6), for a quick look at it. */
const API_ONLY = args.includes('--api-only');
const logger = createLogger('bench', 'silent');
const cli = fileURLToPath(new URL('../bin/claimwire.js', import.meta.url));
const say = (text: string): void => {
  if (!asJson) process.stderr.write(`${text}\n`);
};
const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;
const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const benchConfig = (): { env: Record<string, string>; config: Config } => {
  const run = randomBytes(3).toString('hex');
  const env = {
    CLAIMWIRE_TOPIC_PREFIX: `bench.${run}.`,
    CLAIMWIRE_REDIS_PREFIX: `cwbench:${run}`,
    // Partitions at least the largest group: a member without a partition has nothing to do.
    CLAIMWIRE_PARTITIONS: String(Math.max(3, EXTRACTORS, RECONCILERS)),
    LOG_LEVEL: 'warn',
    ...(REDIS_CLUSTER ? clusterEnv() : {}),
  };
  return { env, config: loadConfig({ ...process.env, ...env }) };
};

/** extract() alone, on one core. */
const measureExtractor = (articles: Article[]): { articlesPerSecond: number; claimsPerArticle: number; msPerArticle: number } => {
  for (const a of articles.slice(0, 200)) extract(a);
  let claims = 0;
  const started = performance.now();
  for (const a of articles) claims += extract(a).length;
  const seconds = (performance.now() - started) / 1000;
  return {
    articlesPerSecond: round(articles.length / seconds, 0),
    claimsPerArticle: round(claims / articles.length, 2),
    msPerArticle: round((seconds * 1000) / articles.length, 3),
  };
};

/** The reconciler's store against the real Redis: one claim per call, as the worker's worst case. */
const measureReconciler = async (
  claims: Claim[],
): Promise<{ claimsPerSecond: number; roundTripsPerClaim: number; batchedClaimsPerSecond: number }> => {
  const { config } = benchConfig();
  const redis = await connectRedis(config, CLI_RETRY, logger);
  const store = new RedisPlaceStateStore(redis, { prefix: config.redisPrefix });
  let started = performance.now();
  for (const c of claims) await store.apply([c]);
  const single = claims.length / ((performance.now() - started) / 1000);
  const roundTrips = store.roundTrips / claims.length;
  await store.clear();
  const batched = new RedisPlaceStateStore(redis, { prefix: `${config.redisPrefix}:b` });
  started = performance.now();
  for (let i = 0; i < claims.length; i += 100) await batched.apply(claims.slice(i, i + 100));
  const batchedRate = claims.length / ((performance.now() - started) / 1000);
  await batched.clear();
  await redis.quit();
  return { claimsPerSecond: round(single, 0), roundTripsPerClaim: round(roundTrips, 2), batchedClaimsPerSecond: round(batchedRate, 0) };
};

interface Worker {
  name: string;
  child: ChildProcess;
  rss: number[];
}

const children: ChildProcess[] = [];
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

const startWorker = (name: string, env: Record<string, string>): Worker => {
  const role = name.replace(/-\d+$/, '');
  const profile = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', `${name}.${Date.now()}.cpuprofile`] : [];
  const child = spawn(process.execPath, [...profile, cli, 'worker', role], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  children.push(child);
  return { name, child, rss: [] };
};

const sampleRss = (workers: Worker[]): void => {
  for (const w of workers) {
    try {
      const status = readFileSync(`/proc/${w.child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      if (kb) w.rss.push(kb / 1024);
    } catch {
      // The process is gone; its last sample stays.
    }
  }
};

/** Consumer-group lag of a topic: records not yet consumed. */
const lag = async (kafka: Kafka, groupId: string, topic: string): Promise<number> => {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    let total = 0;
    for (const end of ends) {
      const at = committed?.partitions.find((p) => p.partition === end.partition)?.offset ?? '-1';
      total += Number(end.high) - Math.max(0, Number(at));
    }
    return total;
  } finally {
    await admin.disconnect();
  }
};

/** The size of every record on a topic: the ceiling moves records of the same sizes. */
const recordSizes = async (transport: KafkaTransport, topic: string): Promise<number[]> => {
  const sizes: number[] = [];
  await transport.readToEnd(topic, async (records) => {
    for (const r of records) sizes.push(r.value?.length ?? 0);
  });
  return sizes;
};

/** The processes whose CPU the benchmark reports: the workers, the broker and Redis when found, and itself. */
const serviceProcesses = (workers: Worker[]): Record<string, number | null> => {
  const redis = spawnSync('pidof', ['redis-server'], { encoding: 'utf8' }).stdout.trim().split(/\s+/)[0];
  const redisPids: Record<string, number | null> = REDIS_CLUSTER
    ? Object.fromEntries(CLUSTER_NODES.map((n, k) => [`redis-${k + 1}`, ownPid(clusterNodeName(n.port))]))
    : { redis: ownPid('redis') ?? (redis ? Number(redis) : null) };
  return {
    ...Object.fromEntries(workers.map((w) => [w.name, w.child.pid ?? null])),
    kafka: ownPid('kafka'),
    ...redisPids,
    bench: process.pid,
  };
};

const formatCpu = (perProcess: Record<string, number>): string =>
  Object.entries(perProcess)
    .map(([name, percent]) => `${name} ${percent}%`)
    .join(', ');

const main = async (): Promise<void> => {
  say('bringing the local stack up...');
  await ensureStack({ redisCluster: REDIS_CLUSTER });
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: round(totalmem() / 2 ** 30, 0),
    node: process.version,
  };
  say(`machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}`);

  const measureHttpApi = (): ReturnType<typeof measureApi> => {
    say(`\n6. the HTTP API: claimwire serve over ${API_PLACES} places in Redis, each route beside a bare route of the same server`);
    const { env, config } = benchConfig();
    return measureApi(env, config, logger, { places: API_PLACES, seconds: API_SECONDS, connections: API_CONNECTIONS }, say);
  };
  if (API_ONLY) {
    const api = await measureHttpApi();
    if (asJson) process.stdout.write(`${JSON.stringify({ machine, api }, null, 2)}\n`);
    return;
  }

  const articles = benchmarkArticles(ARTICLES);
  const avgBytes = Math.round(articles.reduce((n, a) => n + Buffer.byteLength(a.body), 0) / articles.length);

  say(`\n1. parts alone`);
  const extractor = measureExtractor(articles.slice(0, Math.min(articles.length, 3_000)));
  say(
    `   extractor, pure function, one core: ${extractor.articlesPerSecond} articles/s (${extractor.msPerArticle} ms each, ${extractor.claimsPerArticle} claims per article, ~${avgBytes} bytes)`,
  );
  const claims = articles.slice(0, 1_000).flatMap(extract);
  const reconciler = await measureReconciler(claims);
  say(
    `   reconciler against Redis: ${reconciler.claimsPerSecond} claims/s one by one, ${reconciler.batchedClaimsPerSecond} claims/s in batches of 100; Redis round trips per claim: ${reconciler.roundTripsPerClaim}`,
  );

  const { env, config } = benchConfig();
  const kafka = new Kafka({ clientId: 'bench', brokers: config.kafkaBrokers, logLevel: logLevel.NOTHING });
  const transport = new KafkaTransport({ brokers: config.kafkaBrokers, clientId: 'bench', logger });
  await transport.ensureTopics(pipelineTopics(config));
  const codec = new RegistryCodec(config.schemaRegistryUrl);

  say(
    `\n2. pipeline: ${articles.length} articles, producer → extractor${EXTRACTORS > 1 ? ` ×${EXTRACTORS}` : ''} → reconciler${RECONCILERS > 1 ? ` ×${RECONCILERS}` : ''} → reconciled topic, workers as processes, ${config.partitions} partitions, ${REDIS_CLUSTER ? 'a three-master Redis Cluster' : 'one Redis'}`,
  );
  const extractors = Array.from({ length: EXTRACTORS }, (_, k) => startWorker(EXTRACTORS === 1 ? 'extractor' : `extractor-${k + 1}`, env));
  const reconcilers = Array.from({ length: RECONCILERS }, (_, k) =>
    startWorker(RECONCILERS === 1 ? 'reconciler' : `reconciler-${k + 1}`, env),
  );
  const workers = [...extractors, ...reconcilers];
  const sampler = setInterval(() => sampleRss(workers), 1_000);
  await new Promise((r) => setTimeout(r, 5_000));
  const pipelineCpu = cpuMeter(serviceProcesses(workers));
  const started = performance.now();
  for (let i = 0; i < articles.length; i += 500)
    await publishArticles(transport, codec, config.topics.articles, articles.slice(i, i + 500));
  const published = performance.now();
  const giveUpAt = Date.now() + 20 * 60_000;
  let pending = Infinity;
  while (pending > 0 && Date.now() < giveUpAt) {
    pending =
      (await lag(kafka, config.extractorGroup, config.topics.articles)) + (await lag(kafka, config.reconcilerGroup, config.topics.claims));
    if (pending > 0) await new Promise((r) => setTimeout(r, 250));
  }
  if (pending > 0) say(`   gave up waiting after 20 minutes with ${pending} records still unconsumed`);
  const seconds = (performance.now() - started) / 1000;
  const pipelineCpuUse = pipelineCpu();
  const claimSizes = await recordSizes(transport, config.topics.claims);
  const stateSizes = await recordSizes(transport, config.topics.reconciled);
  const claimCount = claimSizes.length;
  const stateCount = stateSizes.length;
  // CPU the extractors spent an article, all of them together: what an article costs to extract in the pipeline.
  const extractorCores = extractors.reduce((n, w) => n + (pipelineCpuUse.perProcess[w.name] ?? 0) / 100, 0);
  const pipeline = {
    articles: articles.length,
    extractors: EXTRACTORS,
    reconcilers: RECONCILERS,
    partitions: config.partitions,
    redis: REDIS_CLUSTER ? 'cluster' : 'single',
    extractionCpuMsPerArticle: round((extractorCores * seconds * 1000) / articles.length, 2),
    claims: claimCount,
    placeStates: stateCount,
    seconds: round(seconds, 1),
    publishSeconds: round((published - started) / 1000, 1),
    articlesPerSecond: round(articles.length / seconds, 0),
    claimsPerSecond: round(claimCount / seconds, 0),
    cpuPercentOfOneCore: pipelineCpuUse.perProcess,
    machineBusyPercent: pipelineCpuUse.machine,
  };
  say(
    `   ${pipeline.articlesPerSecond} articles/s, ${pipeline.claimsPerSecond} claims/s (${claimCount} claims, ${stateCount} place states in ${pipeline.seconds} s)`,
  );
  say(`   CPU, % of one core: ${formatCpu(pipelineCpuUse.perProcess)}; machine ${pipelineCpuUse.machine}% busy`);
  say(`   extraction: ${pipeline.extractionCpuMsPerArticle} ms of CPU an article over the ${EXTRACTORS} extractor process(es)`);
  if (PIPELINE_ONLY) {
    for (const w of workers) w.child.kill('SIGTERM');
    clearInterval(sampler);
    await transport.close();
    const redis = await connectRedis(config, CLI_RETRY, logger);
    await new RedisPlaceStateStore(redis, { prefix: config.redisPrefix }).clear();
    await redis.quit();
    if (asJson) process.stdout.write(`${JSON.stringify({ machine, articleBytes: avgBytes, extractor, reconciler, pipeline }, null, 2)}\n`);
    return;
  }

  say(`\n3. pass-through ceiling: the pipeline's records, hop by hop, moved by kafkajs with no processing`);
  const articleSizes = articles.map((a) => Buffer.byteLength(a.body) + 200);
  const ceilingCpu = cpuMeter(serviceProcesses([]));
  const ceiling = await measurePassThrough(config, [articleSizes, claimSizes, stateSizes]);
  const ceilingCpuUse = ceilingCpu();
  const ratioToCeiling = round(pipeline.articlesPerSecond / ceiling.articlesPerSecond, 3);
  say(
    `   ${ceiling.recordsPerHop.join(' → ')} records in ${round(ceiling.seconds, 1)} s: ${round(ceiling.articlesPerSecond, 0)} articles/s, ${round(ceiling.recordsPerSecond, 0)} records/s over all hops`,
  );
  say(`   CPU, % of one core: ${formatCpu(ceilingCpuUse.perProcess)}; machine ${ceilingCpuUse.machine}% busy`);
  say(`   the pipeline runs at ${round(ratioToCeiling * 100, 1)}% of the ceiling`);

  say(`\n4. end-to-end latency, ingest → the PlaceState that reflects it`);
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const consumer = kafka.consumer({ groupId: `bench-latency-${randomBytes(3).toString('hex')}`, maxWaitTimeInMs: 20 });
  await consumer.connect();
  await consumer.subscribe({ topic: config.topics.reconciled, fromBeginning: false });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const state = (await codec.decode('PlaceState', message.value!)) as PlaceState;
      const now = performance.now();
      for (const e of state.timeline)
        for (const c of e.citations) {
          const at = sentAt.get(c.articleId);
          if (at !== undefined) {
            latencies.push(now - at);
            sentAt.delete(c.articleId);
          }
        }
    },
  });
  await new Promise((r) => setTimeout(r, 3_000));
  const latency: Record<string, { offered: number; sent: number; p50: number; p95: number; p99: number }> = {};
  for (const rate of [50, 200]) {
    latencies.length = 0;
    // Live copy is the newest news: dated today, its claims are the latest events and citations of their places,
    // so the states that reflect them show them (a state keeps each place's latest events and citations).
    const today = new Date().toISOString().slice(0, 10);
    const batch = benchmarkArticles(rate * 15, 100 + rate).map((a) => ({ ...a, publishedAt: today }));
    const interval = 1000 / rate;
    const t0 = performance.now();
    for (let i = 0; i < batch.length; i++) {
      const due = t0 + i * interval;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      sentAt.set(batch[i]!.articleId, performance.now());
      void publishArticles(transport, codec, config.topics.articles, [batch[i]!]);
    }
    await new Promise((r) => setTimeout(r, 3_000));
    const sorted = [...latencies].sort((a, b) => a - b);
    latency[`${rate}/s`] = {
      offered: rate,
      sent: batch.length,
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
    };
    say(
      `   at ${rate} articles/s (${batch.length} sent, ${sorted.length} seen): p50 ${latency[`${rate}/s`]!.p50} ms, p95 ${latency[`${rate}/s`]!.p95} ms, p99 ${latency[`${rate}/s`]!.p99} ms`,
    );
    sentAt.clear();
  }
  await consumer.disconnect();

  say(`\n5. memory over a ${SOAK_SECONDS} s soak at 50 articles/s`);
  const soak = benchmarkArticles(SOAK_SECONDS * 50, 999);
  const soakStart = workers.map((w) => w.rss.length);
  for (let i = 0; i < soak.length; i += 50) {
    const t = performance.now();
    await publishArticles(transport, codec, config.topics.articles, soak.slice(i, i + 50));
    await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (performance.now() - t))));
  }
  clearInterval(sampler);
  const memory = Object.fromEntries(
    workers.map((w, k) => {
      const during = w.rss.slice(soakStart[k]);
      const fifth = Math.max(1, Math.floor(during.length / 5));
      const first = during.slice(0, fifth).reduce((a, b) => a + b, 0) / fifth;
      const last = during.slice(-fifth).reduce((a, b) => a + b, 0) / fifth;
      return [
        w.name,
        {
          peakMiB: round(Math.max(...w.rss), 0),
          soakStartMiB: round(first, 0),
          soakEndMiB: round(last, 0),
          growthPercent: round(((last - first) / first) * 100, 1),
        },
      ];
    }),
  );
  for (const [name, m] of Object.entries(memory))
    say(`   ${name}: peak ${m.peakMiB} MiB; soak ${m.soakStartMiB} → ${m.soakEndMiB} MiB (${m.growthPercent}%)`);

  // A worker writes its CPU profile as it exits, so wait for that (bounded) rather than kill it on the way out.
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve) => {
          if (w.child.exitCode !== null) return resolve();
          const timer = setTimeout(resolve, 15_000);
          w.child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          w.child.kill('SIGTERM');
        }),
    ),
  );
  await transport.close();
  const redis = await connectRedis(config, CLI_RETRY, logger);
  await new RedisPlaceStateStore(redis, { prefix: config.redisPrefix }).clear();
  await redis.quit();
  const api = await measureHttpApi();
  const result = {
    machine,
    articleBytes: avgBytes,
    ceiling: {
      ...ceiling,
      seconds: round(ceiling.seconds, 1),
      articlesPerSecond: round(ceiling.articlesPerSecond, 0),
      recordsPerSecond: round(ceiling.recordsPerSecond, 0),
      cpuPercentOfOneCore: ceilingCpuUse.perProcess,
      machineBusyPercent: ceilingCpuUse.machine,
    },
    pipeline: { ...pipeline, ratioToCeiling },
    latency,
    extractor,
    reconciler,
    memory,
    api,
  };
  if (asJson) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
