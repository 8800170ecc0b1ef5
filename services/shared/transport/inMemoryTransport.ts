import type { OutgoingBytes, RawRecord, SubscribeOptions, Subscription, Transport, TopicSpec } from './transport.js';

interface Group {
  topic: string;
  cursor: number;
  handle: (records: RawRecord[]) => Promise<void>;
  stopped: boolean;
}

/**
 * An in-process log with Kafka's shape (topics, partitions by key hash, consumer groups with committed
 * cursors) for the embedded demo and unit tests. `idle()` resolves once every group has caught up.
 */
export class InMemoryTransport implements Transport {
  private readonly topics = new Map<string, { partitions: number; records: RawRecord[] }>();
  private readonly groups = new Map<string, Group>();
  private pumping: Promise<void> | null = null;
  private failure: unknown = null;
  private wanted = false;

  constructor(private readonly batchSize = 100) {}

  async ensureTopics(specs: TopicSpec[]): Promise<void> {
    for (const spec of specs) if (!this.topics.has(spec.topic)) this.topics.set(spec.topic, { partitions: spec.partitions, records: [] });
  }

  async send(topic: string, records: OutgoingBytes[]): Promise<void> {
    const log = this.log(topic);
    for (const r of records) {
      const key = r.key === null ? null : Buffer.from(r.key);
      log.records.push({ topic, partition: partitionOf(key, log.partitions), offset: String(log.records.length), key, value: r.value });
    }
    this.pump();
  }

  async subscribe(
    topic: string,
    groupId: string,
    handle: (records: RawRecord[]) => Promise<void>,
    options: SubscribeOptions = {},
  ): Promise<Subscription> {
    const group: Group = { topic, cursor: options.fromBeginning === false ? this.log(topic).records.length : 0, handle, stopped: false };
    this.groups.set(`${groupId}\u0000${topic}`, group);
    this.pump();
    return {
      stop: async () => {
        group.stopped = true;
        await this.pumping;
      },
    };
  }

  records(topic: string): readonly RawRecord[] {
    return this.log(topic).records;
  }

  /** Resolves when no group has records left to consume. */
  async idle(): Promise<void> {
    while (this.pumping) await this.pumping;
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    for (const g of this.groups.values()) g.stopped = true;
    await this.idle();
  }

  private log(topic: string): { partitions: number; records: RawRecord[] } {
    let log = this.topics.get(topic);
    if (!log) {
      log = { partitions: 1, records: [] };
      this.topics.set(topic, log);
    }
    return log;
  }

  private pump(): void {
    this.wanted = true;
    if (this.pumping) return;
    this.pumping = this.drain()
      .catch((error: unknown) => {
        this.failure = error;
        this.wanted = false;
      })
      .finally(() => {
        this.pumping = null;
        if (this.wanted) this.pump();
      });
  }

  private async drain(): Promise<void> {
    while (this.wanted) {
      this.wanted = false;
      for (const group of this.groups.values()) {
        if (group.stopped) continue;
        const records = this.log(group.topic).records;
        while (group.cursor < records.length && !group.stopped) {
          const batch = records.slice(group.cursor, group.cursor + this.batchSize);
          await group.handle(batch);
          group.cursor += batch.length;
          this.wanted = true;
        }
      }
    }
  }
}

/** Same idea as Kafka's default partitioner: equal keys land in the same partition. */
const partitionOf = (key: Buffer | null, partitions: number): number => {
  if (!key) return 0;
  let h = 0;
  for (const byte of key) h = (h * 31 + byte) | 0;
  return Math.abs(h) % partitions;
};
