import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Kafka, logLevel } from 'kafkajs';
import { RegistryCodec } from '../../services/shared/codec/registryCodec.js';
import { loadConfig, type Config } from '../../services/shared/config.js';
import { createLogger } from '../../services/shared/logger.js';
import type { PlaceState } from '../../services/shared/model.js';
import { RedisPlaceStateStore } from '../../services/reconciler/redisStore.js';
import { CLI_RETRY, connectRedis, reachKafka, reachRegistry } from '../../services/shared/reachServices.js';
import type { KafkaConnection } from '../../services/shared/security/kafkaConnection.js';
import { whileRetriable } from '../../services/shared/transport/kafkaTransport.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const cliPath = fileURLToPath(new URL('../../bin/claimwire.js', import.meta.url));
export const silentLogger = createLogger('test', 'silent');

/** Environment of one test: its own topics, consumer groups and Redis prefix, on the real local services. */
export const testEnv = (name: string, extra: Record<string, string> = {}): Record<string, string> => {
  const run = randomBytes(4).toString('hex');
  return {
    CLAIMWIRE_TOPIC_PREFIX: `test.${name}.${run}.`,
    CLAIMWIRE_REDIS_PREFIX: `cwtest:${name}:${run}`,
    CLAIMWIRE_PARTITIONS: '3',
    LOG_LEVEL: 'warn',
    ...extra,
  };
};

export const configFor = (env: Record<string, string>): Config => loadConfig({ ...process.env, ...env });

/** Fails (never skips) when a service is down: the suite needs `npm run stack:up`, which `npm test` runs first. */
export const requireServices = async (config: Config): Promise<void> => {
  await reachKafka(config, CLI_RETRY, silentLogger);
  await reachRegistry(config, CLI_RETRY, silentLogger);
  const redis = await connectRedis(config, CLI_RETRY, silentLogger);
  await redis.quit();
};

export interface RunningProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

