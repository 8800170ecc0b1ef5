import { loadConfig } from '../config.js';
import { ConfigError } from '../errors.js';
import { redisTopology, topologyLabel } from './redisTopology.js';

const failure = (url: string, cluster?: string): string => {
  try {
    redisTopology(url, cluster);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error(`accepted ${url}`);
};

describe('redisTopology', () => {
  it('reads one URL as one Redis', () => {
    expect(redisTopology('redis://127.0.0.1:6379', undefined)).toEqual({
      url: 'redis://127.0.0.1:6379',
      cluster: false,
      nodes: [{ host: '127.0.0.1', port: 6379 }],
    });
    expect(redisTopology('redis://cache.internal', '').nodes).toEqual([{ host: 'cache.internal', port: 6379 }]);
  });

  it('reads CLAIMWIRE_REDIS_CLUSTER=1 as a cluster reached through the one node named', () => {
    expect(redisTopology('rediss://cw:pw@10.0.0.5:7000', '1')).toEqual({
      url: 'rediss://cw:pw@10.0.0.5:7000',
      cluster: true,
      nodes: [{ host: '10.0.0.5', port: 7000 }],
    });
    expect(redisTopology('redis://h:7000', 'true').cluster).toBe(true);
  });

  it('reads several comma-separated nodes as a cluster, host:port or URLs after the first', () => {
    expect(redisTopology('redis://a:7000, b:7001 ,redis://c:7002,', undefined)).toEqual({
      url: 'redis://a:7000',
      cluster: true,
      nodes: [
        { host: 'a', port: 7000 },
        { host: 'b', port: 7001 },
        { host: 'c', port: 7002 },
      ],
    });
    expect(redisTopology('redis://[::1]:7000,[::1]:7001', '1').nodes).toEqual([
      { host: '::1', port: 7000 },
      { host: '::1', port: 7001 },
    ]);
  });

  it.each<[string, string | undefined, string]>([
    ['redis://a:7000', 'maybe', 'CLAIMWIRE_REDIS_CLUSTER must be 1 (a Redis Cluster) or 0 (one Redis), got "maybe"'],
    [
      'redis://a:7000,b:7001',
      '0',
      'REDIS_URL names 2 nodes but CLAIMWIRE_REDIS_CLUSTER=0: several nodes are a Redis Cluster (set CLAIMWIRE_REDIS_CLUSTER=1, or name one Redis)',
    ],
    ['redis://a:7000,b', undefined, 'REDIS_URL names a Redis Cluster node as "b": each node after the first must be host:port'],
    ['redis://a:7000,b:99999', undefined, 'REDIS_URL names a Redis Cluster node as "b:99999"'],
    ['redis://a:7000,rediss://b:7001', undefined, 'REDIS_URL mixes redis:// and rediss:// nodes'],
    [
      'redis://a:7000,http://b:7001',
      undefined,
      'REDIS_URL must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379, got "http://b:7001"',
    ],
    ['redis://a:7000/2', '1', 'REDIS_URL selects database 2, but a Redis Cluster has only database 0'],
    [' , ', undefined, 'REDIS_URL is empty'],
  ])('refuses %j (cluster %j) in one line', (url, cluster, message) => {
    const text = failure(url, cluster);
    expect(text.startsWith(message)).toBe(true);
    expect(text).not.toContain('\n');
  });

  it('names a cluster by its nodes, the password hidden', () => {
    const hide = (url: string): string => url.replace(/:[^:@/]+@/, ':***@');
    expect(topologyLabel(redisTopology('redis://u:secret@a:7000,b:7001', undefined), hide)).toBe(
      'Redis Cluster via redis://u:***@a:7000 + b:7001',
    );
    expect(topologyLabel(redisTopology('redis://a:6379', undefined), hide)).toBe('redis://a:6379');
  });
});

describe('loadConfig with a Redis Cluster', () => {
  it('keeps the first URL for the security settings and lists every node', () => {
    const config = loadConfig({ REDIS_URL: 'rediss://cw:pw@a:7000,b:7001', REDIS_TLS_CA_FILE: '/tmp/ca.crt' });
    expect(config.redisUrl).toBe('rediss://cw:pw@a:7000');
    expect(config.redisCluster).toBe(true);
    expect(config.redisNodes).toHaveLength(2);
    expect(config.security.redis).toMatchObject({ tls: true, username: 'cw', password: 'pw' });
  });

  it('fails in one line on a bad cluster setting', () => {
    expect(() => loadConfig({ CLAIMWIRE_REDIS_CLUSTER: 'on' })).toThrow(
      'CLAIMWIRE_REDIS_CLUSTER must be 1 (a Redis Cluster) or 0 (one Redis), got "on"',
    );
  });
});
