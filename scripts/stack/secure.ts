import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ownPid, portOpen, repoRoot, say, stackDir, StackError, startDetached, waitUntil } from './common.js';
import { KafkaNode } from './kafka.js';
import { securePorts, stackPorts, type StackPorts } from './ports.js';
import { startRedis } from './redis.js';
import { ensureCertificates, type TlsFileSet } from './tls.js';

/** The secured stack's passwords: random per stack folder, made once (the SCRAM users live in Kafka's storage). */
export interface SecureCredentials {
  /** The broker's own user: inter-broker and controller traffic, and the stack's checks. */
  admin: { name: string; password: string };
  /** The SCRAM-SHA-512 user the workers use. */
  kafka: { name: string; password: string };
  /** A PLAIN user. */
  kafkaPlain: { name: string; password: string };
  redis: { name: string; password: string };
  registry: { username: string; password: string; token: string };
}

/** What `stack:up --secure` leaves in <stack dir>/secure/stack.json for tests and tools. */
export interface SecureStack {
  ports: StackPorts;
  tls: TlsFileSet;
  credentials: SecureCredentials;
  /** The environment that points claimwire at the secured stack (SCRAM-SHA-512, Redis ACL, basic auth). */
  env: Record<string, string>;
}

export const secureDir = join(stackDir, 'secure');
const credentialsFile = join(secureDir, 'credentials.json');
const stackFile = join(secureDir, 'stack.json');
const kafkaDir = join(secureDir, 'kafka');
export const SECURE_SERVICES = ['kafka-secure', 'redis-secure', 'registry-tls'] as const;

const secret = (): string => randomBytes(18).toString('base64url').replace(/[-_]/g, 'x');

