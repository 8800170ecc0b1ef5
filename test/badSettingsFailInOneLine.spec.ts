import { runCli } from './support/testEnv.js';

/** A setting that cannot be used stops any command at start-up with one line naming it: exit 2, no stack trace. */
describe('bad settings fail at start-up in one line', () => {
  it.each([
    [{ CLAIMWIRE_PARTITIONS: 'abc' }, ['worker', 'extractor'], 'CLAIMWIRE_PARTITIONS must be a positive integer, got "abc"'],
    [
      { LOG_LEVEL: 'bogus' },
      ['worker', 'reconciler'],
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "bogus"',
    ],
    [
      { REDIS_URL: 'not a url' },
      ['state'],
      'REDIS_URL must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379, got "not a url"',
    ],
    [
      { CLAIMWIRE_REDIS_CLUSTER: 'maybe' },
      ['worker', 'reconciler'],
      'CLAIMWIRE_REDIS_CLUSTER must be 1 (a Redis Cluster) or 0 (one Redis), got "maybe"',
    ],
    [
      { REDIS_URL: 'redis://127.0.0.1:7379,127.0.0.1:7380', CLAIMWIRE_REDIS_CLUSTER: '0' },
      ['state'],
      'REDIS_URL names 2 nodes but CLAIMWIRE_REDIS_CLUSTER=0: several nodes are a Redis Cluster (set CLAIMWIRE_REDIS_CLUSTER=1, or name one Redis)',
    ],
    [{ KAFKA_BROKERS: 'kafka' }, ['dlq'], 'KAFKA_BROKERS must be comma-separated host:port pairs such as 127.0.0.1:9092, got "kafka"'],
    [{ CLAIMWIRE_MAX_ARTICLE_BYTES: '1.5' }, ['extract', 'seeds/'], 'CLAIMWIRE_MAX_ARTICLE_BYTES must be a positive integer, got "1.5"'],
  ])(
    '%j for %j',
    async (env, args, message) => {
      const result = await runCli(args, env);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`claimwire: ${message}\n`);
      expect(result.stdout).toBe('');
    },
    30_000,
  );
});
