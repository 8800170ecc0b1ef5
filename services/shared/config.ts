// Every setting comes from the environment, with defaults that match the local stack (scripts/stack.ts)
// and docker-compose.yml. A value that cannot be used fails here, as one line (ConfigError; configChecks.ts).
import { checkConfig, checkServiceUrls } from './configChecks.js';
import { ConfigError } from './errors.js';
import { redisTopology, type RedisNode } from './redis/redisTopology.js';
import { loadSecurity, type SecuritySettings } from './security/settings.js';

export interface TopicNames {
  articles: string;
  claims: string;
  reconciled: string;
  deadLetters: string;
}

export interface Config {
  kafkaBrokers: string[];
  schemaRegistryUrl: string;
  /** REDIS_URL's first (or only) URL: its scheme and credentials stand for every node of a cluster. */
  redisUrl: string;
  /** A Redis Cluster (CLAIMWIRE_REDIS_CLUSTER=1, or several nodes in REDIS_URL): see redis/redisTopology.ts. */
  redisCluster: boolean;
  /** The nodes REDIS_URL names: one, or a cluster's start-up nodes. */
  redisNodes: RedisNode[];
  redisPrefix: string;
  clientId: string;
  topics: TopicNames;
  partitions: number;
  extractorGroup: string;
  reconcilerGroup: string;
  /** Largest article body accepted, in bytes. */
  maxArticleBytes: number;
  logLevel: string;
  /** Consumer group of the article index `claimwire serve` keeps (articles by id, for the claims' URLs and texts). */
  articleIndexGroup: string;
  http: HttpConfig;
  /** TLS, SASL, ACL and registry credentials (services/shared/security/settings.ts). */
  security: SecuritySettings;
  /** Port of the worker's metrics and health server; 0 picks a free one (logged). */
  metricsPort: number;
  metricsHost: string;
  /** How often a worker checks Kafka, the registry and Redis for its readiness and lag metrics. */
  healthIntervalMs: number;
}

/** `claimwire serve`: where it listens and what it allows. */
export interface HttpConfig {
  host: string;
  /** 0 takes a free port (tests). */
  port: number;
  /** When set, every route wants `Authorization: Bearer <token>` (or the dashboard's cookie holding it). */
  token: string | null;
  /** Change streams (GET /api/changes) open at once; more are refused with 503. */
  maxStreams: number;
  /** Changes kept in memory for streams to resume from (Last-Event-ID). */
  changeBuffer: number;
}

type Env = Record<string, string | undefined>;

const positiveInt = (env: Env, name: string, fallback: number): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new ConfigError(`${name} must be a positive integer, got "${raw}"`);
  return n;
};

const port = (env: Env, name: string, fallback: number): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65_535)
    throw new ConfigError(`${name} must be a port number (0 for any free port), got "${raw}"`);
  return n;
};

export const loadConfig = (env: Env = process.env): Config => {
  const prefix = env.CLAIMWIRE_TOPIC_PREFIX ?? 'claimwire.';
  const schemaRegistryUrl = env.SCHEMA_REGISTRY_URL ?? 'http://127.0.0.1:8081/apis/ccompat/v7';
  const rawRedisUrl = env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  // Before the security settings parse them, so that a bad URL is reported as the checks word it.
  checkServiceUrls(schemaRegistryUrl, rawRedisUrl.split(',')[0]!.trim());
  const redis = redisTopology(rawRedisUrl, env.CLAIMWIRE_REDIS_CLUSTER);
  const redisUrl = redis.url;
  return checkConfig({
    kafkaBrokers: (env.KAFKA_BROKERS ?? '127.0.0.1:9092')
      .split(',')
      .map((b) => b.trim())
      .filter(Boolean),
    schemaRegistryUrl,
    redisUrl,
    redisCluster: redis.cluster,
    redisNodes: redis.nodes,
    redisPrefix: env.CLAIMWIRE_REDIS_PREFIX ?? 'claimwire',
    clientId: env.CLAIMWIRE_CLIENT_ID ?? 'claimwire',
    topics: {
      articles: env.CLAIMWIRE_TOPIC_ARTICLES ?? `${prefix}articles`,
      claims: env.CLAIMWIRE_TOPIC_CLAIMS ?? `${prefix}claims`,
      reconciled: env.CLAIMWIRE_TOPIC_RECONCILED ?? `${prefix}place-states`,
      deadLetters: env.CLAIMWIRE_TOPIC_DEAD_LETTERS ?? `${prefix}dead-letters`,
    },
    partitions: positiveInt(env, 'CLAIMWIRE_PARTITIONS', 3),
    extractorGroup: env.CLAIMWIRE_EXTRACTOR_GROUP ?? `${prefix}extractor`,
    reconcilerGroup: env.CLAIMWIRE_RECONCILER_GROUP ?? `${prefix}reconciler`,
    maxArticleBytes: positiveInt(env, 'CLAIMWIRE_MAX_ARTICLE_BYTES', 512 * 1024),
    logLevel: env.LOG_LEVEL ?? 'info',
    articleIndexGroup: env.CLAIMWIRE_ARTICLE_INDEX_GROUP ?? `${prefix}article-index`,
    http: {
      host: env.CLAIMWIRE_HTTP_HOST || '127.0.0.1',
      port: port(env, 'CLAIMWIRE_HTTP_PORT', 8080),
      token: env.CLAIMWIRE_HTTP_TOKEN || null,
      maxStreams: positiveInt(env, 'CLAIMWIRE_HTTP_MAX_STREAMS', 100),
      changeBuffer: positiveInt(env, 'CLAIMWIRE_HTTP_CHANGE_BUFFER', 1_000),
    },
    security: loadSecurity(env, { redisUrl, schemaRegistryUrl }),
    metricsPort: port(env, 'CLAIMWIRE_METRICS_PORT', 0),
    metricsHost: env.CLAIMWIRE_METRICS_HOST ?? '127.0.0.1',
    healthIntervalMs: positiveInt(env, 'CLAIMWIRE_HEALTH_INTERVAL_MS', 5_000),
  });
};
