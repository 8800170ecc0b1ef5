import { COMPATIBILITY, SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { readFileSync } from 'node:fs';
import { schemaText } from '../services/shared/schemas.js';
import {
  configFor,
  readPlaceStatesUntil,
  requireServices,
  runCli,
  startCli,
  statusByName,
  stopWorkersAndClearState,
  testEnv,
  type RunningProcess,
} from './support/testEnv.js';

const gold = JSON.parse(readFileSync(new URL('../../shared/eval/seeds.gold.json', import.meta.url), 'utf8')) as {
  places: Record<string, string>;
};

/**
 * claimwire's subjects are shared with whoever else writes the topics. Another producer that auto-registers with a
 * plain Confluent client may set a subject's compatibility to NONE; a process killed between registering a subject
 * and configuring it leaves the subject without its own setting. Neither may stop a claimwire process.
 */
describe('subjects registered and configured by someone else', () => {
  const env = testEnv('subjects');
  const config = configFor(env);
  let workers: RunningProcess[] = [];

  beforeAll(() => requireServices(config));
  afterAll(() => stopWorkersAndClearState(workers, config));

  it('let the seeds flow to the place-states topic', async () => {
    const registry = new SchemaRegistry({ host: config.schemaRegistryUrl });
    // Another producer, auto-registering through a plain Confluent client with compatibility NONE.
    for (const [topic, kind] of [
      [config.topics.articles, 'Article'],
      [config.topics.claims, 'Claim'],
    ] as const)
      await registry.register(
        { type: SchemaType.AVRO, schema: schemaText(kind) },
        { subject: `${topic}-value`, compatibility: COMPATIBILITY.NONE },
      );
    // A process killed between registering the subject and configuring its compatibility.
    const response = await fetch(`${config.schemaRegistryUrl}/subjects/${config.topics.reconciled}-value/versions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/vnd.schemaregistry.v1+json' },
      body: JSON.stringify({ schema: schemaText('PlaceState') }),
    });
    expect(response.status).toBe(200);

    workers = [startCli(['worker', 'extractor'], env), startCli(['worker', 'reconciler'], env)];
    const replay = await runCli(['replay', 'seeds/'], env);
    expect(replay.stderr).toContain('published 5 articles');
    expect(replay.code).toBe(0);
    const states = await readPlaceStatesUntil(
      config,
      (s) => Object.entries(gold.places).every(([place, status]) => statusByName(s.values())[place] === status),
      90_000,
    );
    expect(statusByName(states.values())).toMatchObject(gold.places);
    expect(workers.every((w) => !/Compatibility does not match/.test(w.output()))).toBe(true);
  }, 150_000);
});
