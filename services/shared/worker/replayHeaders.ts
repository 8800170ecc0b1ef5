// A record `claimwire dlq --replay` sends back carries where it first failed, so that a worker that fails it again
// files the new dead letter under the same record: the dead-letter list shows one entry per failed record, however
// often it was replayed.
import type { RawRecord } from '../transport/transport.js';

/** Header of a replayed record: the failed record's first place, `<topic>/<partition>/<offset>`. */
export const REPLAY_OF = 'claimwire-replay-of';
/** Header of a replayed record: the dead letter it was sent back from, `<dead-letter topic>/<partition>/<offset>`. */
export const REPLAYED_FROM = 'claimwire-replayed-from';

export const positionOf = (topic: string, partition: number, offset: string): string => `${topic}/${partition}/${offset}`;

/** The key of a record's dead letter: where the record first failed (its own place, unless it is a replay). */
export const deadLetterKey = (record: RawRecord): string =>
  record.headers?.[REPLAY_OF] ?? positionOf(record.topic, record.partition, record.offset);
