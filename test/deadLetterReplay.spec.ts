import { Kafka, logLevel } from 'kafkajs';
import { articleFromText } from '../services/producer/articleFiles.js';
import { publishArticles } from '../services/producer/publishArticles.js';
import { pipelineTopics } from '../services/cli/topics.js';
import { RegistryCodec } from '../services/shared/codec/registryCodec.js';
import type { Claim, DeadLetter } from '../services/shared/model.js';
import { KafkaTransport } from '../services/shared/transport/kafkaTransport.js';
import type { RawRecord } from '../services/shared/transport/transport.js';
import { REPLAY_OF } from '../services/shared/worker/replayHeaders.js';
import {
  configFor,
  requireServices,
  runCli,
  silentLogger,
  startCli,
  stopWorkersAndClearState,
  testEnv,
  type RunningProcess,
} from './support/testEnv.js';

const MAX_BYTES = 4_000;
const sentence = ' Russian forces captured the town of Avdiivka, the Russian Defence Ministry said on Saturday.';
const article = (id: string, body: string) => ({
  ...articleFromText(` date 2024-02-17${body}`, `${id}.txt`, undefined, '2024-02-17T12:00:00Z'),
  articleId: id,
});

interface Listed {
  source: string;
  status: string;
  failures: number;
  reason: string;
  value: string | null;
  note?: string;
}
/** The JSON lines of `claimwire dlq`, in the order of the records' first places (a worker files them as they come). */
const listed = (stdout: string): Listed[] =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Listed)
    .sort((a, b) => Number(a.source.split('@')[1]) - Number(b.source.split('@')[1]));

/**
 * `claimwire dlq --replay` sends each failed record back once, marked as a replay; what can only fail again is skipped
 * with the reason and stays pending; a record that fails again is the same entry, not a new one; `--purge` and the
 * filters narrow what is listed, replayed or purged.
 */
