import { benchmarkArticles } from '../bench/articles.js';
import { CLUSTER_NODES, restartClusterNode } from '../scripts/stack/redisCluster.js';
import { configFor, eventually, redisStates, requireServices, stopWorkersAndClearState } from './support/testEnv.js';
import {
  expectedStates,
  placesPerMaster,
  publishInChunks,
  scaleOutEnv,
  settledStates,
  startScaleOut,
  stopGracefully,
  type ScaleOutRun,
} from './support/scaleOut.js';

/**
 * A master of the Redis Cluster that comes back without its data (a restart without persistence) loses the places
 * of its slots. Each master holds a rebuild marker of its own, so the reconciler notices the loss, whichever master
 * it was, and rebuilds the view from the claims topic: the states are reconcileAll's again.
 */
describe('a Redis Cluster master that comes back empty', () => {
  const env = { ...scaleOutEnv('master-emptied'), LOG_LEVEL: 'info' };
  const config = configFor(env);
  const articles = benchmarkArticles(300, 77);
  const expected = expectedStates(articles, config);
  let run: ScaleOutRun | null = null;

  beforeAll(() => requireServices(config));
  afterAll(() => stopWorkersAndClearState(run?.workers ?? [], config));

  it('is noticed by the reconciler, which rebuilds the places from the claims topic', async () => {
    run = await startScaleOut(env, { extractors: 1, reconcilers: 1 });
    await publishInChunks(config, articles);
    expect(await settledStates(run, articles.length, expected, 90_000)).toEqual(expected);
    const lost = CLUSTER_NODES[2]!.port;
    const before = (await placesPerMaster(config))[String(lost)] ?? 0;
    expect(before).toBeGreaterThan(expected.length / 6);

    await restartClusterNode(lost, 0, { emptied: true });
    const states = await eventually(
      () => redisStates(config),
      (s) => JSON.stringify(s) === JSON.stringify(expected),
      60_000,
      'the places rebuilt',
    );
    expect(states).toEqual(expected);
    expect((await placesPerMaster(config))[String(lost)]).toBe(before);
    // Rebuilt twice: at start-up (a fresh prefix) and after the loss.
    const rebuilds = run.reconcilers[0]!.output().match(/state rebuilt from the claims topic/g) ?? [];
    expect(rebuilds.length).toBe(2);
    expect(await stopGracefully(run.workers)).toEqual([0, 0]);
  }, 240_000);
});
