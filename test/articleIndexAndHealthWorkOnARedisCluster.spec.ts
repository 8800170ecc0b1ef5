import { benchmarkArticles } from '../bench/articles.js';
import { RedisArticleStore } from '../services/articles/redisArticleStore.js';
import { stackHealth } from '../services/api/serviceHealth.js';
import { CLI_RETRY, connectRedis } from '../services/shared/reachServices.js';
import { scanEveryMaster, type RedisClient } from '../services/shared/redis/redisClient.js';
import { clusterEnv } from '../scripts/stack/redisCluster.js';
import { configFor, requireServices, silentLogger, testEnv } from './support/testEnv.js';

/**
 * What `claimwire serve` keeps and reads besides the places, on the local Redis Cluster: the article index (its keys
 * spread over the masters, written and read in one call each) and GET /api/health's Redis probe.
 */
describe('serve on a Redis Cluster', () => {
  const config = configFor(testEnv('cluster-serve', clusterEnv()));
  let redis: RedisClient;

  beforeAll(async () => {
    await requireServices(config);
    redis = await connectRedis(config, CLI_RETRY, silentLogger);
  });
  afterAll(async () => {
    await scanEveryMaster(redis, `${config.redisPrefix}:*`, async (node, keys) => {
      for (const key of keys) await node.unlink(key);
    });
    await redis.quit();
  });

  it('keeps the article index across the masters and reads any set of articles back in one call', async () => {
    const store = new RedisArticleStore(redis, config.redisPrefix);
    const articles = benchmarkArticles(300, 5);
    await store.put(articles);
    const wanted = [...articles.slice(0, 50), ...articles.slice(250)].map((a) => a.articleId);
    const found = await store.get([...wanted, 'no-such-article']);
    expect([...found.keys()].sort()).toEqual([...wanted].sort());
    expect(found.get(articles[0]!.articleId)).toEqual(articles[0]);
    const perMaster: number[] = [];
    await scanEveryMaster(redis, `${config.redisPrefix}:article:*`, async (_node, keys) => {
      perMaster.push(keys.length);
    });
    expect(perMaster.length).toBeGreaterThanOrEqual(3);
    expect(perMaster.reduce((a, b) => a + b, 0)).toBe(300);
  });

  it('reports the cluster in the health probe, by its nodes, without credentials', async () => {
    const health = await stackHealth(config, redis, silentLogger)();
    expect(health.redis).toMatchObject({ ok: true, error: null });
    expect(health.redis!.where).toMatch(/^Redis Cluster via redis:\/\/127\.0\.0\.1:\d+ \+ 127\.0\.0\.1:\d+, 127\.0\.0\.1:\d+$/);
  });
});
