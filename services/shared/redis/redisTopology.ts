// Which Redis REDIS_URL names: one server, or a Redis Cluster reached through one or more of its nodes (pure).
import { checkRedisUrl } from '../configChecks.js';
import { ConfigError } from '../errors.js';

export interface RedisNode {
  host: string;
  port: number;
}

export interface RedisTopology {
  /** The first node's URL: its scheme (rediss:// for TLS) and credentials stand for every node. */
  url: string;
  /** A Redis Cluster (ioredis' Cluster client over `nodes`), else one Redis at `url`. */
  cluster: boolean;
  /** The nodes REDIS_URL names, in its order: a cluster's start-up nodes (any one of them is enough). */
  nodes: RedisNode[];
}

const shown = (value: string): string => JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);

const HOST_PORT = /^([^\s:/@[\]]+|\[[0-9a-fA-F:.]+\]):(\d{1,5})$/;

const validPort = (port: number): boolean => Number.isInteger(port) && port >= 1 && port <= 65_535;

/** A node named by a URL: its host and port (6379 when the URL gives none). */
const nodeOfUrl = (raw: string): { node: RedisNode; protocol: string; database: number } => {
  checkRedisUrl(raw);
  const url = new URL(raw);
  const port = url.port ? Number(url.port) : 6379;
  const database = Number(url.pathname.replace(/^\//, '') || '0');
  return { node: { host: url.hostname.replace(/^\[|\]$/g, ''), port }, protocol: url.protocol, database };
};

const nodeOfHostPort = (entry: string): RedisNode => {
  const match = HOST_PORT.exec(entry);
  const port = match ? Number(match[2]) : NaN;
  if (!match || !validPort(port))
    throw new ConfigError(
      `REDIS_URL names a Redis Cluster node as ${shown(entry)}: each node after the first must be host:port or a redis:// URL, such as 127.0.0.1:7001`,
    );
  return { host: match[1]!.replace(/^\[|\]$/g, ''), port };
};

/** `CLAIMWIRE_REDIS_CLUSTER`: 1 (a cluster), 0 (one Redis), or unset (a cluster when REDIS_URL names several nodes). */
const clusterFlag = (raw: string | undefined): boolean | null => {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '') return null;
  if (['1', 'true', 'yes'].includes(value)) return true;
  if (['0', 'false', 'no'].includes(value)) return false;
  throw new ConfigError(`CLAIMWIRE_REDIS_CLUSTER must be 1 (a Redis Cluster) or 0 (one Redis), got ${shown(raw ?? '')}`);
};

/**
 * Reads REDIS_URL (`redis://host:port`, or several comma-separated nodes: `redis://a:7000,b:7001,c:7002`, each
 * after the first a host:port or a URL of the same scheme) and CLAIMWIRE_REDIS_CLUSTER. Throws a ConfigError in one
 * line naming the variable for what cannot be used.
 */
export const redisTopology = (redisUrl: string, cluster: string | undefined): RedisTopology => {
  const entries = redisUrl
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const [first, ...rest] = entries;
  if (first === undefined) throw new ConfigError('REDIS_URL is empty: give a redis:// URL such as redis://127.0.0.1:6379');
  const head = nodeOfUrl(first);
  const nodes = [head.node];
  for (const entry of rest) {
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) {
      nodes.push(nodeOfHostPort(entry));
      continue;
    }
    const other = nodeOfUrl(entry);
    if (other.protocol !== head.protocol)
      throw new ConfigError(
        `REDIS_URL mixes ${head.protocol}// and ${other.protocol}// nodes: every node of a Redis Cluster is reached the same way`,
      );
    nodes.push(other.node);
  }
  const flag = clusterFlag(cluster);
  if (flag === false && nodes.length > 1)
    throw new ConfigError(
      `REDIS_URL names ${nodes.length} nodes but CLAIMWIRE_REDIS_CLUSTER=0: several nodes are a Redis Cluster (set CLAIMWIRE_REDIS_CLUSTER=1, or name one Redis)`,
    );
  const isCluster = flag ?? nodes.length > 1;
  if (isCluster && head.database !== 0)
    throw new ConfigError(`REDIS_URL selects database ${head.database}, but a Redis Cluster has only database 0`);
  return { url: first, cluster: isCluster, nodes };
};

/** "Redis Cluster via 127.0.0.1:7000, 127.0.0.1:7001" or the one URL: for messages (no credentials in it). */
export const topologyLabel = (topology: RedisTopology, displayUrl: (url: string) => string): string =>
  topology.cluster
    ? `Redis Cluster via ${displayUrl(topology.url)}${
        topology.nodes.length > 1
          ? ` + ${topology.nodes
              .slice(1)
              .map((n) => `${n.host}:${n.port}`)
              .join(', ')}`
          : ''
      }`
    : displayUrl(topology.url);