describe('dead-letter replay', () => {
  const env = testEnv('replay', { CLAIMWIRE_PARTITIONS: '1', CLAIMWIRE_MAX_ARTICLE_BYTES: String(MAX_BYTES) });
  const config = configFor(env);
  const transport = new KafkaTransport({ brokers: config.kafkaBrokers, clientId: 'test-replay', logger: silentLogger });
  const codec = new RegistryCodec(config.schemaRegistryUrl);
  let workers: RunningProcess[] = [];

  beforeAll(async () => {
    await requireServices(config);
    await transport.ensureTopics(pipelineTopics(config));
  });
  afterAll(async () => {
    await transport.close();
    await stopWorkersAndClearState(workers, config);
  });

  const dlq = async (
    args: string[],
    extra: Record<string, string> = {},
  ): Promise<{ code: number | null; stdout: string; stderr: string }> => runCli(['dlq', ...args], { ...env, ...extra });
  const records = async (topic: string): Promise<RawRecord[]> => {
    const all: RawRecord[] = [];
    await transport.readToEnd(topic, async (batch) => void all.push(...batch));
    return all;
  };
  const until = async (what: string, done: () => Promise<boolean>): Promise<void> => {
    const deadline = Date.now() + 60_000;
    while (!(await done())) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}; worker output:\n${workers.map((w) => w.output()).join('\n')}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  };

  it('replays each letter once, skips what would fail again, files a second failure under the same record', async () => {
    workers = [startCli(['worker', 'extractor'], { ...env, LOG_LEVEL: 'warn' })];
    const raw = new Kafka({ clientId: 'test-replay-raw', brokers: config.kafkaBrokers, logLevel: logLevel.NOTHING }).producer();
    await raw.connect();
    await raw.send({
      topic: config.topics.articles,
      messages: [
        { key: 'junk', value: Buffer.from('this is not avro') },
        { key: 'tombstone', value: null },
      ],
    });
    await raw.disconnect();
    await publishArticles(transport, codec, config.topics.articles, [
      { ...article('html', sentence), body: `<!DOCTYPE html><html><body><p>${sentence}</p></body></html>` },
      article('long', sentence.repeat(60)),
    ]);
    // A letter from a failure a fixed bug caused: its record is a good article, as a worker would have filed it.
    const fixed = article('fixed', sentence);
    const fixedBytes = await codec.encode(config.topics.articles, 'Article', fixed);
    const letter: DeadLetter = {
      topic: config.topics.articles,
      partition: 0,
      offset: '1000',
      key: Buffer.from('fixed'),
      value: fixedBytes,
      reason: 'extraction failed: a bug since fixed',
      worker: 'extractor',
      failedAt: new Date().toISOString(),
    };
    await transport.send(config.topics.deadLetters, [
      { key: `${config.topics.articles}/0/1000`, value: await codec.encode(config.topics.deadLetters, 'DeadLetter', letter) },
    ]);
    await until('five dead letters', async () => (await records(config.topics.deadLetters)).length >= 5);

    const before = await dlq(['--json']);
    expect(before.code).toBe(0);
    expect(listed(before.stdout).map((l) => [l.status, l.failures, l.value])).toEqual([
      ['pending', 1, 'bytes'],
      ['pending', 1, null],
      ['pending', 1, 'bytes'],
      ['pending', 1, 'bytes'],
      ['pending', 1, 'bytes'],
    ]);

    // With a larger limit the long article passes the checks, so it is sent back; the worker's own limit refuses it again.
    const first = await dlq(['--replay', '--json'], { CLAIMWIRE_MAX_ARTICLE_BYTES: '1000000' });
    expect(first.code).toBe(0);
    const firstActions = listed(first.stdout);
    expect(firstActions.filter((l) => l.status === 'skipped').map((l) => l.note)).toEqual([
      'would fail again: not in Confluent wire format (no magic byte 0 and schema id)',
      'would fail again: its value is null (a tombstone): there is nothing to process; purge it',
      expect.stringMatching(/^would fail again: the article is an HTML page/),
    ]);
    expect(firstActions.filter((l) => l.status === 'replayed').map((l) => l.source)).toEqual([
      `${config.topics.articles}/0@3`,
      `${config.topics.articles}/0@1000`,
    ]);
    expect(first.stderr).toContain('2 dead letters sent back to their topics');
    expect(first.stderr).toContain('3 skipped that would fail again (still pending)');

    // The replayed records carry their original key and say what they replay; nothing was sent as an empty value.
    const replays = (await records(config.topics.articles)).filter((r) => r.headers?.[REPLAY_OF]);
    expect(replays.map((r) => [r.key?.toString(), r.headers![REPLAY_OF]]).sort()).toEqual([
      ['fixed', `${config.topics.articles}/0/1000`],
      ['long', `${config.topics.articles}/0/3`],
    ]);
    expect((await records(config.topics.articles)).filter((r) => r.value?.length === 0)).toEqual([]);

    // The fixed one goes through; the long one fails again and is the same entry, failed twice.
    await until('claims of the replayed article', async () => {
      const claims = await Promise.all((await records(config.topics.claims)).map((r) => codec.decode('Claim', r.value!)));
      return (claims as Claim[]).some((c) => c.articleId === 'fixed');
    });
    await until('the second failure of the long article', async () => (await records(config.topics.deadLetters)).length >= 6);
    const after = listed((await dlq(['--json'])).stdout);
    expect(after.map((l) => [l.source, l.status, l.failures])).toEqual([
      [`${config.topics.articles}/0@0`, 'pending', 1],
      [`${config.topics.articles}/0@1`, 'pending', 1],
      [`${config.topics.articles}/0@2`, 'pending', 1],
      [`${config.topics.articles}/0@3`, 'pending', 2],
      [`${config.topics.articles}/0@1000`, 'replayed', 1],
    ]);
    expect((await dlq([])).stdout).toMatch(/failed 2 times/);

    // Again, with the worker's own limit: nothing is sent twice, nothing would succeed, no new copies.
    const second = await dlq(['--replay']);
    expect(second.stderr).toContain('0 dead letters sent back to their topics');
    expect(second.stderr).toContain('4 skipped that would fail again (still pending); 1 replayed before, not sent again');
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await records(config.topics.deadLetters)).toHaveLength(6);
    expect((await records(config.topics.articles)).filter((r) => r.headers?.[REPLAY_OF])).toHaveLength(2);

    // Filters, then a purge of what can never succeed.
    expect(listed((await dlq(['--json', '--reason', 'HTML'])).stdout).map((l) => l.source)).toEqual([`${config.topics.articles}/0@2`]);
    expect(listed((await dlq(['--json', '--topic', config.topics.articles, '--since', '1h'])).stdout)).toHaveLength(5);
    expect((await dlq(['--json', '--topic', 'elsewhere'])).stdout).toBe('');
    const purged = await dlq(['--purge', '--reason', 'null value']);
    expect(purged.stderr).toContain('1 dead letter purged from the list');
    expect(listed((await dlq(['--json'])).stdout)).toHaveLength(4);
    expect(listed((await dlq(['--json', '--all'])).stdout).map((l) => l.status)).toEqual([
      'pending',
      'purged',
      'pending',
      'pending',
      'replayed',
    ]);
    expect((await dlq(['--replay', '--purge'])).code).toBe(2);
    expect((await dlq(['--since', 'last week'])).code).toBe(2);
  }, 180_000);
});
