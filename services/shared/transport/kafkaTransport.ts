import kafkajs, { Kafka, logLevel, Partitioners, type Admin, type Consumer, type IHeaders, type Producer, type LogEntry } from 'kafkajs';

// kafkajs is CommonJS: its enums are on the default export only.
const { ConfigResourceTypes, ConfigSource } = kafkajs;
import type { Logger } from '../logger.js';
import { logGroupJoin } from './groupJoinLog.js';
import type { KafkaConnection } from '../security/kafkaConnection.js';
import type { OutgoingBytes, RawRecord, SubscribeOptions, Subscription, Transport, TopicSpec } from './transport.js';

export interface KafkaTransportOptions {
  brokers: string[];
  clientId: string;
  logger: Logger;
  /** TLS and SASL (services/shared/security/kafkaConnection.ts); plaintext when absent. */
  connection?: KafkaConnection;
  /** Called when a consumer stops for good; a worker exits non-zero so that its supervisor restarts it. */
  onFatal?: (error: Error) => void;
  /** Called with each error kafkajs logs (for the worker's last-error metric). */
  onError?: (message: string) => void;
}

/** How long a member that vanished keeps its partitions: what a worker restarted after a crash waits to join. */
const SESSION_TIMEOUT_MS = 30_000;

/** Record headers as text (claimwire writes only text headers); none: no field, as records without headers are. */
const headersOf = (headers: IHeaders | undefined): { headers?: Record<string, string> } => {
  const entries = Object.entries(headers ?? {}).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return {};
  return { headers: Object.fromEntries(entries.map(([k, v]) => [k, Array.isArray(v) ? String(v[v.length - 1]) : String(v)])) };
};

/** Record limit of the compacted states topic and, at creation, of the dead-letter topic: 8 MiB. */
const LARGE_RECORD_LIMIT = 8 * 1024 * 1024;
/** Room for a dead letter's metadata beside the original key and value (its reason is bounded far below this). */
export const DEAD_LETTER_OVERHEAD = 64 * 1024;

/** Each topic's effective `max.message.bytes`, and the settings set on the topic itself. */
const recordLimits = async (
  admin: Admin,
  topics: string[],
): Promise<Map<string, { limit: number; overrides: { name: string; value: string }[] }>> => {
  const { resources } = await admin.describeConfigs({
    includeSynonyms: false,
    resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name })),
  });
  return new Map(
    resources.map((r) => [
      r.resourceName,
      {
        limit: Number(r.configEntries.find((e) => e.configName === 'max.message.bytes')?.configValue ?? 0),
        overrides: r.configEntries
          .filter((e) => !e.isDefault && !e.readOnly && e.configSource === ConfigSource.TOPIC_CONFIG)
          .map((e) => ({ name: e.configName, value: e.configValue })),
      },
    ]),
  );
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Retries an admin call while kafkajs calls its error retriable (a partition whose leader is still being elected,
 * metadata not yet propagated): the admin client does not retry these on its own for offset look-ups.
 */
export const whileRetriable = async <T>(work: () => Promise<T>, attempts = 20): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || (error as { retriable?: unknown }).retriable !== true) throw error;
      await sleep(Math.min(100 * attempt, 1_000));
    }
  }
};

/** Errors by which the broker says it no longer knows this idempotent producer's sequence (it restarted uncleanly). */
const PRODUCER_STATE_LOST = new Set(['OUT_OF_ORDER_SEQUENCE_NUMBER', 'UNKNOWN_PRODUCER_ID', 'INVALID_PRODUCER_EPOCH']);

/** Whether a send failed because the broker lost the producer's state: kafkajs calls it final, a new producer is not. */
export const producerStateLost = (error: unknown): boolean => {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 8; depth++) {
    const e = current as { type?: unknown; message?: unknown; cause?: unknown; originalError?: unknown };
    if (typeof e.type === 'string' && PRODUCER_STATE_LOST.has(e.type)) return true;
    if (typeof e.message === 'string' && /out of order sequence number/i.test(e.message)) return true;
    current = e.cause ?? e.originalError;
  }
  return false;
};

/** kafkajs behind the Transport interface: an idempotent producer, consumers that commit only after their batch is done. */
export class KafkaTransport implements Transport {
  private readonly kafka: Kafka;
  private producer: Promise<Producer> | null = null;
  private readonly consumers = new Set<Consumer>();

