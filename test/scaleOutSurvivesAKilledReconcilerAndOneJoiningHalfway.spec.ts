import { configFor, requireServices, stopWorkersAndClearState, waitForGroupMembers, exitedWorkers } from './support/testEnv.js';
import {
  expectedStates,
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
 * The scale-out run, disturbed halfway: one reconciler is killed with SIGKILL (its partitions move once its session
 * ends, with batches it had written to Redis but not committed) and another joins the group (partitions move again).
 * A reconciler that takes a place's partition over reads the place from Redis before it writes it, so the end is
 * still exactly reconcileAll's.
 */
describe('three extractors and three reconcilers on a Redis Cluster, one reconciler killed and another joining', () => {
  const env = scaleOutEnv('scale-rebalance');
  const config = configFor(env);
  const articles = scaleOutArticles();
  const expected = expectedStates(articles, config);
  let run: ScaleOutRun | null = null;

  beforeAll(() => requireServices(config));
  afterAll(() => stopWorkersAndClearState(run?.workers ?? [], config));

  it('still give exactly the states reconcileAll gives', async () => {
    const started = await startScaleOut(env, { extractors: 3, reconcilers: 3 });
    run = started;
    const killed = started.reconcilers[0]!;
    await publishInChunks(config, articles, async (sent) => {
      if (sent !== SCALE_ARTICLES / 2) return;
      // Halfway, with claims flowing: the reconcilers are busy when one dies.
      await untilReconcilersHalfway(started);
      killed.child.kill('SIGKILL');
      await killed.exited;
      started.startWorker('reconciler');
    });
    // The newcomer is in and the dead member gone: three reconcilers share the twelve partitions again.
    await waitForGroupMembers(config.kafkaBrokers, config.reconcilerGroup, 3, 90_000);
    const states = await settledStates(started, SCALE_ARTICLES, expected, 150_000);
    expect(states.length).toBe(expected.length);
    expect(states).toEqual(expected);
    const survivors = started.workers.filter((w) => w !== killed);
    expect(exitedWorkers(survivors)).toEqual([]);
    expect(await stopGracefully(survivors)).toEqual([0, 0, 0, 0, 0, 0]);
  }, 300_000);
});
