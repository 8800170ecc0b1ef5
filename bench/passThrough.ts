import { randomBytes } from 'node:crypto';
import { Kafka, logLevel, type Consumer, type Producer } from 'kafkajs';
import type { Config } from '../services/shared/config.js';

export interface PassThroughResult {
  /** Records that entered each hop: the pipeline's articles, claims and place states. */
  recordsPerHop: number[];
  seconds: number;
  /** First-hop records (articles) per second, comparable with the pipeline's articles per second. */
  articlesPerSecond: number;
  /** All records produced, over all hops, per second. */
  recordsPerSecond: number;
}

/**
 * The ceiling: the pipeline's records — as many, of the same sizes, on each hop — moved by kafkajs through the
 * same hops (produce → consume → produce → consume → produce → consume) with no processing. `sizes[h]` lists
 * the sizes of the records hop h carries; a consumer fans each record it receives out to its share of the next
 * hop's records (an article becomes its claims; claims become fewer place states), as the workers do.
 * Consumers commit after each batch's sends are acknowledged, as the workers do.
 */
export const measurePassThrough = async (config: Config, sizes: number[][]): Promise<PassThroughResult> => {
  const kafka = new Kafka({ clientId: 'bench-ceiling', brokers: config.kafkaBrokers, logLevel: logLevel.NOTHING });
  const hops = sizes.length;
  const run = randomBytes(3).toString('hex');
  const topics = Array.from({ length: hops }, (_, i) => `bench.ceiling.${run}.${i}`);
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: topics.map((topic) => ({ topic, numPartitions: config.partitions, replicationFactor: 1 })),
  });
  await admin.disconnect();

  const payloads = sizes.map((hop, h) => hop.map((size, i) => ({ key: `k${h}-${i}`, value: randomBytes(size) })));
  const producers: Producer[] = [];
  const consumers: Consumer[] = [];
  let delivered = 0;
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));

  for (let hop = 0; hop < hops; hop++) {
    const consumer = kafka.consumer({ groupId: `bench-ceiling-${run}-${hop}`, maxWaitTimeInMs: 100 });
    await consumer.connect();
    await consumer.subscribe({ topic: topics[hop]!, fromBeginning: true });
    consumers.push(consumer);
    const next = payloads[hop + 1];
    const producer = next ? kafka.producer({ idempotent: true, maxInFlightRequests: 1 }) : null;
    if (producer) {
      await producer.connect();
      producers.push(producer);
    }
    // Record j of this hop owns the next hop's records from floor(j·m/n) up to floor((j+1)·m/n).
    const incoming = payloads[hop]!.length;
    let seen = 0;
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: 4,
      eachBatch: async ({ batch }) => {
        const first = seen;
        seen += batch.messages.length;
        if (producer && next) {
          const from = Math.floor((first * next.length) / incoming);
          const to = Math.floor((seen * next.length) / incoming);
          if (to > from) await producer.send({ topic: topics[hop + 1]!, messages: next.slice(from, to) });
        }
        await consumer.commitOffsets([
          { topic: batch.topic, partition: batch.partition, offset: (BigInt(batch.lastOffset()) + 1n).toString() },
        ]);
        if (!producer) {
          delivered += batch.messages.length;
          if (delivered >= incoming) finish();
        }
      },
    });
  }

  const source = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await source.connect();
  producers.push(source);
  const started = process.hrtime.bigint();
  const articles = payloads[0]!;
  for (let i = 0; i < articles.length; i += 500) await source.send({ topic: topics[0]!, messages: articles.slice(i, i + 500) });
  await done;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  await Promise.all([...consumers.map((c) => c.disconnect()), ...producers.map((p) => p.disconnect())]);
  const cleanup = kafka.admin();
  await cleanup.connect();
  await cleanup.deleteTopics({ topics }).catch(() => undefined);
  await cleanup.disconnect();
  const total = sizes.reduce((n, hop) => n + hop.length, 0);
  return {
    recordsPerHop: sizes.map((hop) => hop.length),
    seconds,
    articlesPerSecond: articles.length / seconds,
    recordsPerSecond: total / seconds,
  };
};
