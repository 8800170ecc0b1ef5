import { redisStates, requireServices, runCli, stopWorkersAndClearState, exitedWorkers } from './support/testEnv.js';
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
} from './support/scaleOut.js';
import { configFor } from './support/testEnv.js';

/**
 * 2,000 articles through three extractor and three reconciler processes, over twelve partitions and a three-master
 * Redis Cluster, end in exactly the states one process gives (reconcileAll of the same claims).
 */
describe('three extractors and three reconcilers on a Redis Cluster', () => {
  const env = scaleOutEnv('scale-out');
  const config = configFor(env);
  const articles = scaleOutArticles();
  const expected = expectedStates(articles, config);
  let run: ScaleOutRun | null = null;

  beforeAll(() => requireServices(config));
  afterAll(() => stopWorkersAndClearState(run?.workers ?? [], config));

  it('give exactly the states reconcileAll gives for the same claims', async () => {
    expect(expected.length).toBeGreaterThan(100);
    run = await startScaleOut(env, { extractors: 3, reconcilers: 3 });
    await publishInChunks(config, articles);
    const states = await settledStates(run, SCALE_ARTICLES, expected, 150_000);
    expect(states.length).toBe(expected.length);
    expect(states).toEqual(expected);
    // The places are spread over the three masters: the run really used the cluster.
    const perMaster = Object.values(await placesPerMaster(config));
    expect(perMaster).toHaveLength(3);
    expect(perMaster.every((n) => n > expected.length / 6)).toBe(true);
    // Every worker stayed up, and each stops cleanly.
    expect(exitedWorkers(run.workers)).toEqual([]);
    expect(await stopGracefully(run.workers)).toEqual([0, 0, 0, 0, 0, 0]);
    // The CLI reads every master: `state` lists every place, `rebuild` clears the cluster and recomputes it from the
    // claims topic to the same states.
    const listed = await runCli(['state', '--json'], env);
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.stdout) as unknown[]).length).toBe(expected.length);
    const rebuilt = await runCli(['rebuild'], env);
    expect(rebuilt.stderr).toContain(`rebuilt ${expected.length} places`);
    expect(rebuilt.code).toBe(0);
    expect(await redisStates(config)).toEqual(expected);
  }, 300_000);
});
