import { randomBytes } from 'node:crypto';
import { Kafka, logLevel, type Consumer, type Producer } from 'kafkajs';
import type { Config } from '../services/shared/config.js';

export interface PassThroughResult {
  records: number;
  hops: number;
  seconds: number;
  recordsPerSecond: number;
}

/**
 * The ceiling: records of the pipeline's sizes moved by kafkajs through the same number of hops
 * (produce → consume → produce → consume → produce → consume) with no processing at all.
 */
export const measurePassThrough = async (config: Config, sizes: number[], hops = 3): Promise<PassThroughResult> => {
  const kafka = new Kafka({ clientId: 'bench-ceiling', brokers: config.kafkaBrokers, logLevel: logLevel.NOTHING });
  const run = randomBytes(3).toString('hex');
  const topics = Array.from({ length: hops }, (_, i) => `bench.ceiling.${run}.${i}`);
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: topics.map((topic) => ({ topic, numPartitions: config.partitions, replicationFactor: 1 })),
  });
  await admin.disconnect();

  const producers: Producer[] = [];
  const consumers: Consumer[] = [];
  const payloads = sizes.map((size, i) => ({ key: `k${i}`, value: randomBytes(size) }));
  let delivered = 0;
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));

  for (let hop = 0; hop < hops; hop++) {
    const consumer = kafka.consumer({ groupId: `bench-ceiling-${run}-${hop}`, maxWaitTimeInMs: 50 });
    await consumer.connect();
    await consumer.subscribe({ topic: topics[hop]!, fromBeginning: true });
    consumers.push(consumer);
    const next = topics[hop + 1];
    const producer = next ? kafka.producer({ idempotent: true, maxInFlightRequests: 1 }) : null;
    if (producer) {
      await producer.connect();
      producers.push(producer);
    }
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch }) => {
        if (producer && next) await producer.send({ topic: next, messages: batch.messages.map((m) => ({ key: m.key, value: m.value })) });
        await consumer.commitOffsets([
          { topic: batch.topic, partition: batch.partition, offset: (BigInt(batch.lastOffset()) + 1n).toString() },
        ]);
        if (!producer) {
          delivered += batch.messages.length;
          if (delivered >= payloads.length) finish();
        }
      },
    });
  }

  const source = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await source.connect();
  producers.push(source);
  const started = process.hrtime.bigint();
  for (let i = 0; i < payloads.length; i += 500) await source.send({ topic: topics[0]!, messages: payloads.slice(i, i + 500) });
  await done;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  await Promise.all([...consumers.map((c) => c.disconnect()), ...producers.map((p) => p.disconnect())]);
  const cleanup = kafka.admin();
  await cleanup.connect();
  await cleanup.deleteTopics({ topics }).catch(() => undefined);
  await cleanup.disconnect();
  return { records: payloads.length, hops, seconds, recordsPerSecond: payloads.length / seconds };
};
