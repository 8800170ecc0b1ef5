// The local service stack for development, tests and benchmarks on machines without Docker:
// Apache Kafka 3.9.1 (KRaft, one node), Apicurio Registry (Confluent-compatible API) and Redis.
//   npm run stack:up [-- --secure] [--redis-cluster] | stack:down | stack:status
// --secure also starts the secured stack beside it (scripts/stack/secure.ts): Kafka on SASL_SSL, Redis on TLS
// with an ACL user, the registry over HTTPS with credentials.
// --redis-cluster also starts a three-master Redis Cluster (scripts/stack/redisCluster.ts) on the Redis port + 1000..1002.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { logDir, ownPid, portOpen, say, StackError, stackDir, stopOwn } from './stack/common.js';
import { KAFKA_PORT, stackKafka } from './stack/kafka.js';
import { CCOMPAT_URL, REGISTRY_PORT, startRegistry } from './stack/registry.js';
import { REDIS_PORT, startRedis } from './stack/redis.js';
import { clusterStatus, startRedisCluster, stopRedisCluster } from './stack/redisCluster.js';
import { securePorts, stackPorts } from './stack/ports.js';
import { SECURE_SERVICES, startSecureStack } from './stack/secure.js';

const SERVICES = [
  { name: 'kafka', label: 'Kafka', port: KAFKA_PORT, address: `127.0.0.1:${KAFKA_PORT}` },
  { name: 'registry', label: 'schema registry', port: REGISTRY_PORT, address: CCOMPAT_URL },
  { name: 'redis', label: 'Redis', port: REDIS_PORT, address: `127.0.0.1:${REDIS_PORT}` },
] as const;

const SECURE = securePorts(stackPorts(process.env));
const SECURE_SERVICE_LIST = [
  { name: SECURE_SERVICES[0], label: 'Kafka SASL_SSL', port: SECURE.kafka, address: `127.0.0.1:${SECURE.kafka}` },
  { name: SECURE_SERVICES[2], label: 'registry HTTPS', port: SECURE.registry, address: `https://127.0.0.1:${SECURE.registry}` },
  { name: SECURE_SERVICES[1], label: 'Redis TLS', port: SECURE.redis, address: `127.0.0.1:${SECURE.redis}` },
] as const;

/** Brings every service up (reusing any that already answers) and waits until each really answers. */
export const ensureStack = async (options: { secure?: boolean; redisCluster?: boolean } = {}): Promise<void> => {
  const started = Date.now();
  await startRedis();
  if (options.redisCluster) await startRedisCluster();
  // Kafka and the registry are independent JVMs: start them side by side.
  await Promise.all([stackKafka.start(), startRegistry()]);
  if (options.secure) await startSecureStack();
  say(`stack up in ${((Date.now() - started) / 1000).toFixed(1)} s (cache and logs in ${stackDir})`);
};

/** Stops only what this stack started. */
export const stopStack = async (): Promise<void> => {
  await stopRedisCluster();
  for (const service of [...SECURE_SERVICE_LIST].reverse()) if (await stopOwn(service.name)) say(`stopped ${service.label}`);
  for (const service of [...SERVICES].reverse()) {
    if (await stopOwn(service.name)) say(`stopped ${service.label}`);
    else if (await portOpen(service.port)) say(`${service.label} on ${service.address} was not started by this stack: left running`);
  }
};

export const printStatus = async (): Promise<boolean> => {
  let allUp = true;
  for (const service of SERVICES) {
    const up = await portOpen(service.port);
    allUp &&= up;
    const pid = ownPid(service.name);
    const owner = pid ? `pid ${pid}, started by this stack` : up ? 'not started by this stack' : '';
    process.stdout.write(`${service.label.padEnd(16)} ${up ? 'up  ' : 'down'}  ${service.address}${owner ? `  (${owner})` : ''}\n`);
  }
  for (const service of SECURE_SERVICE_LIST) {
    const pid = ownPid(service.name);
    if (pid === null && !(await portOpen(service.port))) continue;
    process.stdout.write(
      `${service.label.padEnd(16)} ${(await portOpen(service.port)) ? 'up  ' : 'down'}  ${service.address}${pid ? `  (pid ${pid}, started by this stack)` : ''}\n`,
    );
  }
  for (const line of await clusterStatus()) process.stdout.write(`${line}\n`);
  process.stdout.write(`logs: ${logDir}\n`);
  return allUp;
};

const isMain = (): boolean => {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
};

if (isMain()) {
  const command = process.argv[2];
  const run = async (): Promise<number> => {
    switch (command) {
      case 'up':
        await ensureStack({
          secure: process.argv.slice(3).includes('--secure'),
          redisCluster: process.argv.slice(3).includes('--redis-cluster'),
        });
        return 0;
      case 'down':
        await stopStack();
        return 0;
      case 'status':
        return (await printStatus()) ? 0 : 1;
      default:
        process.stderr.write('usage: tsx scripts/stack.ts up [--secure] [--redis-cluster]|down|status\n');
        return 2;
    }
  };
  run().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(
        `stack: ${error instanceof StackError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
