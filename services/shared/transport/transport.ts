/** A record as it sits on a topic: bytes, and where it is. */
export interface RawRecord {
  topic: string;
  partition: number;
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  /** Record headers, as text; absent when the record has none. */
  headers?: Record<string, string>;
}

export interface OutgoingBytes {
  key: string | Buffer | null;
  /** Null only for a record sent back as it was (a dead letter whose value was null). */
  value: Buffer | null;
  headers?: Record<string, string>;
}

export interface Subscription {
  /** Finishes the batch in flight, commits its offsets and leaves the group. */
  stop(): Promise<void>;
}

/**
 * Moves bytes between topics. A batch's offsets are committed only after its handler resolves,
 * so whatever the handler made durable (records sent, Redis updated) is never lost by a crash.
 */
export interface Transport {
  ensureTopics(topics: TopicSpec[]): Promise<void>;
  send(topic: string, records: OutgoingBytes[]): Promise<void>;
  subscribe(
    topic: string,
    groupId: string,
    handleBatch: (records: RawRecord[]) => Promise<void>,
    options?: SubscribeOptions,
  ): Promise<Subscription>;
  /** The offset the next record of each partition of the topic will get (Kafka's high watermark). */
  endOffsets(topic: string): Promise<Map<number, string>>;
  close(): Promise<void>;
}

export interface SubscribeOptions {
  /** Where a group with no committed offset starts: the first record (default) or the next new one. */
  fromBeginning?: boolean;
  /**
   * The offset of the first record to read in each partition, whatever the group committed: a follower that must
   * see every record from a known point (taken with `endOffsets`) on. Partitions not named start as `fromBeginning` says.
   */
  startAt?: ReadonlyMap<number, string>;
  /** False for a reader that only follows: it commits no offsets, so its throwaway group leaves nothing behind. */
  commit?: boolean;
  /** After each committed batch: how many records of its partition remain after it (the consumer lag). */
  onCommitted?: (progress: { topic: string; partition: number; lag: number }) => void;
}

export interface TopicSpec {
  topic: string;
  partitions: number;
  compacted?: boolean;
  /**
   * The topics whose records this one keeps as dead letters (each with its original bytes and some metadata): its
   * record limit (`max.message.bytes`) is set above theirs when created, and raised at start-up if it no longer is,
   * so that any record the broker accepted on them fits here too.
   */
  deadLettersOf?: string[];
}
