import { CLUSTER_NODES, restartClusterNode } from '../scripts/stack/redisCluster.js';
import { configFor, requireServices, stopWorkersAndClearState, exitedWorkers } from './support/testEnv.js';
import {
  expectedStates,
  placesPerMaster,
  publishInChunks,
  SCALE_ARTICLES,
  scaleOutArticles,
  scaleOutEnv,
  settledStates,
  startScaleOut,
  stopGracefully,
  type ScaleOutRun,
  untilReconcilersHalfway,
} from './support/scaleOut.js';

/**
 * The scale-out run while one master of the Redis Cluster is killed (SIGKILL) and started again mid-flow: the
 * reconcilers' writes to its slots fail while it is down, their batches are not committed and are taken again, and
 * the end is still exactly reconcileAll's, with every worker still running.
 */
describe('three extractors and three reconcilers on a Redis Cluster whose master restarts', () => {
  const env = scaleOutEnv('scale-master');
  const config = configFor(env);
  const articles = scaleOutArticles();
  const expected = expectedStates(articles, config);
  let run: ScaleOutRun | null = null;

  beforeAll(() => requireServices(config));
  afterAll(() => stopWorkersAndClearState(run?.workers ?? [], config));

  it('ride through it to exactly the states reconcileAll gives', async () => {
    const started = await startScaleOut(env, { extractors: 3, reconcilers: 3 });
    run = started;
    let restart: Promise<void> | null = null;
    await publishInChunks(config, articles, async (sent) => {
      if (sent !== SCALE_ARTICLES / 2) return;
      await untilReconcilersHalfway(started);
      // Down for two seconds while the articles keep coming and the reconcilers write: commands to its slots fail
      // until it is back.
      restart = restartClusterNode(CLUSTER_NODES[1]!.port, 2_000);
    });
    expect(restart).not.toBeNull();
    await restart;
    const states = await settledStates(started, SCALE_ARTICLES, expected, 150_000);
    expect(states.length).toBe(expected.length);
    expect(states).toEqual(expected);
    // The restarted master holds its share of the places: what it acknowledged before the kill, and what came after.
    expect((await placesPerMaster(config))[String(CLUSTER_NODES[1]!.port)]).toBeGreaterThan(expected.length / 6);
    expect(exitedWorkers(started.workers)).toEqual([]);
    expect(await stopGracefully(started.workers)).toEqual([0, 0, 0, 0, 0, 0]);
  }, 300_000);
});
