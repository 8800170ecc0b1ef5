import { Kafka, logLevel } from 'kafkajs';
import {
  configFor,
  eventually,
  groupProgress,
  metricsPortOf,
  requireServices,
  runCli,
  startCli,
  stopWorkersAndClearState,
  testEnv,
  type RunningProcess,
} from './support/testEnv.js';
import { readiness, scrape, total } from './support/scrape.js';

/**
 * Each worker serves Prometheus metrics on a port of its own (CLAIMWIRE_METRICS_PORT=0: a free one, logged): the
 * seeds through the extractor and the reconciler show up as records in and out per topic, no dead letters and no lag;
 * one bad record as one dead letter with its reason.
 */
describe('worker metrics', () => {
  const env = testEnv('metrics', { LOG_LEVEL: 'info', CLAIMWIRE_METRICS_PORT: '0', CLAIMWIRE_HEALTH_INTERVAL_MS: '500' });
  const config = configFor(env);
  let workers: RunningProcess[] = [];

  beforeAll(() => requireServices(config));
  afterAll(() => stopWorkersAndClearState(workers, config));

  it('count the seeds in and their claims out, then one dead letter with its reason, and the lag falls to 0', async () => {
    const extractor = startCli(['worker', 'extractor'], env);
    const reconciler = startCli(['worker', 'reconciler'], env);
    workers = [extractor, reconciler];
    const [extractorPort, reconcilerPort] = await Promise.all([metricsPortOf(extractor), metricsPortOf(reconciler)]);
    expect(extractorPort).not.toBe(reconcilerPort);
    await eventually(
      () => readiness(extractorPort),
      (r) => r.status === 200,
      60_000,
      'extractor ready',
    );
    await eventually(
      () => readiness(reconcilerPort),
      (r) => r.status === 200,
      60_000,
      'reconciler ready',
    );

    const replay = await runCli(['replay', 'seeds/'], env);
    expect(replay.code).toBe(0);
    // Every claim the extractor wrote is committed by the reconciler.
    const claims = await eventually(
      async () => ({
        articles: await groupProgress(config.kafkaBrokers, config.extractorGroup, config.topics.articles),
        claims: await groupProgress(config.kafkaBrokers, config.reconcilerGroup, config.topics.claims),
      }),
      (p) => p.articles.done === 5 && p.claims.total > 0 && p.claims.done === p.claims.total,
      90_000,
      'the seeds through both workers',
    ).then((p) => p.claims.total);
    const states = (await groupProgress(config.kafkaBrokers, 'nobody', config.topics.reconciled)).total;

    const extracted = await eventually(
      () => scrape(extractorPort),
      (m) => total(m, 'claimwire_records_out_total') === claims,
      10_000,
      'extractor counts',
    );
    expect(total(extracted, 'claimwire_records_in_total', { topic: config.topics.articles })).toBe(5);
    expect(total(extracted, 'claimwire_records_out_total', { topic: config.topics.claims })).toBe(claims);
    expect(total(extracted, 'claimwire_dead_letters_total')).toBe(0);
    expect(total(extracted, 'claimwire_record_processing_seconds_count')).toBe(5);

    const reconciled = await scrape(reconcilerPort);
    expect(total(reconciled, 'claimwire_records_in_total', { topic: config.topics.claims })).toBe(claims);
    expect(total(reconciled, 'claimwire_records_out_total', { topic: config.topics.reconciled })).toBe(states);
    expect(total(reconciled, 'claimwire_dead_letters_total')).toBe(0);
    expect(total(reconciled, 'claimwire_service_up', { service: 'redis' })).toBe(1);
    expect(reconciled.some((s) => s.name === 'claimwire_redis_script_retries_total')).toBe(true);

    // Lag per partition, for every partition of the input topic, falls to 0.
    for (const [port, topic] of [
      [extractorPort, config.topics.articles],
      [reconcilerPort, config.topics.claims],
    ] as const) {
      const lags = await eventually(
        async () => (await scrape(port)).filter((s) => s.name === 'claimwire_consumer_lag' && s.labels.topic === topic),
        (l) => l.length === config.partitions && l.every((s) => s.value === 0),
        20_000,
        `lag of ${topic}`,
      );
      expect(lags.map((s) => s.labels.partition).sort()).toEqual(['0', '1', '2']);
    }

    // One record that is not Avro: one dead letter, counted under its reason.
    const kafka = new Kafka({ clientId: 'test-metrics', brokers: config.kafkaBrokers, logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: config.topics.articles, messages: [{ key: 'junk', value: Buffer.from('not avro') }] });
    await producer.disconnect();
    const afterBad = await eventually(
      () => scrape(extractorPort),
      (m) => total(m, 'claimwire_dead_letters_total') > 0,
      30_000,
      'the dead letter counted',
    );
    expect(total(afterBad, 'claimwire_dead_letters_total')).toBe(1);
    expect(total(afterBad, 'claimwire_dead_letters_total', { reason: 'not-wire-format' })).toBe(1);
    expect(total(afterBad, 'claimwire_records_in_total', { topic: config.topics.articles })).toBe(6);

    for (const w of workers) w.child.kill('SIGTERM');
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);
  }, 240_000);
});
