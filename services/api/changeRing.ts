import { formatPosition, type StreamPosition } from './streamPosition.js';

/** One published PlaceState as the stream sends it: where it was in the topic, and its JSON, serialised once. */
export interface Change {
  partition: number;
  offset: bigint;
  placeKey: string;
  version: number;
  /** The SSE event id: the position just after this record. */
  id: string;
  data: string;
}

export type Replay = { kind: 'changes'; changes: Change[] } | { kind: 'gap'; reason: string };

export interface RingLimits {
  /** Changes kept at most. */
  changes: number;
  /** Bytes of JSON kept at most (a much-cited place's state is ~130 KB). */
  bytes: number;
}

/**
 * The latest changes of the reconciled topic, in the order this server read them, with the position after each. A
 * client gives back the position it has; `since` answers every change after it, exactly, as long as the ring still
 * holds all of them, and otherwise says there is a gap (the client then reloads the current state). The ring covers,
 * per partition, every record from `floor` on: the start position at first, then just past each record it drops.
 */
export class ChangeRing {
  private readonly changes: Change[] = [];
  private head = 0;
  private bytes = 0;
  private readonly next: Map<number, bigint>;
  private readonly floor: Map<number, bigint>;

  constructor(
    start: StreamPosition,
    private readonly limits: RingLimits,
  ) {
    this.next = new Map(start);
    this.floor = new Map(start);
  }

  /** The position after the last record read. */
  position(): StreamPosition {
    return new Map(this.next);
  }

  positionId(): string {
    return formatPosition(this.next);
  }

  get size(): number {
    return this.changes.length - this.head;
  }

  /** Moves past a record that is not a change (one that cannot be decoded); false if it was read already. */
  skip(partition: number, offset: bigint): boolean {
    if (offset < (this.next.get(partition) ?? 0n)) return false;
    this.next.set(partition, offset + 1n);
    if (!this.floor.has(partition)) this.floor.set(partition, 0n);
    return true;
  }

  /** Adds a record read from the topic; null when it was read already (a redelivery after a seek or a rebalance). */
  append(partition: number, offset: bigint, placeKey: string, version: number, data: string): Change | null {
    if (!this.skip(partition, offset)) return null;
    const change: Change = { partition, offset, placeKey, version, id: this.positionId(), data };
    this.changes.push(change);
    this.bytes += data.length;
    while (this.size > this.limits.changes || (this.bytes > this.limits.bytes && this.size > 1)) this.drop();
    return change;
  }

  private drop(): void {
    const oldest = this.changes[this.head]!;
    this.head++;
    this.bytes -= oldest.data.length;
    this.floor.set(oldest.partition, oldest.offset + 1n);
    if (this.head > 1024 && this.head * 2 > this.changes.length) {
      this.changes.splice(0, this.head);
      this.head = 0;
    }
  }

  /** Every change after `from`, or a gap when some of them are no longer held (or were never read by this server). */
  since(from: StreamPosition): Replay {
    for (const [partition, floor] of this.floor) {
      const at = from.get(partition) ?? 0n;
      if (at < floor)
        return {
          kind: 'gap',
          reason: `partition ${partition}: the changes from offset ${at} on are no longer held here (held from ${floor})`,
        };
    }
    const changes: Change[] = [];
    for (let i = this.head; i < this.changes.length; i++) {
      const change = this.changes[i]!;
      if (change.offset >= (from.get(change.partition) ?? 0n)) changes.push(change);
    }
    return { kind: 'changes', changes };
  }
}

/** Whether a client at `cursor` still needs `change`; moves the cursor past it when it does. */
export const advance = (cursor: Map<number, bigint>, change: Pick<Change, 'partition' | 'offset'>): boolean => {
  if (change.offset < (cursor.get(change.partition) ?? 0n)) return false;
  cursor.set(change.partition, change.offset + 1n);
  return true;
};
