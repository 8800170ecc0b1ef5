import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { configFor, requireServices, runCli, testEnv } from './support/testEnv.js';

/** A typo in a flag is a usage error (exit 2, with the command's usage) before anything is sent, for every command. */
describe('the CLI refuses flags it does not know', () => {
  const env = testEnv('flags', { CLAIMWIRE_PARTITIONS: '1' });
  const config = configFor(env);

  beforeAll(() => requireServices(config));

  it('does not publish when replay is given a misspelt --embedded', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimwire-flags-'));
    await writeFile(
      join(dir, 'a.txt'),
      ' date 2024-02-17 Russian forces captured Avdiivka, the Russian Defence Ministry said on Saturday.',
    );
    const result = await runCli(['replay', dir, '--embeded'], env);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('claimwire: replay: unknown option --embeded (did you mean --embedded?)');
    expect(result.stderr).toContain('Usage: claimwire replay <dir|files...>');
    expect(result.stdout).toBe('');

    const admin = new Kafka({ clientId: 'test-flags', brokers: config.kafkaBrokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      const topics = await admin.listTopics();
      const sent = topics.includes(config.topics.articles)
        ? (await admin.fetchTopicOffsets(config.topics.articles)).reduce((n, p) => n + Number(p.high), 0)
        : 0;
      expect(sent).toBe(0);
    } finally {
      await admin.disconnect();
    }
  }, 60_000);

  it.each([
    [['dlq', '--bogus'], 'dlq: unknown option --bogus; it takes --replay, --purge, --all, --topic, --reason, --since, --json'],
    [['watch', '--from-begining'], 'watch: unknown option --from-begining (did you mean --from-beginning?)'],
    [['extract', 'seeds/', '--json=yes'], 'extract: --json is a switch and takes no value'],
    [['replay', 'seeds/', '--shuffle'], 'replay: --shuffle needs a value: --shuffle <seed>'],
    [['rebuild', 'now'], 'rebuild: unexpected argument "now"'],
    [['stat'], 'unknown command "stat" (did you mean state?)'],
  ])(
    'claimwire %j: exit 2 with the usage',
    async (args, message) => {
      const result = await runCli(args, env);
      expect(result.code).toBe(2);
      expect(result.stderr.split('\n')[0]).toBe(`claimwire: ${message}`);
      expect(result.stderr).toMatch(/Usage:/);
      expect(result.stderr).not.toMatch(/^\s+at /m);
    },
    30_000,
  );
});
