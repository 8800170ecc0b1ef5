import { Kafka, logLevel } from 'kafkajs';
import { extractorStage } from '../services/extractor/worker.js';
import { publishArticles } from '../services/producer/publishArticles.js';
import { RegistryCodec } from '../services/shared/codec/registryCodec.js';
import type { Claim, DeadLetter } from '../services/shared/model.js';
import { KafkaTransport } from '../services/shared/transport/kafkaTransport.js';
import type { RawRecord } from '../services/shared/transport/transport.js';
import { runStage } from '../services/shared/worker/runStage.js';
import { pipelineTopics } from '../services/cli/topics.js';
import { articleFromText } from '../services/producer/articleFiles.js';
import { configFor, requireServices, silentLogger, testEnv } from './support/testEnv.js';

const good = articleFromText(
  ' date 2024-02-17 Russian forces captured the town of Avdiivka, the Russian Defence Ministry said on Saturday.',
  'good.txt',
  undefined,
  '2024-02-17T12:00:00Z',
);

/** Bad records on the ingest topic land in the dead-letter topic with their bytes and reason; the worker carries on. */
describe('extractor worker recovers from bad records', () => {
  const config = configFor(testEnv('dlq', { CLAIMWIRE_PARTITIONS: '1' }));
  const transport = new KafkaTransport({ brokers: config.kafkaBrokers, clientId: 'test-dlq', logger: silentLogger });
  const codec = new RegistryCodec(config.schemaRegistryUrl);

  beforeAll(async () => {
    await requireServices(config);
    await transport.ensureTopics(pipelineTopics(config));
  });
  afterAll(() => transport.close());

  it('dead-letters junk, unknown schema ids, wrong records, null values, oversized keys and unreadable articles, then processes the good one', async () => {
    const subscription = await runStage(extractorStage(config), {
      transport,
      codec,
      deadLetterTopic: config.topics.deadLetters,
      logger: silentLogger,
    });
    const kafka = new Kafka({ clientId: 'test-raw', brokers: config.kafkaBrokers, logLevel: logLevel.NOTHING });
    const raw = kafka.producer();
    await raw.connect();
    const wrongRecord = await codec.encode(`${config.topics.articles}.elsewhere`, 'DeadLetter', {
      topic: 'x',
      partition: 0,
      offset: '0',
      key: null,
      value: null,
      reason: 'r',
      worker: 'w',
      failedAt: '2024-01-01T00:00:00Z',
    });
    await raw.send({
      topic: config.topics.articles,
      messages: [
        { key: 'junk', value: Buffer.from('this is not avro') },
        { key: 'unknown-id', value: Buffer.from([0, 0x7f, 0xff, 0xff, 0xf1, 2, 4]) },
        { key: 'wrong-record', value: wrongRecord },
        { key: 'null', value: null },
        { key: Buffer.alloc(4096, 'k'), value: Buffer.from('x') },
      ],
    });
    await raw.disconnect();
    const unreadable = [
      { ...good, articleId: 'html', body: `<!DOCTYPE html><html><body><p>${good.body}</p></body></html>` },
      { ...good, articleId: 'garbled-date', publishedAt: 'the day before yesterday' },
      { ...good, articleId: 'whitespace', body: ' \n\t ' },
      { ...good, articleId: 'russian', language: 'ru' },
      { ...good, articleId: 'huge', body: good.body.repeat(Math.ceil(config.maxArticleBytes / good.body.length) + 1) },
      // Undated but for a date line that is not a day: the CLI refuses such a file, so the extractor refuses the record.
      { ...good, articleId: 'date-line', publishedAt: null, body: good.body.replace('2024-02-17', '2024-02-31') },
    ];
    await publishArticles(transport, codec, config.topics.articles, [...unreadable, good]);

    const dead: DeadLetter[] = [];
    const claims: Claim[] = [];
    const collect = async (): Promise<void> => {
      dead.length = 0;
      claims.length = 0;
      await transport.readToEnd(config.topics.deadLetters, async (records: RawRecord[]) => {
        for (const r of records) dead.push((await codec.decode('DeadLetter', r.value!)) as DeadLetter);
      });
      await transport.readToEnd(config.topics.claims, async (records: RawRecord[]) => {
        for (const r of records) claims.push((await codec.decode('Claim', r.value!)) as Claim);
      });
    };
    const deadline = Date.now() + 60_000;
    do {
      await new Promise((r) => setTimeout(r, 500));
      await collect();
    } while ((dead.length < 11 || claims.length === 0) && Date.now() < deadline);
    await subscription.stop();

    expect(dead.map((d) => d.reason)).toEqual([
      'not in Confluent wire format (no magic byte 0 and schema id)',
      expect.stringMatching(/^cannot decode with schema id 2147483633/),
      expect.stringMatching(/^not a valid Article/),
      'null value',
      'key of 4096 bytes exceeds 1024',
      expect.stringMatching(/^the article is an HTML page/),
      'publishedAt "the day before yesterday" is not a YYYY-MM-DD date or an ISO timestamp',
      'the article holds only whitespace',
      `the article's language is "ru" (claimwire reads English wire copy)`,
      expect.stringMatching(/^the article is \d+ bytes, more than the 524288 bytes accepted/),
      'the date line "date 2024-02-31" is not a real YYYY-MM-DD day',
    ]);
    expect(Buffer.from(dead[0]!.value!).toString()).toBe('this is not avro');
    expect(dead.every((d) => d.topic === config.topics.articles && d.worker === 'extractor')).toBe(true);
    expect(claims.map((c) => [c.place.name, c.claimant.side, c.stance, c.controller])).toContainEqual(['Avdiivka', 'RU', 'CONTROL', 'RU']);
  }, 120_000);
});
