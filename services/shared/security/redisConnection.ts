import type { RedisOptions } from 'ioredis';
import type { Config } from '../config.js';
import { topologyLabel } from '../redis/redisTopology.js';
import { displayUrl, redisMechanism } from './settings.js';
import { readTlsFiles } from './tlsFiles.js';

/** ACL user, password and TLS for ioredis, on top of REDIS_URL (reads the TLS files). */
export const redisConnection = (config: Config): Pick<RedisOptions, 'username' | 'password' | 'tls'> => {
  const { tls, tlsFiles, username, password } = config.security.redis;
  const options: Pick<RedisOptions, 'username' | 'password' | 'tls'> = {};
  if (username) options.username = username;
  if (password) options.password = password;
  if (tls) options.tls = { ...readTlsFiles('Redis', tlsFiles), rejectUnauthorized: true };
  return options;
};

/**
 * "redis://127.0.0.1:6379 (TLS, ACL user claimwire)", or "Redis Cluster via redis://127.0.0.1:7000 + ... (...)",
 * the URL's password (if any) hidden.
 */
export const redisAddress = (config: Config): string =>
  `${topologyLabel({ url: config.redisUrl, cluster: config.redisCluster, nodes: config.redisNodes }, displayUrl)} (${redisMechanism(config.security.redis)})`;
