import type { RecordKind } from '../schemas.js';

export interface KeyedRecord<T> {
  key: string;
  value: T;
}

export interface Rejection {
  /** Index of the input record in the batch handed to `process`. */
  index: number;
  reason: string;
}

export interface StageResult<Out> {
  outputs: KeyedRecord<Out>[];
  rejected: Rejection[];
}

/**
 * One worker's work, free of transport: a batch of decoded input records in, output records out.
 * Inputs it cannot process are returned as rejections (they go to the dead-letter topic);
 * a thrown error means "retry the batch" (a service is down), never "skip".
 */
export interface Stage<In, Out> {
  name: string;
  groupId: string;
  input: { topic: string; kind: RecordKind };
  output: { topic: string; kind: RecordKind };
  process(values: In[]): Promise<StageResult<Out>>;
}
