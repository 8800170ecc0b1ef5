import { configFor, requireServices, startCli, stopWorkersAndClearState, testEnv, type RunningProcess } from './support/testEnv.js';

const until = async (what: string, done: () => boolean, timeoutMs: number, output: () => string): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; output:\n${output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

/**
 * A worker restarted after a crash waits for its group (the dead member holds its partitions until its session times
 * out, ~30 s): it says so from the start and every few seconds, instead of sitting silent. Each JSON log line names
 * the service once.
 */
describe('a restarted worker says it is waiting for its group', () => {
  const env = testEnv('rejoin', { CLAIMWIRE_PARTITIONS: '1', LOG_LEVEL: 'info' });
  const config = configFor(env);
  const workers: RunningProcess[] = [];

  beforeAll(() => requireServices(config));
  afterAll(() => stopWorkersAndClearState(workers, config));

  it('logs joining, then that it still waits, after a kill -9 and restart', async () => {
    const first = startCli(['worker', 'extractor'], env);
    workers.push(first);
    await until('the first worker running', () => first.output().includes('extractor worker running'), 60_000, first.output);
    expect(first.output()).toContain(`joined consumer group ${config.extractorGroup}: partitions 0 of ${config.topics.articles}`);
    first.child.kill('SIGKILL');
    await first.exited;

    const second = startCli(['worker', 'extractor'], env);
    workers.push(second);
    await until(
      'the joining line',
      () => second.output().includes(`joining consumer group ${config.extractorGroup}`),
      20_000,
      second.output,
    );
    await until(
      'a line saying it still waits',
      () => second.output().includes(`still waiting to join consumer group ${config.extractorGroup}`),
      20_000,
      second.output,
    );
    const lines = second
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.match(/"service":/g)).toHaveLength(1);
  }, 120_000);
});