  constructor(private readonly options: KafkaTransportOptions) {
    const log = options.logger.child({ component: 'kafkajs' });
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      ...options.connection,
      logLevel: logLevel.WARN,
      retry: { initialRetryTime: 300, retries: 12, maxRetryTime: 10_000 },
      logCreator:
        () =>
        ({ level, log: entry }: LogEntry) => {
          const { message, ...rest } = entry;
          if (level <= logLevel.ERROR) {
            log.error(rest, message);
            options.onError?.(message);
          } else log.warn(rest, message);
        },
    });
  }

  async ensureTopics(specs: TopicSpec[]): Promise<void> {
    const admin: Admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const missing = specs.filter((s) => !existing.has(s.topic));
      if (missing.length)
        await admin.createTopics({
          waitForLeaders: true,
          topics: missing.map((s) => ({
            topic: s.topic,
            numPartitions: s.partitions,
            replicationFactor: 1,
            configEntries: [
              ...(s.compacted ? [{ name: 'cleanup.policy', value: 'compact' }] : []),
              ...(s.compacted || s.deadLettersOf ? [{ name: 'max.message.bytes', value: String(LARGE_RECORD_LIMIT) }] : []),
            ],
          })),
        });
      // A topic another process created meanwhile is not waited for by createTopics: wait for every leader here,
      // or a first offset look-up can meet a partition that has none yet.
      await this.waitForLeaders(
        admin,
        specs.map((s) => s.topic),
      );
      for (const spec of specs) if (spec.deadLettersOf?.length) await this.fitDeadLetters(admin, spec.topic, spec.deadLettersOf);
    } finally {
      await admin.disconnect();
    }
  }

  /** Until every partition of `topics` has a leader (30 s at most, then the metadata's own error). */
  private async waitForLeaders(admin: Admin, topics: string[], timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const metadata = await admin.fetchTopicMetadata({ topics });
        if (metadata.topics.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0))) return;
        if (Date.now() > deadline) throw new Error(`topics ${topics.join(', ')} still have partitions without a leader`);
      } catch (error) {
        if (Date.now() > deadline || (error as { retriable?: unknown }).retriable !== true) throw error;
      }
      await sleep(100);
    }
  }

  /**
   * A dead letter carries its record's bytes plus metadata, so the dead-letter topic's record limit must exceed the
   * limit of every topic it serves, or a record near that limit could never be dead-lettered and would stop its
   * worker for good. Raised here (keeping the topic's other settings) when someone lowered it or raised theirs.
   */
  private async fitDeadLetters(admin: Admin, topic: string, sources: string[]): Promise<void> {
    const limits = await recordLimits(admin, [topic, ...sources]);
    const needed = Math.max(...sources.map((s) => limits.get(s)?.limit ?? 0)) + DEAD_LETTER_OVERHEAD;
    const own = limits.get(topic);
    if (!own || own.limit >= needed) return;
    await admin.alterConfigs({
      validateOnly: false,
      resources: [
        {
          type: ConfigResourceTypes.TOPIC,
          name: topic,
          configEntries: [
            ...own.overrides.filter((e) => e.name !== 'max.message.bytes'),
            { name: 'max.message.bytes', value: String(needed) },
          ],
        },
      ],
    });
    this.options.logger.info(
      { topic, from: own.limit, to: needed },
      `raised the record limit of ${topic} above that of the topics it keeps dead letters for`,
    );
  }

  /**
   * Sends through the idempotent producer. A broker killed and restarted can come back without this producer's
   * sequence state and refuse its next batch for good (OUT_OF_ORDER_SEQUENCE_NUMBER); the send is then made again
   * from a new producer. Records the old one had written may be written twice: claim ids and the Redis script make a
   * repeat harmless, as after any crash.
   */
  async send(topic: string, records: OutgoingBytes[]): Promise<void> {
    if (records.length === 0) return;
    const messages = records.map((r) => ({ key: r.key, value: r.value, ...(r.headers ? { headers: r.headers } : {}) }));
    for (let attempt = 1; ; attempt++) {
      const pending = this.connectedProducer();
      const producer = await pending;
      try {
        await producer.send({ topic, messages });
        return;
      } catch (error) {
        if (attempt >= 3 || !producerStateLost(error)) throw error;
        this.options.logger.warn(
          { topic, reason: error instanceof Error ? error.message : String(error) },
          'the broker lost the producer state (it restarted): sending again from a new producer',
        );
        if (this.producer === pending) {
          this.producer = null;
          void producer.disconnect().catch(() => undefined);
        }
      }
    }
  }

  async subscribe(
    topic: string,
    groupId: string,
    handleBatch: (records: RawRecord[]) => Promise<void>,
    options: SubscribeOptions = {},
  ): Promise<Subscription> {
    const consumer = this.kafka.consumer({ groupId, maxWaitTimeInMs: 100, sessionTimeout: SESSION_TIMEOUT_MS, heartbeatInterval: 3_000 });
    this.consumers.add(consumer);
    const stopJoinLog = logGroupJoin(
      {
        onJoin: (listener) => consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => listener(payload.memberAssignment)),
        onRebalance: (listener) => consumer.on(consumer.events.REBALANCING, () => listener()),
      },
      this.options.logger,
      { groupId, topic, sessionTimeoutMs: SESSION_TIMEOUT_MS },
    );
    // A crash kafkajs will not restart from (a non-retriable error) must not leave a live process that consumes nothing.
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart) this.options.onFatal?.(new Error(`consumer of ${topic} stopped: ${payload.error.message}`));
    });
    await consumer.connect();
    const startAt = options.startAt;
    const commit = options.commit ?? true;
    await consumer.subscribe({ topic, fromBeginning: options.fromBeginning ?? !startAt });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      // Partitions are independent (a place lives in one), so their batches may be in flight together:
      // a worker waiting on Kafka or Redis for one partition keeps working on the others.
      partitionsConsumedConcurrently: 4,
      eachBatch: async ({ batch, heartbeat, isRunning, isStale, resolveOffset }) => {
        if (!isRunning() || isStale() || batch.messages.length === 0) return;
        const records: RawRecord[] = batch.messages.map((m) => ({
          topic: batch.topic,
          partition: batch.partition,
          offset: m.offset,
          key: m.key,
          value: m.value,
          ...headersOf(m.headers),
        }));
        await handleBatch(records);
        // Only now is the batch's effect durable: mark it consumed and commit, in that order.
        resolveOffset(batch.lastOffset());
        const next = (BigInt(batch.lastOffset()) + 1n).toString();
        if (commit) await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: next }]);
        options.onCommitted?.({
          topic: batch.topic,
          partition: batch.partition,
          lag: Math.max(0, Number(BigInt(batch.highWatermark) - BigInt(next))),
        });
        await heartbeat();
      },
    });
    // run() returns once the group is joined; a seek applies from the next fetch of the partition.
    for (const [partition, offset] of startAt ?? []) consumer.seek({ topic, partition, offset });
    return {
      stop: async () => {
        stopJoinLog();
        await consumer.disconnect();
        this.consumers.delete(consumer);
      },
    };
  }

  async endOffsets(topic: string): Promise<Map<number, string>> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      return new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, p.high]));
    } finally {
      await admin.disconnect();
    }
  }

  /** How many records a topic holds now (from its first kept offset to its end, over all partitions). */
  async countRecords(topic: string): Promise<number> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      return (await admin.fetchTopicOffsets(topic)).reduce((n, p) => n + Math.max(0, Number(p.high) - Number(p.low)), 0);
    } finally {
      await admin.disconnect();
    }
  }

  /**
   * Reads a topic from its first record to the end it has now, through a consumer group of its own:
   * a throwaway group (`groupId` omitted) reads everything; a named group commits and resumes.
   */
  async readToEnd(topic: string, handleBatch: (records: RawRecord[]) => Promise<void>, groupId?: string): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    const ends = new Map<number, bigint>();
    try {
      for (const p of await whileRetriable(() => admin.fetchTopicOffsets(topic))) ends.set(p.partition, BigInt(p.high));
      if (groupId) {
        const [committed] = await whileRetriable(() => admin.fetchOffsets({ groupId, topics: [topic] }));
        for (const p of committed?.partitions ?? [])
          if (p.offset !== '-1' && BigInt(p.offset) >= (ends.get(p.partition) ?? 0n)) ends.delete(p.partition);
      }
    } finally {
      await admin.disconnect();
    }
    for (const [partition, high] of ends) if (high === 0n) ends.delete(partition);
    if (ends.size === 0) return;

    const group = groupId ?? `${this.options.clientId}-read-${process.pid}-${Date.now()}`;
    const consumer = this.kafka.consumer({ groupId: group, maxWaitTimeInMs: 100 });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      let done!: () => void;
      const finished = new Promise<void>((resolve) => (done = resolve));
      let failure: unknown = null;
      await consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        eachBatch: async ({ batch, resolveOffset }) => {
          const high = ends.get(batch.partition);
          if (high === undefined) return;
          const records = batch.messages
            .filter((m) => high !== undefined && BigInt(m.offset) < high)
            .map((m) => ({
              topic: batch.topic,
              partition: batch.partition,
              offset: m.offset,
              key: m.key,
              value: m.value,
              ...headersOf(m.headers),
            }));
          try {
            if (records.length) await handleBatch(records);
          } catch (error) {
            failure = error;
            done();
            return;
          }
          resolveOffset(batch.lastOffset());
          if (records.length) {
            const next = BigInt(records[records.length - 1]!.offset) + 1n;
            await consumer.commitOffsets([{ topic, partition: batch.partition, offset: next.toString() }]);
            if (high !== undefined && next >= high) ends.delete(batch.partition);
          }
          if (ends.size === 0) done();
        },
      });
      await finished;
      if (failure) throw failure;
    } finally {
      await consumer.disconnect();
      if (!groupId) await this.deleteGroup(group);
    }
  }

  private async deleteGroup(groupId: string): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await admin.deleteGroups([groupId]);
    } catch {
      // A group that is already gone, or still settling, is no reason to fail the read.
    } finally {
      await admin.disconnect();
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers].map((c) => c.disconnect()));
    this.consumers.clear();
    if (this.producer) await (await this.producer).disconnect();
    this.producer = null;
  }

  private connectedProducer(): Promise<Producer> {
    if (!this.producer) {
      // Idempotent: a retried send after a lost acknowledgement is not written twice. Its retries are unbounded
      // (as idempotence requires): a broker that restarts is waited for, with backoff.
      const producer = this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        createPartitioner: Partitioners.DefaultPartitioner,
        retry: { initialRetryTime: 300, maxRetryTime: 10_000, retries: Number.MAX_SAFE_INTEGER },
      });
      this.producer = producer.connect().then(() => producer);
      this.producer.catch(() => {
        this.producer = null;
      });
    }
    return this.producer;
  }
}
