import { LocalAvroCodec } from '../codec/localAvroCodec.js';
import { createLogger } from '../logger.js';
import type { Article, DeadLetter } from '../model.js';
import { InMemoryTransport } from '../transport/inMemoryTransport.js';
import { REPLAY_OF } from './replayHeaders.js';
import { runStage } from './runStage.js';
import type { Stage } from './stage.js';

const article = (body: string): Article => ({
  articleId: body,
  outlet: null,
  url: null,
  headline: null,
  body,
  language: 'en',
  publishedAt: '2024-01-01',
  receivedAt: '2024-01-01T00:00:00Z',
  source: null,
});

/** Copies articles to an output topic, refusing bodies that say "refuse". */
const echoStage: Stage<Article, Article> = {
  name: 'echo',
  groupId: 'echo',
  input: { topic: 'in', kind: 'Article' },
  output: { topic: 'out', kind: 'Article' },
  async process(values) {
    return {
      outputs: values.filter((v) => v.body !== 'refuse').map((v) => ({ key: v.articleId, value: v })),
      rejected: values.flatMap((v, index) => (v.body === 'refuse' ? [{ index, reason: 'refused by the stage' }] : [])),
    };
  },
};

describe('runStage', () => {
  it('sends bad records to the dead-letter topic with their bytes and reason, and carries on', async () => {
    const transport = new InMemoryTransport();
    const codec = new LocalAvroCodec();
    await runStage(echoStage, { transport, codec, deadLetterTopic: 'dlq', logger: createLogger('test', 'silent') });
    const junk = Buffer.from('not avro at all');
    await transport.send('in', [
      { key: 'a', value: await codec.encode('in', 'Article', article('first')) },
      { key: 'b', value: junk },
      { key: 'c', value: await codec.encode('in', 'Article', article('refuse')) },
      { key: 'd', value: await codec.encode('in', 'Claim', article('second')).catch(() => Buffer.from([0, 0, 0, 0, 2, 1])) },
      { key: 'e', value: await codec.encode('in', 'Article', article('third')) },
    ]);
    await transport.idle();
    const out = await Promise.all(transport.records('out').map(async (r) => ((await codec.decode('Article', r.value!)) as Article).body));
    expect(out).toEqual(['first', 'third']);
    const dead = (await Promise.all(transport.records('dlq').map((r) => codec.decode('DeadLetter', r.value!)))) as DeadLetter[];
    expect(dead.map((d) => [d.offset, d.reason])).toEqual([
      ['1', 'not in Confluent wire format (no magic byte 0 and schema id)'],
      ['3', 'schema id 2 is not a Article'],
      ['2', 'refused by the stage'],
    ]);
    expect(Buffer.from(dead[0]!.value!)).toEqual(junk);
    expect(dead[0]).toMatchObject({ topic: 'in', worker: 'echo' });
  });

  it('files the dead letter of a replayed record that fails again under the place it first failed at', async () => {
    const transport = new InMemoryTransport();
    const codec = new LocalAvroCodec();
    await runStage(echoStage, { transport, codec, deadLetterTopic: 'dlq', logger: createLogger('test', 'silent') });
    const refused = await codec.encode('in', 'Article', article('refuse'));
    await transport.send('in', [
      { key: 'a', value: refused },
      { key: 'a', value: refused, headers: { [REPLAY_OF]: 'in/0/0' } },
      { key: 'b', value: null, headers: { [REPLAY_OF]: 'in/0/7' } },
    ]);
    await transport.idle();
    const letters = transport.records('dlq');
    expect(letters.map((r) => r.key!.toString())).toEqual(['in/0/7', 'in/0/0', 'in/0/0']);
    const dead = (await Promise.all(letters.map((r) => codec.decode('DeadLetter', r.value!)))) as DeadLetter[];
    expect(dead.map((d) => [d.offset, d.reason, d.value === null])).toEqual([
      ['2', 'null value', true],
      ['0', 'refused by the stage', false],
      ['1', 'refused by the stage', false],
    ]);
  });
});

describe('runStage metrics', () => {
  it('counts records in and out per topic, dead letters with their reasons, and the records timed', async () => {
    const transport = new InMemoryTransport();
    const codec = new LocalAvroCodec();
    const counted: string[] = [];
    let timed = 0;
    const metrics = {
      recordsIn: (topic: string, n: number) => void counted.push(`in ${topic} ${n}`),
      recordsOut: (topic: string, n: number) => void counted.push(`out ${topic} ${n}`),
      deadLetter: (reason: string) => void counted.push(`dead ${reason}`),
      processed: (records: number, seconds: number) => {
        expect(seconds).toBeGreaterThanOrEqual(0);
        timed += records;
      },
    };
    await runStage(echoStage, { transport, codec, deadLetterTopic: 'dlq', logger: createLogger('test', 'silent'), metrics });
    await transport.send('in', [
      { key: 'a', value: await codec.encode('in', 'Article', article('first')) },
      { key: 'b', value: await codec.encode('in', 'Article', article('refuse')) },
    ]);
    await transport.idle();
    expect(counted).toEqual(['in in 0', 'out out 0', 'in in 2', 'out out 1', 'dead refused by the stage']);
    expect(timed).toBe(2);
  });
});
