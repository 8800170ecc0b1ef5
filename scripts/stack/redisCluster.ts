// The local stack's Redis Cluster: three masters (no replicas) from Debian's redis-server, beside the single Redis,
// for the tests and benchmarks that prove claimwire on a cluster. `npm run stack:up -- --redis-cluster`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { askRedis } from './redis.js';
import { logDir, ownPid, portOpen, requireCommand, say, stackDir, StackError, startDetached, stopOwn, waitUntil } from './common.js';
import { redisClusterPorts, stackPorts } from './ports.js';

export const clusterDir = join(stackDir, 'redis-cluster');
export const CLUSTER_NODES = redisClusterPorts(stackPorts(process.env));
export const clusterNodeName = (port: number): string => `redis-cluster-${port}`;

/** The environment that points claimwire at the local cluster. */
export const clusterEnv = (): Record<string, string> => ({
  REDIS_URL: CLUSTER_NODES.map((n, i) => (i === 0 ? `redis://127.0.0.1:${n.port}` : `127.0.0.1:${n.port}`)).join(','),
  CLAIMWIRE_REDIS_CLUSTER: '1',
});

/**
 * A cluster node's configuration. Writes are in the append-only file, fsynced before each reply: a master killed
 * and restarted comes back with every write it acknowledged, and its nodes.conf brings it back into the cluster.
 */
export const clusterNodeConfig = (port: number, busPort: number, dir: string): string =>
  [
    'bind 127.0.0.1',
    `port ${port}`,
    'cluster-enabled yes',
    'cluster-config-file nodes.conf',
    `cluster-port ${busPort}`,
    'cluster-node-timeout 5000',
    'appendonly yes',
    'appendfsync always',
    'save ""',
    `dir ${dir}`,
    '',
  ].join('\n');

/** CLUSTER INFO of one node as a record, or null when it does not answer. */
export const clusterInfo = async (port: number): Promise<Record<string, string> | null> => {
  try {
    const text = (await askRedis(port, (redis) => redis.call('CLUSTER', 'INFO'))) as string;
    return Object.fromEntries(
      text
        .split(/\r?\n/)
        .filter((line) => line.includes(':'))
        .map((line) => line.split(':', 2) as [string, string]),
    );
  } catch {
    return null;
  }
};

/** Every node answers and sees a whole cluster of three with all slots served. */
const clusterOk = async (): Promise<boolean> => {
  for (const { port } of CLUSTER_NODES) {
    const info = await clusterInfo(port);
    if (
      info?.cluster_state !== 'ok' ||
      info.cluster_known_nodes !== String(CLUSTER_NODES.length) ||
      info.cluster_slots_assigned !== '16384'
    )
      return false;
  }
  return true;
};

const nodeDir = (port: number): string => join(clusterDir, String(port));

/** Starts one node's redis-server from its configuration (its data and nodes.conf kept). */
const startNode = async (port: number, busPort: number): Promise<void> => {
  const dir = nodeDir(port);
  mkdirSync(dir, { recursive: true });
  const configFile = join(dir, 'redis.conf');
  writeFileSync(configFile, clusterNodeConfig(port, busPort, dir));
  const name = clusterNodeName(port);
  startDetached(name, 'redis-server', [configFile]);
  await waitUntil(
    `Redis Cluster node ${port}`,
    async () => (await clusterInfo(port)) !== null,
    20_000,
    `${name}.log`,
    () => ownPid(name) !== null,
  );
};

/**
 * Uses the cluster when it already runs whole; else starts the three nodes afresh (a throwaway cluster: no data is
 * kept from one `stack:up` to the next) and joins them with `redis-cli --cluster create`.
 */
