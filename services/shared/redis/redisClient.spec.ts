import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { redisClientPlan } from './redisClient.js';

const behaviour = { lazyConnect: true, maxRetriesPerRequest: 3, enableOfflineQueue: true, retryStrategy: () => 100 };

describe('redisClientPlan', () => {
  it('makes one Redis client from one URL, with the ACL user', () => {
    const plan = redisClientPlan(
      loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379', REDIS_USERNAME: 'cw', REDIS_PASSWORD: 'pw' }),
      behaviour,
    );
    expect(plan).toMatchObject({
      kind: 'single',
      url: 'redis://127.0.0.1:6379',
      options: { username: 'cw', password: 'pw', lazyConnect: true, maxRetriesPerRequest: 3, enableOfflineQueue: true },
    });
  });

  it('makes a Cluster client over every node named, each connection with the same TLS and ACL user', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-redis-plan-'));
    writeFileSync(join(dir, 'ca.crt'), 'not checked here');
    const plan = redisClientPlan(
      loadConfig({ REDIS_URL: 'rediss://cw:pw@10.0.0.1:7000,10.0.0.2:7001', REDIS_TLS_CA_FILE: join(dir, 'ca.crt') }),
      behaviour,
    );
    if (plan.kind !== 'cluster') throw new Error(`a ${plan.kind} plan`);
    expect(plan.nodes).toEqual([
      { host: '10.0.0.1', port: 7000 },
      { host: '10.0.0.2', port: 7001 },
    ]);
    expect(plan.options.redisOptions).toMatchObject({ username: 'cw', password: 'pw', maxRetriesPerRequest: 3 });
    expect(plan.options.redisOptions?.tls).toMatchObject({ rejectUnauthorized: true });
    expect(String(plan.options.redisOptions?.tls?.ca)).toBe('not checked here');
    expect(plan.options).toMatchObject({ lazyConnect: true, enableOfflineQueue: true, enableAutoPipelining: false });
    expect(plan.options.clusterRetryStrategy?.(1)).toBe(100);
    expect(typeof plan.options.dnsLookup).toBe('function');
  });

  it('makes a Cluster client from one node when CLAIMWIRE_REDIS_CLUSTER=1, without TLS when the URL is redis://', () => {
    const plan = redisClientPlan(loadConfig({ REDIS_URL: 'redis://127.0.0.1:7379', CLAIMWIRE_REDIS_CLUSTER: '1' }));
    expect(plan.kind).toBe('cluster');
    if (plan.kind === 'cluster') {
      expect(plan.nodes).toEqual([{ host: '127.0.0.1', port: 7379 }]);
      expect(plan.options.redisOptions).not.toHaveProperty('tls');
      expect(plan.options).not.toHaveProperty('lazyConnect');
    }
  });
});
