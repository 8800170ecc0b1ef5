import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { ensureCertificates } from '../scripts/stack/tls.js';
import { checkKafka, checkRegistry, CLI_RETRY, connectRedis, reachKafka, ServiceRefusedError } from '../services/shared/reachServices.js';
import { registryConnection } from '../services/shared/security/registryHttp.js';
import { secureTestEnv, stackSecrets } from './support/secureEnv.js';
import { configFor, silentLogger, startCli } from './support/testEnv.js';

/**
 * A worker with a wrong password or a CA that does not sign the server's certificate stops at once, exit 1, with a
 * message that names the service, its address, the mechanism and the reason — and not the password; it does not
 * retry in a loop. Clients without TLS or without credentials are refused by the secured listeners.
 */
describe('the secured stack refuses', () => {
  const { stack, env } = secureTestEnv('secure-refusals', { LOG_LEVEL: 'debug' });
  const untrusted = mkdtempSync(join(tmpdir(), 'claimwire-untrusted-ca-'));
  const otherCa = ensureCertificates(untrusted, 'an untrusted CA').caCert;
  const wrong = 'Wr0ngPassw0rd-for-the-test';

  afterAll(() => rmSync(untrusted, { recursive: true, force: true }));

  /** GET /subjects of the registry with the settings of `changes`, its connection closed after. */
  const registryCheck = async (changes: Record<string, string>): Promise<void> => {
    const connection = registryConnection(configFor({ ...env, ...changes }));
    try {
      await checkRegistry(connection);
    } finally {
      connection.agent?.destroy();
    }
  };

  /** Runs a worker that must stop by itself; returns its exit code, output and how long it ran. */
  const stoppedWorker = async (
    role: string,
    changes: Record<string, string>,
  ): Promise<{ code: number | null; output: string; ms: number }> => {
    const started = Date.now();
    const worker = startCli(['worker', role], { ...env, ...changes });
    const timer = setTimeout(() => worker.child.kill('SIGKILL'), 45_000);
    const code = await worker.exited;
    clearTimeout(timer);
    return { code, output: worker.output(), ms: Date.now() - started };
  };

  const expectStopped = (run: { code: number | null; output: string; ms: number }, service: RegExp, reason: RegExp): void => {
    expect(run.code).toBe(1);
    const message = run.output.split('\n').find((l) => l.startsWith('claimwire: ')) ?? run.output;
    expect(message).toMatch(service);
    expect(message).toMatch(/refused this client/);
    expect(message).toMatch(reason);
    // No tight loop: one refusal, then the worker stops (start-up included, well within the time a retry loop would run).
    expect(run.output.match(/refused this client"/g) ?? []).toHaveLength(1);
    expect(run.ms).toBeLessThan(30_000);
    for (const secret of [wrong, ...stackSecrets(stack)]) expect(run.output).not.toContain(secret);
  };

  it.each([
    [
      'a wrong Kafka password',
      'extractor',
      { KAFKA_SASL_PASSWORD: wrong },
      /^claimwire: Kafka at 127\.0\.0\.1:\d+ \(SASL_SSL, SCRAM-SHA-512 as claimwire\)/,
      /authentication failed/,
    ],
    [
      'a wrong Redis password',
      'reconciler',
      { REDIS_PASSWORD: wrong },
      /^claimwire: Redis at rediss:\/\/127\.0\.0\.1:\d+ \(TLS, ACL user claimwire\)/,
      /authentication failed \(WRONGPASS/,
    ],
    [
      'a wrong registry password',
      'extractor',
      { SCHEMA_REGISTRY_PASSWORD: wrong },
      /^claimwire: the schema registry at https:\/\/127\.0\.0\.1:\d+\/apis\/ccompat\/v7 \(HTTPS, basic auth as claimwire\)/,
      /HTTP 401/,
    ],
    ['an untrusted Kafka certificate', 'extractor', { KAFKA_TLS_CA_FILE: otherCa }, /^claimwire: Kafka at /, /certificate is not trusted/],
    ['an untrusted Redis certificate', 'reconciler', { REDIS_TLS_CA_FILE: otherCa }, /^claimwire: Redis at /, /certificate is not trusted/],
    [
      'an untrusted registry certificate',
      'extractor',
      { SCHEMA_REGISTRY_CA_FILE: otherCa },
      /^claimwire: the schema registry at /,
      /certificate is not trusted/,
    ],
  ])(
    '%s: the %s worker stops at once, naming the service and the reason',
    async (_what, role, changes, service, reason) => {
      expectStopped(await stoppedWorker(role, changes), service, reason);
    },
    60_000,
  );

  it('accepts SCRAM-SHA-512 and PLAIN users, a client certificate, and a bearer token for the registry', async () => {
    const { kafkaPlain, registry } = stack.credentials;
    await checkKafka(configFor(env));
    await checkKafka(
      configFor({ ...env, KAFKA_SASL_MECHANISM: 'PLAIN', KAFKA_SASL_USERNAME: kafkaPlain.name, KAFKA_SASL_PASSWORD: kafkaPlain.password }),
    );
    await checkKafka(configFor({ ...env, KAFKA_TLS_CERT_FILE: stack.tls.clientCert, KAFKA_TLS_KEY_FILE: stack.tls.clientKey }));
    const bearer = { SCHEMA_REGISTRY_USERNAME: '', SCHEMA_REGISTRY_PASSWORD: '', SCHEMA_REGISTRY_TOKEN: registry.token };
    await registryCheck(bearer);
    await expect(registryCheck({ ...bearer, SCHEMA_REGISTRY_TOKEN: wrong })).rejects.toThrow(/HTTP 401/);
    await expect(
      reachKafka(
        configFor({ ...env, KAFKA_SASL_MECHANISM: 'PLAIN', KAFKA_SASL_USERNAME: kafkaPlain.name, KAFKA_SASL_PASSWORD: wrong }),
        CLI_RETRY,
        silentLogger,
      ),
    ).rejects.toThrow(ServiceRefusedError);
  }, 60_000);

  it('refuses clients without TLS or without credentials on every secured port', async () => {
    const { ports } = stack;
    const plaintextKafka = configFor({
      ...env,
      KAFKA_TLS: 'false',
      KAFKA_TLS_CA_FILE: '',
      KAFKA_SASL_MECHANISM: '',
      KAFKA_SASL_USERNAME: '',
      KAFKA_SASL_PASSWORD: '',
    });
    await expect(checkKafka(plaintextKafka)).rejects.toThrow();
    const tlsWithoutSasl = configFor({ ...env, KAFKA_SASL_MECHANISM: '', KAFKA_SASL_USERNAME: '', KAFKA_SASL_PASSWORD: '' });
    await expect(checkKafka(tlsWithoutSasl)).rejects.toThrow();

    const plaintextRedis = new Redis({
      host: '127.0.0.1',
      port: ports.redis,
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      connectTimeout: 3_000,
    });
    plaintextRedis.on('error', () => undefined);
    await expect(plaintextRedis.connect().then(() => plaintextRedis.ping())).rejects.toThrow();
    plaintextRedis.disconnect();
    // TLS, but no ACL user: the default user is off.
    await expect(
      connectRedis(configFor({ ...env, REDIS_USERNAME: '', REDIS_PASSWORD: '' }), { ...CLI_RETRY, attempts: 1 }, silentLogger),
    ).rejects.toThrow(/Redis at .* refused this client: authentication failed \(NOAUTH/);

    const plainHttp = await new Promise<string>((resolve) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: ports.registry, path: '/apis/ccompat/v7/subjects', timeout: 5_000, agent: false },
        (res) => {
          res.resume();
          req.destroy();
          resolve(`HTTP ${res.statusCode}`);
        },
      );
      req.on('error', (error) => resolve(`refused: ${error.message}`));
      req.on('timeout', () => req.destroy(new Error('no answer')));
      req.end();
    });
    expect(plainHttp).toMatch(/^refused|^HTTP 400/);
    await expect(registryCheck({ SCHEMA_REGISTRY_USERNAME: '', SCHEMA_REGISTRY_PASSWORD: '' })).rejects.toThrow(/HTTP 401/);
  }, 60_000);
});
