// What the settings read from the environment must be, checked once at start-up: a bad value is one line naming
// the variable, the value and what it must be (a ConfigError), before any service is contacted.
import type { Config } from './config.js';
import { ConfigError } from './errors.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Kafka's own rule for topic names. */
const TOPIC_NAME = /^[a-zA-Z0-9._-]{1,249}$/;

const shown = (value: string): string => JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);

const url = (variable: string, value: string, protocols: readonly string[], example: string): void => {
  let parsed: URL | null = null;
  try {
    parsed = new URL(value);
  } catch {
    // reported below
  }
  if (!parsed || !protocols.includes(parsed.protocol) || !parsed.hostname)
    throw new ConfigError(
      `${variable} must be a ${protocols.map((p) => `${p}//`).join(' or ')} URL such as ${example}, got ${shown(value)}`,
    );
};

const broker = (value: string): void => {
  const match = /^(.+):(\d{1,5})$/.exec(value);
  const port = match ? Number(match[2]) : 0;
  if (!match || port < 1 || port > 65535 || /[\s/]/.test(match[1]!))
    throw new ConfigError(`KAFKA_BROKERS must be comma-separated host:port pairs such as 127.0.0.1:9092, got ${shown(value)}`);
};

/** One Redis URL of REDIS_URL (a cluster's may name several, comma-separated: redisTopology.ts). */
export const checkRedisUrl = (redisUrl: string): void => url('REDIS_URL', redisUrl, ['redis:', 'rediss:'], 'redis://127.0.0.1:6379');

/** The registry's and Redis' URLs, checked before the security settings read them. */
export const checkServiceUrls = (schemaRegistryUrl: string, redisUrl: string): void => {
  url('SCHEMA_REGISTRY_URL', schemaRegistryUrl, ['http:', 'https:'], 'http://127.0.0.1:8081/apis/ccompat/v7');
  checkRedisUrl(redisUrl);
};

/** Throws a ConfigError for the first setting that cannot be used; returns the config unchanged otherwise. */
export const checkConfig = (config: Config): Config => {
  if (config.kafkaBrokers.length === 0) throw new ConfigError('KAFKA_BROKERS is empty: give host:port pairs such as 127.0.0.1:9092');
  config.kafkaBrokers.forEach(broker);
  checkServiceUrls(config.schemaRegistryUrl, config.redisUrl);
  if (!(LOG_LEVELS as readonly string[]).includes(config.logLevel))
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got ${shown(config.logLevel)}`);
  const topics: [string, string][] = [
    ['CLAIMWIRE_TOPIC_ARTICLES', config.topics.articles],
    ['CLAIMWIRE_TOPIC_CLAIMS', config.topics.claims],
    ['CLAIMWIRE_TOPIC_RECONCILED', config.topics.reconciled],
    ['CLAIMWIRE_TOPIC_DEAD_LETTERS', config.topics.deadLetters],
  ];
  for (const [variable, topic] of topics)
    if (!TOPIC_NAME.test(topic))
      throw new ConfigError(
        `${variable} (or CLAIMWIRE_TOPIC_PREFIX) gives the topic name ${shown(topic)}: Kafka topic names are 1-249 letters, digits, '.', '_' or '-'`,
      );
  if (config.redisPrefix.trim() === '') throw new ConfigError('CLAIMWIRE_REDIS_PREFIX is empty: every Redis key needs a prefix');
  return config;
};
