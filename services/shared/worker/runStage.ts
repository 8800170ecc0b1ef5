import type { RecordCodec } from '../codec/recordCodec.js';
import type { Logger } from '../logger.js';
import type { DeadLetter } from '../model.js';
import { InvalidRecordError } from '../schemas.js';
import type { OutgoingBytes, RawRecord, Subscription, Transport } from '../transport/transport.js';
import { deadLetterKey } from './replayHeaders.js';
import type { Stage } from './stage.js';
import type { StageMetrics } from './stageMetrics.js';

export const MAX_KEY_BYTES = 1024;

export interface StageRuntime {
  transport: Transport;
  codec: RecordCodec;
  deadLetterTopic: string;
  logger: Logger;
  /** Counts records in, out and dead, and the time they took (the worker's Prometheus metrics). */
  metrics?: StageMetrics;
  /** After each committed batch: the records of its partition still to read (consumer lag). */
  onLag?: (topic: string, partition: number, lag: number) => void;
}

/** Subscribes a stage to its input topic. Bad records go to the dead-letter topic; the stage carries on. */
export const runStage = <In, Out>(stage: Stage<In, Out>, runtime: StageRuntime): Promise<Subscription> => {
  // Series of the stage's own topics exist from the start, at 0.
  runtime.metrics?.recordsIn(stage.input.topic, 0);
  runtime.metrics?.recordsOut(stage.output.topic, 0);
  const { onLag } = runtime;
  return runtime.transport.subscribe(
    stage.input.topic,
    stage.groupId,
    (records) => processBatch(stage, runtime, records),
    onLag ? { onCommitted: ({ topic, partition, lag }) => onLag(topic, partition, lag) } : {},
  );
};

export const processBatch = async <In, Out>(stage: Stage<In, Out>, runtime: StageRuntime, records: RawRecord[]): Promise<void> => {
  const { codec, transport, logger, metrics } = runtime;
  const started = performance.now();
  const dead: { letter: DeadLetter; key: string }[] = [];
  const accepted: RawRecord[] = [];
  const values: In[] = [];
  for (const record of records) {
    try {
      values.push((await decodeRecord(codec, stage.input.kind, record)) as In);
      accepted.push(record);
    } catch (error) {
      if (!(error instanceof InvalidRecordError)) throw error;
      dead.push({ letter: deadLetter(record, error.message, stage.name), key: deadLetterKey(record) });
    }
  }
  const result = values.length ? await stage.process(values) : { outputs: [], rejected: [] };
  for (const { index, reason } of result.rejected)
    dead.push({ letter: deadLetter(accepted[index]!, reason, stage.name), key: deadLetterKey(accepted[index]!) });

  const outputs: OutgoingBytes[] = [];
  for (const { key, value } of result.outputs) {
    outputs.push({ key, value: await codec.encode(stage.output.topic, stage.output.kind, value) });
  }
  await transport.send(stage.output.topic, outputs);
  if (dead.length) {
    const letters: OutgoingBytes[] = [];
    for (const { letter, key } of dead) {
      logger.warn({ topic: letter.topic, partition: letter.partition, offset: letter.offset, reason: letter.reason }, 'dead letter');
      // Keyed by where the record first failed: a replayed record that fails again is filed under the same record.
      letters.push({ key, value: await codec.encode(runtime.deadLetterTopic, 'DeadLetter', letter) });
    }
    await transport.send(runtime.deadLetterTopic, letters);
  }
  if (metrics) {
    metrics.recordsIn(stage.input.topic, records.length);
    metrics.recordsOut(stage.output.topic, outputs.length);
    for (const { letter } of dead) metrics.deadLetter(letter.reason);
    metrics.processed(records.length, (performance.now() - started) / 1000);
  }
  logger.debug({ in: records.length, out: outputs.length, dead: dead.length }, 'batch done');
};

export const decodeRecord = async (codec: RecordCodec, kind: Parameters<RecordCodec['decode']>[0], record: RawRecord): Promise<unknown> => {
  if (record.key && record.key.length > MAX_KEY_BYTES)
    throw new InvalidRecordError(`key of ${record.key.length} bytes exceeds ${MAX_KEY_BYTES}`);
  if (record.value === null) throw new InvalidRecordError('null value');
  return codec.decode(kind, record.value);
};

const deadLetter = (record: RawRecord, reason: string, worker: string): DeadLetter => ({
  topic: record.topic,
  partition: record.partition,
  offset: record.offset,
  key: record.key,
  value: record.value,
  reason: reason.length > MAX_REASON_CHARS ? `${reason.slice(0, MAX_REASON_CHARS)}…` : reason,
  worker,
  failedAt: new Date().toISOString(),
});

/** A dead letter's reason stays small beside the record it carries (see DEAD_LETTER_OVERHEAD). */
const MAX_REASON_CHARS = 2_000;
