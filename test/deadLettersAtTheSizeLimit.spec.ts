import kafkajs, { Kafka, logLevel } from 'kafkajs';

const { ConfigResourceTypes } = kafkajs;
import { RegistryCodec } from '../services/shared/codec/registryCodec.js';
import type { Claim, DeadLetter } from '../services/shared/model.js';
import { KafkaTransport } from '../services/shared/transport/kafkaTransport.js';
import type { RawRecord } from '../services/shared/transport/transport.js';
import { publishArticles } from '../services/producer/publishArticles.js';
import { articleFromText } from '../services/producer/articleFiles.js';
import {
  configFor,
  requireServices,
  silentLogger,
  startCli,
  stopWorkersAndClearState,
  testEnv,
  type RunningProcess,
} from './support/testEnv.js';

const recordLimit = async (admin: ReturnType<Kafka['admin']>, topic: string): Promise<number> => {
  const { resources } = await admin.describeConfigs({
    includeSynonyms: false,
    resources: [{ type: ConfigResourceTypes.TOPIC, name: topic }],
  });
  return Number(resources[0]!.configEntries.find((e) => e.configName === 'max.message.bytes')!.configValue);
};

/**
 * A record as large as the ingest topic accepts cannot be carried by a dead-letter topic of the same limit (the
 * letter adds metadata), and a worker that cannot dead-letter a record cannot get past it. The dead-letter topic's
 * limit is kept above its sources' — here it was created too small beforehand, and the worker raises it at start-up.
 */
describe('a record at the ingest topic size limit', () => {
  const env = testEnv('size-limit', { CLAIMWIRE_PARTITIONS: '1' });
  const config = configFor(env);
  let workers: RunningProcess[] = [];

  beforeAll(() => requireServices(config));
  afterAll(() => stopWorkersAndClearState(workers, config));

  it('becomes a dead letter with all its bytes, and the extractor goes on', async () => {
    const kafka = new Kafka({ clientId: 'test-size-limit', brokers: config.kafkaBrokers, logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        { topic: config.topics.articles, numPartitions: 1 },
        { topic: config.topics.deadLetters, numPartitions: 1, configEntries: [{ name: 'max.message.bytes', value: '200000' }] },
      ],
    });
    const limit = await recordLimit(admin, config.topics.articles);
    // As large as the broker takes on the ingest topic: the limit less the record batch's own overhead.
    const huge = Buffer.alloc(limit - 200, 'x');
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: config.topics.articles, messages: [{ key: 'huge', value: huge }] });
    await producer.disconnect();

    workers = [startCli(['worker', 'extractor'], env)];
    const transport = new KafkaTransport({ brokers: config.kafkaBrokers, clientId: 'test-size-limit', logger: silentLogger });
    const codec = new RegistryCodec(config.schemaRegistryUrl);
    const good = articleFromText(
      ' date 2024-02-17 Russian forces captured the town of Avdiivka, the Russian Defence Ministry said on Saturday.',
      'good.txt',
      undefined,
      '2024-02-17T12:00:00Z',
    );
    await publishArticles(transport, codec, config.topics.articles, [good]);

    const dead: DeadLetter[] = [];
    const claims: Claim[] = [];
    const deadline = Date.now() + 60_000;
    while ((dead.length === 0 || claims.length === 0) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      dead.length = 0;
      claims.length = 0;
      await transport.readToEnd(config.topics.deadLetters, async (records: RawRecord[]) => {
        for (const r of records) dead.push((await codec.decode('DeadLetter', r.value!)) as DeadLetter);
      });
      await transport.readToEnd(config.topics.claims, async (records: RawRecord[]) => {
        for (const r of records) claims.push((await codec.decode('Claim', r.value!)) as Claim);
      });
    }
    await transport.close();
    expect(dead).toHaveLength(1);
    expect(dead[0]!.reason).toMatch(/not in Confluent wire format/);
    expect(Buffer.from(dead[0]!.value!).equals(huge)).toBe(true);
    expect(claims.map((c) => c.place.name)).toContain('Avdiivka');
    expect(await recordLimit(admin, config.topics.deadLetters)).toBeGreaterThan(limit);
    await admin.disconnect();
    expect(workers[0]!.child.exitCode).toBeNull();
  }, 120_000);
});
