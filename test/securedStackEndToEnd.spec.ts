import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kafkaConnection } from '../services/shared/security/kafkaConnection.js';
import type { Config } from '../services/shared/config.js';
import { secureStackLogs, secureTestEnv, stackSecrets } from './support/secureEnv.js';
import {
  configFor,
  eventually,
  groupProgress,
  redisStates,
  repoRoot,
  requireServices,
  startCli,
  statusByName,
  stopWorkersAndClearState,
  testEnv,
  type RunningProcess,
} from './support/testEnv.js';

/** A folder holding the seed articles, for a producer worker to pick up. */
const seedInbox = (): string => {
  const inbox = mkdtempSync(join(tmpdir(), 'claimwire-inbox-'));
  for (const file of readdirSync(join(repoRoot, 'seeds'))) cpSync(join(repoRoot, 'seeds', file), join(inbox, file));
  return inbox;
};

/** The three workers on one environment, fed the seeds through the inbox, until the reconciler has every claim. */
const runSeeds = async (
  env: Record<string, string>,
  config: Config,
  started: (run: { workers: RunningProcess[]; inbox: string }) => void,
): Promise<{ workers: RunningProcess[]; inbox: string }> => {
  const inbox = seedInbox();
  const withInbox = { ...env, CLAIMWIRE_INBOX: inbox };
  const workers = ['producer', 'extractor', 'reconciler'].map((role) => startCli(['worker', role], withInbox));
  // Known to afterAll at once: a run that fails must not leave its workers behind.
  started({ workers, inbox });
  const connection = kafkaConnection(config);
  await eventually(
    async () => ({
      articles: await groupProgress(config.kafkaBrokers, config.extractorGroup, config.topics.articles, connection),
      claims: await groupProgress(config.kafkaBrokers, config.reconcilerGroup, config.topics.claims, connection),
    }),
    (p) => {
      if (workers.some((w) => w.child.exitCode !== null))
        throw new Error(`a worker stopped:\n${workers.map((w) => w.output()).join('\n')}`);
      return p.articles.done === 5 && p.claims.total > 0 && p.claims.done === p.claims.total;
    },
    150_000,
    'the seeds through the three workers',
  ).catch((error: Error) => {
    throw new Error(`${error.message}\n${workers.map((w) => w.output().slice(-3_000)).join('\n---\n')}`);
  });
  return { workers, inbox };
};

/**
 * The seeds through the producer, extractor and reconciler workers over Kafka SASL_SSL (SCRAM-SHA-512), Redis over
 * TLS with an ACL user and the registry over HTTPS with basic auth, against the same run on the plain stack: the
 * same place states in Redis; and no log line of the run (the six workers' output at debug level, the secured
 * services' logs) holds a password.
 */
describe('the seeds on the secured stack', () => {
  const { stack, env: secureEnv } = secureTestEnv('secure-e2e', { LOG_LEVEL: 'debug' });
  const plainEnv = testEnv('plain-e2e', { LOG_LEVEL: 'debug' });
  const secureConfig = configFor(secureEnv);
  const plainConfig = configFor(plainEnv);
  const runs: { workers: RunningProcess[]; inbox: string }[] = [];

  beforeAll(async () => {
    await requireServices(secureConfig);
    await requireServices(plainConfig);
  }, 60_000);

  afterAll(async () => {
    await stopWorkersAndClearState(runs[0]?.workers ?? [], plainConfig);
    await stopWorkersAndClearState(runs[1]?.workers ?? [], secureConfig);
    for (const run of runs) rmSync(run.inbox, { recursive: true, force: true });
  });

  it('end in the same place states as on the plain stack, and no log line holds a password', async () => {
    await runSeeds(plainEnv, plainConfig, (run) => runs.push(run));
    await runSeeds(secureEnv, secureConfig, (run) => runs.push(run));
    const [plain, secure] = runs as [(typeof runs)[number], (typeof runs)[number]];

    const plainStates = await redisStates(plainConfig);
    const secureStates = await redisStates(secureConfig);
    expect(statusByName(secureStates)).toMatchObject({ Kupiansk: 'CONTESTED' });
    expect(secureStates.length).toBeGreaterThan(0);
    expect(secureStates).toEqual(plainStates);
    expect(readdirSync(join(secure.inbox, 'sent'))).toHaveLength(5);

    for (const w of [...plain.workers, ...secure.workers]) w.child.kill('SIGTERM');
    expect(await Promise.all([...plain.workers, ...secure.workers].map((w) => w.exited))).toEqual([0, 0, 0, 0, 0, 0]);

    const logs = [
      ...secure.workers.map((w, i) => ({ file: `secure worker ${i}`, text: w.output() })),
      ...plain.workers.map((w, i) => ({ file: `plain worker ${i}`, text: w.output() })),
      ...secureStackLogs(),
    ];
    // The workers really logged their connections: the check below reads something.
    expect(secure.workers.map((w) => w.output())).toEqual([
      expect.stringContaining('producer worker running'),
      expect.stringContaining('extractor worker running'),
      expect.stringContaining('reconciler worker running'),
    ]);
    expect(logs.map((l) => l.file)).toEqual(expect.arrayContaining(['kafka-secure.log', 'redis-secure.log', 'registry-tls.log']));
    const leaks = logs.flatMap(({ file, text }) =>
      stackSecrets(stack).flatMap((secret) => (text.includes(secret) ? [`${file}: ${secret.slice(0, 3)}…`] : [])),
    );
    expect(leaks).toEqual([]);
  }, 400_000);
});