export const startCli = (args: string[], env: Record<string, string>): RunningProcess => {
  const child = spawn(process.execPath, [cliPath, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
};

/** The workers that have exited, each with its exit code or signal and the end of its output: what a failed
 * "every worker stayed up" shows, instead of a bare false. */
export const exitedWorkers = (workers: RunningProcess[]): { code: number | null; signal: string | null; output: string }[] =>
  workers
    .filter((w) => w.child.exitCode !== null || w.child.signalCode !== null)
    .map((w) => ({ code: w.child.exitCode, signal: w.child.signalCode, output: w.output().slice(-4000) }));

/** Runs the shipped CLI (bin/claimwire.js, which runs the compiled dist/) to its end; `input` is its standard input. */
export const runCli = async (
  args: string[],
  env: Record<string, string>,
  options: { input?: string | Buffer } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> => {
  const child = spawn(process.execPath, [cliPath, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (options.input !== undefined) child.stdin!.end(options.input);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, stdout, stderr };
};

/** Follows the reconciled topic through the registry, keeping the latest state per place, until `done` says so. */
export const readPlaceStatesUntil = async (
  config: Config,
  done: (states: Map<string, PlaceState>) => boolean,
  timeoutMs: number,
): Promise<Map<string, PlaceState>> => {
  const kafka = new Kafka({ clientId: 'test-reader', brokers: config.kafkaBrokers, logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `test-reader-${randomBytes(4).toString('hex')}`, maxWaitTimeInMs: 100 });
  const codec = new RegistryCodec(config.schemaRegistryUrl);
  const states = new Map<string, PlaceState>();
  await consumer.connect();
  await consumer.subscribe({ topic: config.topics.reconciled, fromBeginning: true });
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  await consumer.run({
    eachMessage: async ({ message }) => {
      const state = (await codec.decode('PlaceState', message.value!)) as PlaceState;
      const known = states.get(state.placeKey);
      if (!known || known.version <= state.version) states.set(state.placeKey, state);
      if (done(states)) finish();
    },
  });
  const timer = setTimeout(finish, timeoutMs);
  await finished;
  clearTimeout(timer);
  await consumer.disconnect();
  return states;
};

export const statusByName = (states: Iterable<PlaceState>): Record<string, string> =>
  Object.fromEntries([...states].map((s) => [s.place.name, s.status]).sort(([a], [b]) => a!.localeCompare(b!)));

/** Runs `use` with a Redis store of the test's prefix, closing the connection after. */
export const withTestStore = async <T>(config: Config, use: (store: RedisPlaceStateStore) => Promise<T>): Promise<T> => {
  const redis = await connectRedis(config, CLI_RETRY, silentLogger);
  try {
    return await use(new RedisPlaceStateStore(redis, { prefix: config.redisPrefix }));
  } finally {
    await redis.quit();
  }
};

/** The reconciled states a test's workers left in Redis, sorted by place. */
export const redisStates = (config: Config): Promise<PlaceState[]> => withTestStore(config, (store) => store.list());

/** After a test: kills its worker processes still running and removes its keys from Redis. */
export const stopWorkersAndClearState = async (workers: RunningProcess[], config: Config): Promise<void> => {
  for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
  await withTestStore(config, (store) => store.clear());
};

/** How far a consumer group has got through a topic: records committed, records in the topic. */
export const groupProgress = async (
  brokers: string[],
  groupId: string,
  topic: string,
  connection: KafkaConnection = {},
): Promise<{ done: number; total: number }> => {
  const kafka = new Kafka({ clientId: 'test-progress', brokers, ...connection, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    // Retried while a partition has no leader yet (a topic just made, a broker just restarted).
    const ends = await whileRetriable(() => admin.fetchTopicOffsets(topic));
    const [committed] = await whileRetriable(() => admin.fetchOffsets({ groupId, topics: [topic] }));
    const done = (committed?.partitions ?? []).reduce((n, p) => n + Math.max(0, Number(p.offset)), 0);
    return { done, total: ends.reduce((n, p) => n + Number(p.high), 0) };
  } finally {
    await admin.disconnect();
  }
};

/** Waits until a consumer group is stable with `members` members, each assigned partitions: its workers are all in. */
export const waitForGroupMembers = async (brokers: string[], groupId: string, members: number, timeoutMs: number): Promise<void> => {
  const kafka = new Kafka({ clientId: 'test-group-members', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    let seen = 'nothing';
    while (Date.now() < deadline) {
      const { groups } = await admin.describeGroups([groupId]);
      const group = groups[0];
      seen = `${group?.state ?? 'no group'} with ${group?.members.length ?? 0} members`;
      if (group?.state === 'Stable' && group.members.length === members && group.members.every((m) => m.memberAssignment.length > 0))
        return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`group ${groupId} did not become stable with ${members} members in ${timeoutMs} ms (last seen: ${seen})`);
  } finally {
    await admin.disconnect();
  }
};

/** A TCP port nothing listens on right now (for a service a test starts and stops itself). */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** Waits until `text` appears in a process's output, failing with the output when it does not in time. */
export const waitForOutput = async (w: RunningProcess, text: string | RegExp, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  const seen = (): boolean => (typeof text === 'string' ? w.output().includes(text) : text.test(w.output()));
  while (!seen()) {
    if (Date.now() > deadline || w.child.exitCode !== null) throw new Error(`no ${String(text)} in:\n${w.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

/** The port a worker serves its metrics and health on, from its log line (CLAIMWIRE_METRICS_PORT=0 picks one). */
export const metricsPortOf = async (w: RunningProcess, timeoutMs = 60_000): Promise<number> => {
  await waitForOutput(w, /"metricsPort":\d+/, timeoutMs);
  return Number(/"metricsPort":(\d+)/.exec(w.output())![1]);
};

/** Polls `probe` until it returns a value `done` accepts; fails with the last value seen. */
export const eventually = async <T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number, what: string): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let failure: unknown = null;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      failure = null;
      if (done(last)) return last;
    } catch (error) {
      failure = error;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what}: not within ${timeoutMs} ms (last seen: ${failure ? String(failure) : JSON.stringify(last)})`);
};
