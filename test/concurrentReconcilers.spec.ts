import { reconcileAll } from '../services/reconciler/reconcile.js';
import { RedisPlaceStateStore } from '../services/reconciler/redisStore.js';
import { claim } from '../services/reconciler/testing/claimFixtures.js';
import { placeKeyOf } from '../services/shared/ids.js';
import type { Claim, Party, Side, Stance } from '../services/shared/model.js';
import { CLI_RETRY, connectRedis } from '../services/shared/reachServices.js';
import { shuffled } from '../services/shared/shuffle.js';
import { RegistryCodec } from '../services/shared/codec/registryCodec.js';
import { KafkaTransport } from '../services/shared/transport/kafkaTransport.js';
import { pipelineTopics } from '../services/cli/topics.js';
import {
  configFor,
  requireServices,
  silentLogger,
  startCli,
  stopWorkersAndClearState,
  testEnv,
  waitForGroupMembers,
  type RunningProcess,
  exitedWorkers,
} from './support/testEnv.js';

const SIDES: Side[] = ['RU', 'UA', 'NEUTRAL'];
const STANCES: Stance[] = ['CONTROL', 'DENIAL', 'CONTESTED'];

/** 400 claims about 16 places from 40 articles, each delivered twice, in a shuffled order. */
const makeClaims = (): Claim[] =>
  Array.from({ length: 400 }, (_, i) => {
    const stance = STANCES[i % 3]!;
    return claim({
      place: `Place ${i % 16}`,
      article: `article-${i % 40}`,
      outlet: `outlet-${(i % 40) % 7}`,
      side: SIDES[(i >> 2) % 3]!,
      stance,
      controller: stance === 'CONTESTED' && i % 2 ? null : ((['RU', 'UA'] as Party[])[(i >> 3) % 2] ?? 'RU'),
      extent: stance === 'CONTROL' ? [null, 0.4, 0.8, 1][i % 4]! : null,
      claimedAt: i % 5 === 0 ? `2024-0${1 + (i % 6)}` : `2024-0${1 + (i % 6)}-${String(1 + (i % 27)).padStart(2, '0')}`,
    });
  });

/** Two reconciler processes in one consumer group over a four-partition claims topic end where one would. */
describe('two reconciler processes', () => {
  const env = testEnv('concurrent', { CLAIMWIRE_PARTITIONS: '4' });
  const config = configFor(env);
  let workers: RunningProcess[] = [];

  beforeAll(() => requireServices(config));
  afterAll(() => stopWorkersAndClearState(workers, config));

  it('converge to the state reconcile() gives for the same claims', async () => {
    const transport = new KafkaTransport({ brokers: config.kafkaBrokers, clientId: 'test-concurrent', logger: silentLogger });
    await transport.ensureTopics(pipelineTopics(config));
    workers = [startCli(['worker', 'reconciler'], env), startCli(['worker', 'reconciler'], env)];
    // Both in the group, each with partitions, before the claims flow: the run is really shared by two processes.
    await waitForGroupMembers(config.kafkaBrokers, config.reconcilerGroup, 2, 60_000);

    const claims = makeClaims();
    const codec = new RegistryCodec(config.schemaRegistryUrl);
    const deliveries = shuffled([...claims, ...claims], 7);
    for (let i = 0; i < deliveries.length; i += 50) {
      const batch = deliveries.slice(i, i + 50);
      const records = [];
      for (const c of batch) records.push({ key: placeKeyOf(c.place), value: await codec.encode(config.topics.claims, 'Claim', c) });
      await transport.send(config.topics.claims, records);
    }
    await transport.close();

    const expected = reconcileAll(claims);
    const redis = await connectRedis(config, CLI_RETRY, silentLogger);
    const store = new RedisPlaceStateStore(redis, { prefix: config.redisPrefix });
    const deadline = Date.now() + 90_000;
    let states = await store.list();
    while (Date.now() < deadline && JSON.stringify(states) !== JSON.stringify(expected)) {
      await new Promise((r) => setTimeout(r, 1_000));
      states = await store.list();
    }
    await redis.quit();
    expect(states).toEqual(expected);
    expect(exitedWorkers(workers)).toEqual([]);

    for (const w of workers) w.child.kill('SIGTERM');
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);
  }, 180_000);
});
