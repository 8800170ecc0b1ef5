import { readFileSync } from 'node:fs';
import {
  configFor,
  readPlaceStatesUntil,
  requireServices,
  runCli,
  startCli,
  statusByName,
  stopWorkersAndClearState,
  testEnv,
  withTestStore,
  type RunningProcess,
} from './support/testEnv.js';

const gold = JSON.parse(readFileSync(new URL('../../shared/eval/seeds.gold.json', import.meta.url), 'utf8')) as {
  places: Record<string, string>;
};

/**
 * The seeds through the real stack, each worker its own process:
 * claimwire replay → Kafka → extractor → claims topic → reconciler → Redis → reconciled topic.
 */
describe('seeds end to end on Kafka, the schema registry and Redis', () => {
  const env = testEnv('e2e');
  const config = configFor(env);
  let workers: RunningProcess[] = [];

  beforeAll(async () => {
    await requireServices(config);
  });

  afterAll(() => stopWorkersAndClearState(workers, config));

  it('reconciles the seeds to the gold place states and stops cleanly on SIGTERM', async () => {
    workers = [startCli(['worker', 'extractor'], env), startCli(['worker', 'reconciler'], env)];
    const replay = await runCli(['replay', 'seeds/'], env);
    expect(replay.stderr).toContain('published 5 articles');
    expect(replay.code).toBe(0);

    const wanted = Object.entries(gold.places);
    const states = await readPlaceStatesUntil(
      config,
      (s) => wanted.every(([place, status]) => statusByName(s.values())[place] === status),
      90_000,
    );
    if (statusByName(states.values()).Kupiansk !== 'CONTESTED')
      for (const w of workers) process.stderr.write(`worker output:\n${w.output()}\n`);
    expect(statusByName(states.values())).toMatchObject(gold.places);

    const fromRedis = await runCli(['state', '--json'], env);
    expect(fromRedis.code).toBe(0);
    const listed = JSON.parse(fromRedis.stdout) as { place: { name: string }; status: string }[];
    expect(Object.fromEntries(listed.map((s) => [s.place.name, s.status]))).toMatchObject(gold.places);

    // A state cites each event's latest sentences; --claims lists every claim about the place with its own.
    const kupiansk = listed.find((s) => s.place.name === 'Kupiansk') as unknown as { claimCount: number };
    const claims = await runCli(['state', 'Kupyansk', '--claims', '--json'], env);
    expect(claims.code).toBe(0);
    const kupianskClaims = JSON.parse(claims.stdout) as { place: { name: string }; evidence: { text: string } }[];
    expect(kupianskClaims).toHaveLength(kupiansk.claimCount);
    for (const c of kupianskClaims) expect([c.place.name, c.evidence.text]).toEqual(['Kupiansk', expect.stringMatching(/\w/)]);
    expect((await runCli(['state', '--claims'], env)).code).toBe(2);

    // Kafka holds the record, Redis the view: wipe the view, rebuild it from the claims topic, get the same state.
    await withTestStore(config, (store) => store.clear());
    const rebuilt = await runCli(['rebuild'], env);
    expect(rebuilt.stderr).toMatch(/rebuilt \d+ places? from \d+ claims/);
    const afterRebuild = await runCli(['state', '--json'], env);
    expect(JSON.parse(afterRebuild.stdout)).toEqual(listed);

    // Downstream: `claimwire watch` prints every state change from the reconciled topic.
    const watch = startCli(['watch', '--from-beginning', '--json'], env);
    const watchDeadline = Date.now() + 30_000;
    while (Date.now() < watchDeadline && !Object.keys(gold.places).every((place) => watch.output().includes(`"name":"${place}"`)))
      await new Promise((r) => setTimeout(r, 300));
    watch.child.kill('SIGINT');
    expect(await watch.exited).toBe(0);
    for (const place of Object.keys(gold.places)) expect(watch.output()).toContain(`"name":"${place}"`);

    const started = Date.now();
    for (const w of workers) w.child.kill('SIGTERM');
    const codes = await Promise.all(workers.map((w) => w.exited));
    expect(codes).toEqual([0, 0]);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 180_000);
});
