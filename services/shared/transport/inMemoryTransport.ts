import type { OutgoingBytes, RawRecord, SubscribeOptions, Subscription, Transport, TopicSpec } from './transport.js';

interface Group {
  topic: string;
  cursor: number;
  /** Per partition, the first offset to hand over (`startAt`); earlier records of that partition are passed by. */
  startAt: ReadonlyMap<number, string> | null;
  handle: (records: RawRecord[]) => Promise<void>;
  stopped: boolean;
}

/**
 * An in-process log with Kafka's shape (topics, partitions by key hash, consumer groups with committed
 * cursors) for the embedded demo and unit tests. `idle()` resolves once every group has caught up.
 */
export class InMemoryTransport implements Transport {
  private readonly topics = new Map<string, TopicLog>();
  private readonly groups = new Map<string, Group>();
  private pumping: Promise<void> | null = null;
  private failure: unknown = null;
  private wanted = false;

  constructor(private readonly batchSize = 100) {}

  async ensureTopics(specs: TopicSpec[]): Promise<void> {
    for (const spec of specs) if (!this.topics.has(spec.topic)) this.topics.set(spec.topic, newLog(spec.partitions));
  }

  async send(topic: string, records: OutgoingBytes[]): Promise<void> {
    const log = this.log(topic);
    for (const r of records) {
      const key = r.key === null ? null : Buffer.from(r.key);
      const partition = partitionOf(key, log.partitions);
      // Offsets count per partition, as Kafka's do.
      log.records.push({
        topic,
        partition,
        offset: String(log.ends[partition]!++),
        key,
        value: r.value,
        ...(r.headers ? { headers: { ...r.headers } } : {}),
      });
    }
    this.pump();
  }

  async subscribe(
    topic: string,
    groupId: string,
    handle: (records: RawRecord[]) => Promise<void>,
    options: SubscribeOptions = {},
  ): Promise<Subscription> {
    const startAt = options.startAt ?? null;
    const cursor = options.fromBeginning === false && !startAt ? this.log(topic).records.length : 0;
    const group: Group = { topic, cursor, startAt, handle, stopped: false };
    this.groups.set(`${groupId}\u0000${topic}`, group);
    this.pump();
    return {
      stop: async () => {
        group.stopped = true;
        await this.pumping;
      },
    };
  }

  async endOffsets(topic: string): Promise<Map<number, string>> {
    return new Map(this.log(topic).ends.map((end, partition) => [partition, String(end)]));
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

  private log(topic: string): TopicLog {
    let log = this.topics.get(topic);
    if (!log) {
      log = newLog(1);
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
          const slice = records.slice(group.cursor, group.cursor + this.batchSize);
          const startAt = group.startAt;
          const batch = startAt ? slice.filter((r) => Number(r.offset) >= Number(startAt.get(r.partition) ?? 0)) : slice;
          if (batch.length) await group.handle(batch);
          group.cursor += slice.length;
          this.wanted = true;
        }
      }
    }
  }
}

interface TopicLog {
  partitions: number;
  records: RawRecord[];
  /** The next offset of each partition. */
  ends: number[];
}

const newLog = (partitions: number): TopicLog => ({ partitions, records: [], ends: new Array<number>(partitions).fill(0) });

/** Same idea as Kafka's default partitioner: equal keys land in the same partition. */
const partitionOf = (key: Buffer | null, partitions: number): number => {
  if (!key) return 0;
  let h = 0;
  for (const byte of key) h = (h * 31 + byte) | 0;
  return Math.abs(h) % partitions;
};
