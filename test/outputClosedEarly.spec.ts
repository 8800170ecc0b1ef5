import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reconcile } from '../services/reconciler/reconcile.js';
import { claim } from '../services/reconciler/testing/claimFixtures.js';
import { RegistryCodec } from '../services/shared/codec/registryCodec.js';
import { KafkaTransport } from '../services/shared/transport/kafkaTransport.js';
import { pipelineTopics } from '../services/cli/topics.js';
import { cliPath, configFor, repoRoot, requireServices, silentLogger, testEnv } from './support/testEnv.js';

/** Runs the CLI, reads its first line of output and closes the pipe, as `| head -1` does. */
const firstLineThenClose = (args: string[], env: Record<string, string>): Promise<{ code: number | null; first: string; stderr: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let first = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      first += d.toString();
      if (first.includes('\n')) {
        first = first.slice(0, first.indexOf('\n'));
        child.stdout.destroy();
      }
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`claimwire ${args.join(' ')} did not end after its reader went; stderr: ${stderr}`));
    }, 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, first, stderr });
    });
  });

/** `claimwire … | head -1`: the command ends quietly with exit 0 when its reader goes (EPIPE), no stack trace. */
describe('output closed early', () => {
  const env = testEnv('epipe', { CLAIMWIRE_PARTITIONS: '1' });
  const config = configFor(env);

  beforeAll(() => requireServices(config));

  it('extract --json | head -1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimwire-epipe-'));
    const seeds = (await readdir(join(repoRoot, 'seeds'))).filter((f) => f.endsWith('.txt'));
    for (let copy = 0; copy < 8; copy++)
      for (const seed of seeds) await copyFile(join(repoRoot, 'seeds', seed), join(dir, `${copy}-${seed}`));
    const result = await firstLineThenClose(['extract', dir, '--json'], env);
    expect(JSON.parse(result.first)).toMatchObject({ article: expect.stringMatching(/\.txt$/) });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  }, 90_000);

  it('watch --from-beginning | head -1', async () => {
    const transport = new KafkaTransport({ brokers: config.kafkaBrokers, clientId: 'test-epipe', logger: silentLogger });
    const codec = new RegistryCodec(config.schemaRegistryUrl);
    try {
      await transport.ensureTopics(pipelineTopics(config));
      const records = [];
      for (let i = 0; i < 400; i++) {
        const state = reconcile([claim({ place: `Place ${i}`, side: 'UA', stance: 'CONTROL', controller: 'UA', claimedAt: '2024-02-17' })]);
        records.push({ key: state.placeKey, value: await codec.encode(config.topics.reconciled, 'PlaceState', state) });
      }
      await transport.send(config.topics.reconciled, records);
    } finally {
      await transport.close();
    }
    const result = await firstLineThenClose(['watch', '--from-beginning', '--json'], env);
    expect(JSON.parse(result.first)).toMatchObject({ status: 'ONE_SIDED' });
    expect(result.stderr).not.toMatch(/EPIPE|Error|^\s+at /m);
    expect(result.code).toBe(0);
  }, 90_000);
});