const ensureCredentials = (): SecureCredentials => {
  if (existsSync(credentialsFile)) return JSON.parse(readFileSync(credentialsFile, 'utf8')) as SecureCredentials;
  mkdirSync(secureDir, { recursive: true, mode: 0o700 });
  // New passwords: a storage formatted with the old SCRAM users would refuse them.
  rmSync(kafkaDir, { recursive: true, force: true });
  const credentials: SecureCredentials = {
    admin: { name: 'admin', password: secret() },
    kafka: { name: 'claimwire', password: secret() },
    kafkaPlain: { name: 'claimwire-plain', password: secret() },
    redis: { name: 'claimwire', password: secret() },
    registry: { username: 'claimwire', password: secret(), token: secret() },
  };
  writeFileSync(credentialsFile, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  return credentials;
};

const secureKafka = (ports: StackPorts, tls: TlsFileSet, credentials: SecureCredentials): KafkaNode =>
  new KafkaNode({
    name: 'kafka-secure',
    port: ports.kafka,
    controllerPort: ports.kafkaController,
    dir: kafkaDir,
    security: { tls, admin: credentials.admin, scramUsers: [credentials.kafka], plainUsers: [credentials.kafkaPlain] },
  });

/** GET /subjects over HTTPS with the stack's CA and the registry user: the proxy and the registry behind it answer. */
const registryAnswers = (port: number, tls: TlsFileSet, credentials: SecureCredentials): Promise<boolean> =>
  new Promise((resolve) => {
    const auth = Buffer.from(`${credentials.registry.username}:${credentials.registry.password}`).toString('base64');
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/apis/ccompat/v7/subjects',
        ca: readFileSync(tls.caCert),
        headers: { Authorization: `Basic ${auth}` },
        timeout: 3_000,
      },
      (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });

const startRegistryProxy = async (ports: StackPorts, plain: StackPorts, tls: TlsFileSet, credentials: SecureCredentials): Promise<void> => {
  const name = 'registry-tls';
  const check = (): Promise<boolean> => registryAnswers(ports.registry, tls, credentials);
  if (await portOpen(ports.registry)) {
    if (!(await check())) throw new StackError(`port ${ports.registry} is taken by something that is not the secured registry`);
    say(`schema registry (HTTPS) already answers on https://127.0.0.1:${ports.registry}${ownPid(name) ? ' (started by this stack)' : ''}`);
    return;
  }
  const settingsFile = join(secureDir, 'registry-proxy.json');
  writeFileSync(
    settingsFile,
    JSON.stringify({
      port: ports.registry,
      target: `http://127.0.0.1:${plain.registry}`,
      certFile: tls.serverCert,
      keyFile: tls.serverKey,
      users: credentials.registry,
    }),
    { mode: 0o600 },
  );
  const tsx = pathToFileURL(join(repoRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const pid = startDetached(name, process.execPath, [
    '--import',
    tsx,
    join(repoRoot, 'scripts', 'stack', 'registryProxy.ts'),
    settingsFile,
  ]);
  say(`starting the HTTPS registry proxy (pid ${pid}) on https://127.0.0.1:${ports.registry}...`);
  await waitUntil('the HTTPS registry proxy', check, 30_000, `${name}.log`, () => ownPid(name) !== null);
};

const envOf = (ports: StackPorts, tls: TlsFileSet, credentials: SecureCredentials): Record<string, string> => ({
  KAFKA_BROKERS: `127.0.0.1:${ports.kafka}`,
  KAFKA_TLS: 'true',
  KAFKA_TLS_CA_FILE: tls.caCert,
  KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512',
  KAFKA_SASL_USERNAME: credentials.kafka.name,
  KAFKA_SASL_PASSWORD: credentials.kafka.password,
  REDIS_URL: `rediss://127.0.0.1:${ports.redis}`,
  REDIS_USERNAME: credentials.redis.name,
  REDIS_PASSWORD: credentials.redis.password,
  REDIS_TLS_CA_FILE: tls.caCert,
  SCHEMA_REGISTRY_URL: `https://127.0.0.1:${ports.registry}/apis/ccompat/v7`,
  SCHEMA_REGISTRY_CA_FILE: tls.caCert,
  SCHEMA_REGISTRY_USERNAME: credentials.registry.username,
  SCHEMA_REGISTRY_PASSWORD: credentials.registry.password,
});

const shellQuote = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`;

/**
 * The secured stack beside the plain one (which must be up: the HTTPS registry forwards to it): a throwaway CA and
 * certificates (openssl), Kafka on SASL_SSL with SCRAM users, Redis on TLS with an ACL user, the registry over HTTPS
 * with credentials. Leaves secure/stack.json (for tests) and secure/secure.env (`set -a; . .stack/secure/secure.env`).
 */
export const startSecureStack = async (): Promise<SecureStack> => {
  const plain = stackPorts(process.env);
  const ports = securePorts(plain);
  const tls = ensureCertificates(join(secureDir, 'tls'));
  const credentials = ensureCredentials();
  await Promise.all([
    secureKafka(ports, tls, credentials).start(),
    startRedis({ name: 'redis-secure', port: ports.redis, security: { tls, user: credentials.redis } }),
    startRegistryProxy(ports, plain, tls, credentials),
  ]);
  const stack: SecureStack = { ports, tls, credentials, env: envOf(ports, tls, credentials) };
  writeFileSync(stackFile, JSON.stringify(stack, null, 2), { mode: 0o600 });
  writeFileSync(
    join(secureDir, 'secure.env'),
    `${Object.entries(stack.env)
      .map(([k, v]) => `${k}=${shellQuote(v)}`)
      .join('\n')}\n`,
    { mode: 0o600 },
  );
  say(
    `secured stack up: Kafka SASL_SSL 127.0.0.1:${ports.kafka}, registry https://127.0.0.1:${ports.registry}, Redis TLS 127.0.0.1:${ports.redis}`,
  );
  say(`its environment: set -a; . ${join(secureDir, 'secure.env')}; set +a`);
  return stack;
};

/** The secured stack `stack:up --secure` started, for tests; a clear error when it was not started. */
export const secureStack = (): SecureStack => {
  if (!existsSync(stackFile)) throw new StackError(`no secured stack in ${secureDir}: run npm run stack:up -- --secure`);
  return JSON.parse(readFileSync(stackFile, 'utf8')) as SecureStack;
};
