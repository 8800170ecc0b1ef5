import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryCodec } from '../services/shared/codec/registryCodec.js';
import type { Article, DeadLetter } from '../services/shared/model.js';
import { KafkaTransport } from '../services/shared/transport/kafkaTransport.js';
import { configFor, requireServices, runCli, silentLogger, testEnv } from './support/testEnv.js';

/** `claimwire ingest` names each bad file with its reason and still sends the good ones; `claimwire dlq` lists dead letters. */
describe('ingest and dead letters through the CLI', () => {
  const env = testEnv('ingest', { CLAIMWIRE_PARTITIONS: '1' });
  const config = configFor(env);

  beforeAll(() => requireServices(config));

  it('rejects empty, blank, binary, HTML, huge, foreign and misdated files by name, publishes the rest, and lists dead letters', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimwire-ingest-'));
    await writeFile(
      join(dir, 'good.txt'),
      ' date 2024-02-17 Russian forces captured Avdiivka, the Russian Defence Ministry said on Saturday.',
    );
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0xfe]));
    await writeFile(join(dir, 'page.txt'), '<!DOCTYPE html><html><body><p>Russian forces captured Avdiivka.</p></body></html>');
    await writeFile(join(dir, 'blank.txt'), '   \n\n\t  \n');
    await writeFile(join(dir, 'huge.txt'), 'Russian forces captured Avdiivka, the ministry said. '.repeat(200_000));
    await writeFile(
      join(dir, 'russian.txt'),
      'Российские войска заявили во вторник, что полностью взяли под контроль город Авдеевка и продолжают наступление на запад.',
    );
    await writeFile(join(dir, 'undated.txt'), ' date 2024-17-45 Russian forces captured Avdiivka, the ministry said.');
    const result = await runCli(['ingest', dir], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'empty.txt')}: rejected: the file is empty`);
    expect(result.stderr).toMatch(/binary\.txt: rejected: the file is not valid UTF-8/);
    expect(result.stderr).toMatch(/page\.txt: rejected: the file is an HTML page/);
    expect(result.stderr).toMatch(/blank\.txt: rejected: the file holds only whitespace/);
    expect(result.stderr).toMatch(/huge\.txt: rejected: the article is 10600000 bytes, more than the 524288 bytes accepted/);
    expect(result.stderr).toMatch(/russian\.txt: rejected: the text does not look like English/);
    expect(result.stderr).toMatch(/undated\.txt: rejected: the date line "date 2024-17-45" is not a real YYYY-MM-DD day/);
    expect(result.stderr).toContain('published 1, rejected 7');

    // The same article sent again is the same article: one id, so its claims are the same claims (same claimIds).
    const resent = await runCli(['ingest', join(dir, 'good.txt')], env);
    expect(resent.code).toBe(0);

    const transport = new KafkaTransport({ brokers: config.kafkaBrokers, clientId: 'test-ingest', logger: silentLogger });
    const codec = new RegistryCodec(config.schemaRegistryUrl);
    const sent: Article[] = [];
    await transport.readToEnd(config.topics.articles, async (records) => {
      for (const r of records) sent.push((await codec.decode('Article', r.value!)) as Article);
    });
    expect(sent.map((a) => a.source)).toEqual(['good.txt', 'good.txt']);
    expect(sent[1]!.articleId).toBe(sent[0]!.articleId);

    // A record no worker can read, written straight to the dead-letter topic as a worker would.
    const letter: DeadLetter = {
      topic: config.topics.articles,
      partition: 0,
      offset: '41',
      key: Buffer.from('k'),
      value: Buffer.from('garbage'),
      reason: 'not in Confluent wire format (no magic byte 0 and schema id)',
      worker: 'extractor',
      failedAt: '2024-02-17T00:00:00.000Z',
    };
    await transport.send(config.topics.deadLetters, [
      { key: 'x', value: await codec.encode(config.topics.deadLetters, 'DeadLetter', letter) },
    ]);
    await transport.close();
    const listed = await runCli(['dlq', '--json'], env);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout.trim())).toMatchObject({ source: `${config.topics.articles}/0@41`, reason: letter.reason, bytes: 7 });

    // Bytes that are not Avro can never be read: a replay skips the letter, saying why, and it stays listed.
    const replayed = await runCli(['dlq', '--replay'], env);
    expect(replayed.code).toBe(0);
    expect(replayed.stdout).toMatch(/^skipped .*would fail again: not in Confluent wire format/);
    expect(replayed.stderr).toContain('0 dead letters sent back to their topics');
    expect(replayed.stderr).toContain('1 skipped that would fail again (still pending)');
  }, 120_000);
});
