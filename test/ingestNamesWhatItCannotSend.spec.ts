import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryCodec } from '../services/shared/codec/registryCodec.js';
import type { Article } from '../services/shared/model.js';
import { KafkaTransport } from '../services/shared/transport/kafkaTransport.js';
import { configFor, requireServices, runCli, silentLogger, testEnv } from './support/testEnv.js';

const text = (headline: string): string => `${headline}: Russian forces captured Avdiivka, the Russian Defence Ministry said on Saturday.`;

/**
 * Whatever the CLI cannot send is named on one line with its reason, no stack trace, and everything else still goes:
 * a path that does not exist, standard input with a date line that is not a day, a folder whose manifest is not JSON.
 */
describe('ingest names what it cannot send and sends the rest', () => {
  const env = testEnv('ingestnames', { CLAIMWIRE_PARTITIONS: '1' });
  const config = configFor(env);
  const codec = new RegistryCodec(config.schemaRegistryUrl);

  beforeAll(() => requireServices(config));

  const sent = async (): Promise<Article[]> => {
    const transport = new KafkaTransport({ brokers: config.kafkaBrokers, clientId: 'test-ingestnames', logger: silentLogger });
    const articles: Article[] = [];
    try {
      await transport.readToEnd(config.topics.articles, async (records) => {
        for (const r of records) articles.push((await codec.decode('Article', r.value!)) as Article);
      });
    } finally {
      await transport.close();
    }
    return articles;
  };

  it('sends the files it can read and names the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimwire-ingestnames-'));
    await writeFile(join(dir, 'good.txt'), ` date 2024-02-17 ${text('Good')}`);
    const missing = join(dir, 'nonexistent.txt');
    const broken = join(dir, 'broken');
    await mkdir(broken);
    await writeFile(join(broken, 'a.txt'), text('Beside a broken manifest'));
    await writeFile(join(broken, 'manifest.json'), '{"articles": [{"file": "a.txt", "outlet": "Wire",}]}');

    const result = await runCli(['ingest', join(dir, 'good.txt'), missing, broken], env);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `claimwire: ${missing}: rejected: no such file or directory`,
      expect.stringMatching(
        new RegExp(
          `^claimwire: ${join(broken, 'manifest.json')}: rejected: not valid JSON \\(.+\\); the 1 article file beside it is not sent$`,
        ),
      ),
      'claimwire: published 1, rejected 2',
    ]);
    expect(result.stdout).toMatch(/^good\.txt\tsha256:\w+\t2024-02-17\n$/);

    // Standard input is held to the same rules as a file: a date line that is not a day rejects it.
    const stdin = await runCli(['ingest', '-'], env, { input: ` date 2026-02-31 ${text('Misdated')}` });
    expect(stdin.code).toBe(1);
    expect(stdin.stderr.trim().split('\n')).toEqual([
      'claimwire: -: rejected: the date line "date 2026-02-31" is not a real YYYY-MM-DD day',
      'claimwire: published 0, rejected 1',
    ]);
    const dated = await runCli(['ingest', '-'], env, { input: ` date 2026-02-27 ${text('Dated')}` });
    expect(dated.code).toBe(0);

    expect((await sent()).map((a) => [a.source, a.publishedAt])).toEqual([
      ['good.txt', '2024-02-17'],
      [null, '2026-02-27'],
    ]);
  }, 90_000);
});