export const startRedisCluster = async (): Promise<Record<string, string>> => {
  const ports = CLUSTER_NODES.map((n) => n.port).join(', ');
  if (await clusterOk()) {
    say(
      `Redis Cluster on 127.0.0.1 ports ${ports} already answers${CLUSTER_NODES.every((n) => ownPid(clusterNodeName(n.port))) ? ' (started by this stack)' : ' (not ours: reusing it)'}`,
    );
    return writeClusterEnv();
  }
  requireCommand('redis-server', 'install redis-server (apt-get install redis-server)');
  requireCommand('redis-cli', 'install redis-tools (apt-get install redis-tools)');
  for (const { port, busPort } of CLUSTER_NODES) {
    if (ownPid(clusterNodeName(port)) !== null) await stopOwn(clusterNodeName(port), 5_000);
    for (const p of [port, busPort])
      if (await portOpen(p)) throw new StackError(`port ${p} is taken by something that is not this stack's Redis Cluster`);
  }
  rmSync(clusterDir, { recursive: true, force: true });
  say(`starting a three-master Redis Cluster on 127.0.0.1 ports ${ports}...`);
  await Promise.all(CLUSTER_NODES.map(({ port, busPort }) => startNode(port, busPort)));
  const created = spawnSync(
    'redis-cli',
    ['--cluster', 'create', ...CLUSTER_NODES.map((n) => `127.0.0.1:${n.port}`), '--cluster-replicas', '0', '--cluster-yes'],
    { encoding: 'utf8' },
  );
  mkdirSync(logDir, { recursive: true });
  writeFileSync(join(logDir, 'redis-cluster-create.log'), `${created.stdout}${created.stderr}`);
  if (created.status !== 0)
    throw new StackError(`redis-cli --cluster create failed (exit ${created.status}):\n${created.stdout}${created.stderr}`);
  await waitUntil('the Redis Cluster', clusterOk, 30_000, 'redis-cluster-create.log');
  say(`Redis Cluster up: three masters on 127.0.0.1 ports ${ports}, 16384 slots served`);
  return writeClusterEnv();
};

/** Leaves redis-cluster/cluster.env (`set -a; . .stack/redis-cluster/cluster.env`) and returns the environment. */
const writeClusterEnv = (): Record<string, string> => {
  const env = clusterEnv();
  mkdirSync(clusterDir, { recursive: true });
  writeFileSync(
    join(clusterDir, 'cluster.env'),
    Object.entries(env)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(''),
  );
  return env;
};

/**
 * Kills one master (SIGKILL: no shutdown save) and starts it again on the same port, from its append-only file and
 * nodes.conf; resolves once the cluster is whole again. For the tests of riding through a restarted master.
 * `emptied`: its data is deleted while it is down (nodes.conf kept): it comes back serving its slots, empty.
 */
export const restartClusterNode = async (port: number, downMs = 0, options: { emptied?: boolean } = {}): Promise<void> => {
  const node = CLUSTER_NODES.find((n) => n.port === port);
  if (!node) throw new StackError(`${port} is not a port of the local Redis Cluster (${CLUSTER_NODES.map((n) => n.port).join(', ')})`);
  if (!(await stopOwn(clusterNodeName(port), 0))) throw new StackError(`the Redis Cluster node on ${port} was not started by this stack`);
  if (options.emptied)
    for (const data of ['appendonlydir', 'dump.rdb']) rmSync(join(nodeDir(port), data), { recursive: true, force: true });
  if (downMs > 0) await new Promise((r) => setTimeout(r, downMs));
  await startNode(node.port, node.busPort);
  await waitUntil('the Redis Cluster after a restart', clusterOk, 30_000, `${clusterNodeName(port)}.log`);
};

/** Stops the nodes this stack started; says which. */
export const stopRedisCluster = async (): Promise<void> => {
  for (const { port } of CLUSTER_NODES) if (await stopOwn(clusterNodeName(port))) say(`stopped Redis Cluster node ${port}`);
};

/** One status line per node, when any runs or was started by this stack. */
export const clusterStatus = async (): Promise<string[]> => {
  const lines: string[] = [];
  for (const { port } of CLUSTER_NODES) {
    const pid = ownPid(clusterNodeName(port));
    const info = await clusterInfo(port);
    if (pid === null && info === null) continue;
    const state = info ? `cluster ${info.cluster_state}, ${info.cluster_known_nodes} nodes` : 'not answering';
    lines.push(
      `${`Redis Cluster`.padEnd(16)} ${info ? 'up  ' : 'down'}  127.0.0.1:${port}  (${state}${pid ? `; pid ${pid}, started by this stack` : ''})`,
    );
  }
  return lines;
};
