import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { ownPid, portOpen, requireCommand, say, stackDir, StackError, startDetached, waitUntil } from './common.js';

export const REDIS_PORT = 6379;

export const redisAnswers = async (): Promise<boolean> => {
  const redis = new Redis({
    host: '127.0.0.1',
    port: REDIS_PORT,
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 2_000,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } finally {
    redis.disconnect();
  }
};

const installRedis = (): void => {
  if (spawnSync('sh', ['-c', 'command -v redis-server']).status === 0) return;
  if (process.getuid?.() !== 0)
    throw new StackError('redis-server is not installed: install it (apt-get install redis-server) or point REDIS_URL at a running Redis');
  say('installing redis-server from Debian packages...');
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'redis-server']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) throw new StackError(`apt-get ${args.join(' ')} failed`);
  }
};

/** Uses the Redis that is running; starts one (in the foreground of its own process group) only when none is. */
export const startRedis = async (): Promise<void> => {
  if (await portOpen(REDIS_PORT)) {
    if (!(await redisAnswers().catch(() => false))) throw new StackError(`port ${REDIS_PORT} is taken by something that is not Redis`);
    say(`Redis already answers on 127.0.0.1:${REDIS_PORT}${ownPid('redis') ? ' (started by this stack)' : ' (not ours: reusing it)'}`);
    return;
  }
  installRedis();
  requireCommand('redis-server', 'install redis-server');
  const dir = join(stackDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const pid = startDetached('redis', 'redis-server', [
    '--bind',
    '127.0.0.1',
    '--port',
    String(REDIS_PORT),
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    dir,
  ]);
  say(`starting redis-server (pid ${pid}) on 127.0.0.1:${REDIS_PORT}...`);
  await waitUntil('Redis', redisAnswers, 20_000, 'redis.log', () => ownPid('redis') !== null);
  say('Redis answers PING');
};
