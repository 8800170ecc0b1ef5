import type { RecordCodec } from '../shared/codec/recordCodec.js';
import type { Logger } from '../shared/logger.js';
import type { PlaceState } from '../shared/model.js';
import { InvalidRecordError } from '../shared/schemas.js';
import type { Subscription, Transport } from '../shared/transport/transport.js';
import { ChangeRing, type Change, type RingLimits } from './changeRing.js';
import type { PlaceIndex } from './placeIndex.js';

/**
 * The reconciled topic as this server reads it: each PlaceState goes into the ring (for streams to resume from) and
 * the place index (for the list), then to every open stream.
 */
export class ChangeFeed {
  private readonly listeners = new Set<(change: Change) => void>();

  constructor(
    readonly ring: ChangeRing,
    private readonly index: PlaceIndex,
  ) {}

  /** Calls `listener` with every change from now on; returns the function that stops it. */
  listen(listener: (change: Change) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listening(): number {
    return this.listeners.size;
  }

  accept(partition: number, offset: bigint, state: PlaceState): void {
    const change = this.ring.append(partition, offset, state.placeKey, state.version, JSON.stringify(state));
    if (!change) return;
    this.index.apply(state);
    for (const listener of this.listeners) listener(change);
  }

  /** A record that is not a PlaceState: passed over, so that positions stay exact. */
  pass(partition: number, offset: bigint): void {
    this.ring.skip(partition, offset);
  }
}

export interface FollowedFeed {
  feed: ChangeFeed;
  stop(): Promise<void>;
}

/**
 * Follows the reconciled topic from its current end (taken first, so that nothing published after it is missed) with a
 * throwaway consumer group that commits nothing. Call before loading the index from the store: a state written to the
 * store before the end was taken is in the store, one written after is in the topic after it.
 */
export const followPlaceStates = async (
  transport: Transport,
  codec: RecordCodec,
  topic: string,
  groupId: string,
  index: PlaceIndex,
  limits: RingLimits,
  logger: Logger,
): Promise<FollowedFeed> => {
  const start = await transport.endOffsets(topic);
  const ring = new ChangeRing(new Map([...start].map(([p, o]) => [p, BigInt(o)])), limits);
  const feed = new ChangeFeed(ring, index);
  const subscription: Subscription = await transport.subscribe(
    topic,
    groupId,
    async (records) => {
      for (const record of records) {
        const offset = BigInt(record.offset);
        let state: PlaceState;
        try {
          if (!record.value) throw new Error('null value');
          state = (await codec.decode('PlaceState', record.value)) as PlaceState;
        } catch (error) {
          // A registry that does not answer is retried with the batch (the transport redelivers it).
          if (!(error instanceof InvalidRecordError) && record.value) throw error;
          // Another producer's bad record on the reconciled topic: nothing to show, and not this reader's to dead-letter.
          logger.warn(
            { topic, partition: record.partition, offset: record.offset, reason: (error as Error).message },
            'passing over a record that is not a PlaceState',
          );
          feed.pass(record.partition, offset);
          continue;
        }
        feed.accept(record.partition, offset, state);
      }
    },
    { startAt: start, commit: false, fromBeginning: false },
  );
  return { feed, stop: () => subscription.stop() };
};
