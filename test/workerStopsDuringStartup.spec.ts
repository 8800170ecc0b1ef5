import { startCli, testEnv, waitForOutput } from './support/testEnv.js';

/**
 * SIGTERM reaches a worker at any moment, also while it is still starting (waiting for a service, joining its
 * group): it must stop cleanly and exit 0, not die by the signal. Nothing listens on port 1, so the workers below
 * stay in start-up, waiting, until told to stop.
 */
describe('a worker told to stop during start-up', () => {
  it.each([
    ['extractor', 'waiting for Kafka', { KAFKA_BROKERS: '127.0.0.1:1' }],
    ['reconciler', 'waiting for Redis', { REDIS_URL: 'redis://127.0.0.1:1' }],
  ])(
    '%s: exits 0 while %s',
    async (role, waiting, broken) => {
      const worker = startCli(['worker', role], testEnv('startup-stop', { ...broken, LOG_LEVEL: 'info' }));
      try {
        await waitForOutput(worker, waiting, 30_000);
        worker.child.kill('SIGTERM');
        expect(await worker.exited).toBe(0);
        expect(worker.output()).toContain('start-up cancelled');
      } finally {
        if (worker.child.exitCode === null) worker.child.kill('SIGKILL');
      }
    },
    60_000,
  );
});
