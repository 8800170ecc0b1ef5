import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  configFor,
  eventually,
  freePort,
  metricsPortOf,
  requireServices,
  startCli,
  testEnv,
  type RunningProcess,
} from './support/testEnv.js';
import { readiness } from './support/scrape.js';

/**
 * Readiness follows the services a worker needs: a reconciler on a Redis of the test's own (stopped and started
 * again here, so the shared one is never disturbed) is not ready while that Redis is down, and ready again once it
 * is back.
 */
describe('reconciler readiness', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimwire-redis-'));
  let redis: ChildProcess | null = null;
  let worker: RunningProcess | null = null;

  const startRedis = async (port: number): Promise<void> => {
    redis = spawn('redis-server', ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', dir], {
      stdio: 'ignore',
    });
    await eventually(
      () =>
        new Promise<boolean>((resolve) => {
          const probe = spawn('redis-cli', ['-p', String(port), 'ping'], { stdio: ['ignore', 'pipe', 'ignore'] });
          let out = '';
          probe.stdout!.on('data', (d: Buffer) => (out += d.toString()));
          probe.on('exit', () => resolve(out.includes('PONG')));
        }),
      Boolean,
      20_000,
      'the test Redis answers',
    );
  };

  const stopRedis = async (): Promise<void> => {
    const running = redis;
    redis = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  };

  afterAll(async () => {
    if (worker && worker.child.exitCode === null) worker.child.kill('SIGKILL');
    await stopRedis();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is false while its Redis is stopped and true again when it is back', async () => {
    const port = await freePort();
    await startRedis(port);
    const env = testEnv('readiness', {
      REDIS_URL: `redis://127.0.0.1:${port}`,
      LOG_LEVEL: 'info',
      CLAIMWIRE_METRICS_PORT: '0',
      CLAIMWIRE_HEALTH_INTERVAL_MS: '500',
    });
    await requireServices(configFor(env));
    worker = startCli(['worker', 'reconciler'], env);
    const metricsPort = await metricsPortOf(worker);
    await eventually(
      () => readiness(metricsPort),
      (r) => r.status === 200,
      60_000,
      'ready with Redis up',
    );

    await stopRedis();
    const down = await eventually(
      () => readiness(metricsPort),
      (r) => r.status === 503,
      20_000,
      'not ready with Redis stopped',
    );
    expect(down.body.ready).toBe(false);
    expect(down.body.services.redis?.up).toBe(false);
    expect(down.body.services.kafka?.up).toBe(true);
    expect((await fetch(`http://127.0.0.1:${metricsPort}/health/live`)).status).toBe(200);

    await startRedis(port);
    const back = await eventually(
      () => readiness(metricsPort),
      (r) => r.status === 200,
      30_000,
      'ready again with Redis back',
    );
    expect(back.body.services.redis?.up).toBe(true);

    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
  }, 180_000);
});
