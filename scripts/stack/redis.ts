import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis, type RedisOptions } from 'ioredis';
import { ownPid, portOpen, requireCommand, say, stackDir, StackError, startDetached, waitUntil } from './common.js';
import { stackPorts } from './ports.js';
import type { TlsFileSet } from './tls.js';

export const REDIS_PORT = stackPorts(process.env).redis;

/** A Redis with a TLS port only (no plaintext one) and an ACL user; the default user is off. */
export interface RedisSecurity {
  tls: TlsFileSet;
  user: { name: string; password: string };
}

/** One question to a local Redis on `port`: connects once, never retries, and disconnects whatever happens. */
export const askRedis = async <T>(port: number, ask: (redis: Redis) => Promise<T>, extra: RedisOptions = {}): Promise<T> => {
  const redis = new Redis({
    host: '127.0.0.1',
    port,
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 2_000,
    ...extra,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return await ask(redis);
  } finally {
    redis.disconnect();
  }
};

const answers = (port: number, extra: RedisOptions = {}): Promise<boolean> =>
  askRedis(port, async (redis) => (await redis.ping()) === 'PONG', extra);

export const redisAnswers = (): Promise<boolean> => answers(REDIS_PORT);

const secureClient = (security: RedisSecurity): RedisOptions => ({
  username: security.user.name,
  password: security.user.password,
  tls: { ca: readFileSync(security.tls.caCert) },
});

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

/**
 * A redis-server's configuration file. A secured one listens on TLS only, asks for client certificates without
 * requiring them, and knows one ACL user; the file (mode 0600) keeps the password out of the process list.
 */
export const redisConfig = (port: number, dir: string, security?: RedisSecurity): string =>
  [
    'bind 127.0.0.1',
    ...(security
      ? [
          'port 0',
          `tls-port ${port}`,
          `tls-cert-file ${security.tls.serverCert}`,
          `tls-key-file ${security.tls.serverKey}`,
          `tls-ca-cert-file ${security.tls.caCert}`,
          'tls-auth-clients optional',
          'user default off',
          `user ${security.user.name} on >${security.user.password} ~* &* +@all`,
        ]
      : [`port ${port}`]),
    'save ""',
    'appendonly no',
    `dir ${dir}`,
    '',
  ].join('\n');

/** Uses the Redis that is running on the port; starts one (in its own process group) only when none is. */
export const startRedis = async (
  options: { name: string; port: number; security?: RedisSecurity } = { name: 'redis', port: REDIS_PORT },
): Promise<void> => {
  const { name, port, security } = options;
  const check = (): Promise<boolean> => answers(port, security ? secureClient(security) : {});
  const label = `Redis${security ? ' (TLS, ACL)' : ''} on 127.0.0.1:${port}`;
  if (await portOpen(port)) {
    if (!(await check().catch(() => false))) throw new StackError(`port ${port} is taken by something that is not ${label}`);
    say(`${label} already answers${ownPid(name) ? ' (started by this stack)' : ' (not ours: reusing it)'}`);
    return;
  }
  installRedis();
  requireCommand('redis-server', 'install redis-server');
  const dir = join(stackDir, name);
  mkdirSync(dir, { recursive: true });
  const configFile = join(dir, 'redis.conf');
  writeFileSync(configFile, redisConfig(port, dir, security), { mode: 0o600 });
  const pid = startDetached(name, 'redis-server', [configFile]);
  say(`starting redis-server (pid ${pid}), ${label}...`);
  await waitUntil('Redis', check, 20_000, `${name}.log`, () => ownPid(name) !== null);
  say(`${label} answers PING`);
};
