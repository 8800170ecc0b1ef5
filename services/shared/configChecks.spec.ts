import { loadConfig } from './config.js';
import { ConfigError } from './errors.js';

const failure = (env: Record<string, string>): string => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
};

describe('loadConfig checks every setting at once', () => {
  it('accepts the defaults', () => {
    expect(loadConfig({}).partitions).toBe(3);
  });

  it.each<[Record<string, string>, string]>([
    [{ CLAIMWIRE_PARTITIONS: 'abc' }, 'CLAIMWIRE_PARTITIONS must be a positive integer, got "abc"'],
    [{ CLAIMWIRE_MAX_ARTICLE_BYTES: '-1' }, 'CLAIMWIRE_MAX_ARTICLE_BYTES must be a positive integer, got "-1"'],
    [{ LOG_LEVEL: 'bogus' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "bogus"'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379, got "not a url"'],
    [{ REDIS_URL: 'http://127.0.0.1:6379' }, 'REDIS_URL must be a redis:// or rediss:// URL'],
    [{ SCHEMA_REGISTRY_URL: '127.0.0.1:8081' }, 'SCHEMA_REGISTRY_URL must be a http:// or https:// URL'],
    [{ KAFKA_BROKERS: 'localhost' }, 'KAFKA_BROKERS must be comma-separated host:port pairs such as 127.0.0.1:9092, got "localhost"'],
    [{ KAFKA_BROKERS: ' , ' }, 'KAFKA_BROKERS is empty'],
    [
      { CLAIMWIRE_TOPIC_PREFIX: 'my topics/' },
      'CLAIMWIRE_TOPIC_ARTICLES (or CLAIMWIRE_TOPIC_PREFIX) gives the topic name "my topics/articles"',
    ],
    [{ CLAIMWIRE_HTTP_PORT: '99999' }, 'CLAIMWIRE_HTTP_PORT must be a port number'],
  ])('refuses %j in one line naming the variable', (env, message) => {
    const text = failure(env);
    expect(text.startsWith(message)).toBe(true);
    expect(text).not.toContain('\n');
  });
});
