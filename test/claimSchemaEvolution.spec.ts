import { readFileSync } from 'node:fs';
import { RegistryCodec } from '../services/shared/codec/registryCodec.js';
import type { Claim } from '../services/shared/model.js';
import { schemaText } from '../services/shared/schemas.js';
import { KafkaTransport } from '../services/shared/transport/kafkaTransport.js';
import type { RawRecord } from '../services/shared/transport/transport.js';
import { publishArticles } from '../services/producer/publishArticles.js';
import { articleFromText } from '../services/producer/articleFiles.js';
import {
  configFor,
  requireServices,
  silentLogger,
  startCli,
  stopWorkersAndClearState,
  testEnv,
  type RunningProcess,
} from './support/testEnv.js';

const before = readFileSync(new URL('./fixtures/Claim.before-rules.avsc', import.meta.url), 'utf8');

const register = async (registryUrl: string, subject: string, schema: string): Promise<{ status: number; body: string }> => {
  const response = await fetch(`${registryUrl}/subjects/${encodeURIComponent(subject)}/versions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/vnd.schemaregistry.v1+json' },
    body: JSON.stringify({ schema }),
  });
  return { status: response.status, body: await response.text() };
};

/**
 * Claims gained an optional `rules` field (the ids of the extractor rules that read them). The change is registered
 * over the previous Claim schema under the registry's BACKWARD rule, which would refuse an incompatible one, and a
 * claim the extractor worker publishes carries its rule ids.
 */
describe('the Claim schema with rule ids', () => {
  const env = testEnv('claim-rules', { CLAIMWIRE_PARTITIONS: '1' });
  const config = configFor(env);
  let workers: RunningProcess[] = [];

  beforeAll(() => requireServices(config));
  afterAll(() => stopWorkersAndClearState(workers, config));

  it('registers over the schema before it under BACKWARD, which refuses an incompatible change', async () => {
    const global = (await (await fetch(`${config.schemaRegistryUrl}/config`)).json()) as { compatibilityLevel: string };
    expect(global.compatibilityLevel).toBe('BACKWARD');
    const subject = `${config.topics.claims}-value`;
    expect((await register(config.schemaRegistryUrl, subject, before)).status).toBe(200);
    // The shipped codec registers the new version over it.
    const id = await new RegistryCodec(config.schemaRegistryUrl).schemaId(config.topics.claims, 'Claim');
    const versions = (await (
      await fetch(`${config.schemaRegistryUrl}/subjects/${encodeURIComponent(subject)}/versions`)
    ).json()) as number[];
    expect(versions).toHaveLength(2);
    expect(id).toBeGreaterThan(0);
    // A required field without a default would break readers of old claims: the registry refuses it.
    const incompatible = JSON.parse(schemaText('Claim')) as { fields: unknown[] };
    incompatible.fields.push({ name: 'mandatory', type: 'string' });
    const refused = await register(config.schemaRegistryUrl, subject, JSON.stringify(incompatible));
    expect(refused.status).toBe(409);
    expect(refused.body).toMatch(/incompatible/i);
  });

  it('is what the extractor worker publishes, each claim with the ids of its rules', async () => {
    workers = [startCli(['worker', 'extractor'], env)];
    const transport = new KafkaTransport({ brokers: config.kafkaBrokers, clientId: 'test-claim-rules', logger: silentLogger });
    const codec = new RegistryCodec(config.schemaRegistryUrl);
    const article = articleFromText(
      ' date 2024-02-17 Russian forces captured the town of Avdiivka, the Russian Defence Ministry said on Saturday.',
      'avdiivka.txt',
      undefined,
      '2024-02-17T12:00:00Z',
    );
    await publishArticles(transport, codec, config.topics.articles, [article]);
    const claims: Claim[] = [];
    const deadline = Date.now() + 60_000;
    while (claims.length === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      await transport.readToEnd(config.topics.claims, async (records: RawRecord[]) => {
        for (const r of records) claims.push((await codec.decode('Claim', r.value!)) as Claim);
      });
    }
    await transport.close();
    expect(claims.map((c) => [c.place.name, c.stance, c.rules])).toEqual([['Avdiivka', 'CONTROL', ['control.past', 'attribution.verb']]]);
  }, 90_000);
});
