import { avroType, assertValid, InvalidRecordError, type RecordKind } from '../schemas.js';
import type { RecordCodec } from './recordCodec.js';

const KIND_IDS: Record<RecordKind, number> = { Article: 1, Claim: 2, PlaceState: 3, DeadLetter: 4, DeadLetterHandled: 5 };

/**
 * The same wire layout as the registry codec, with fixed ids per kind and no registry:
 * the embedded mode and unit tests encode exactly what Kafka would carry.
 */
export class LocalAvroCodec implements RecordCodec {
  async encode(_topic: string, kind: RecordKind, value: unknown): Promise<Buffer> {
    assertValid(kind, value);
    const header = Buffer.alloc(5);
    header.writeInt32BE(KIND_IDS[kind], 1);
    return Buffer.concat([header, avroType(kind).toBuffer(value)]);
  }

  async decode(kind: RecordKind, bytes: Buffer): Promise<unknown> {
    if (bytes.length < 5 || bytes[0] !== 0) throw new InvalidRecordError('not in Confluent wire format (no magic byte 0 and schema id)');
    const id = bytes.readInt32BE(1);
    if (id !== KIND_IDS[kind]) throw new InvalidRecordError(`schema id ${id} is not a ${kind}`);
    try {
      const value: unknown = avroType(kind).fromBuffer(bytes.subarray(5));
      assertValid(kind, value);
      return value;
    } catch (error) {
      if (error instanceof InvalidRecordError) throw error;
      throw new InvalidRecordError(`cannot decode ${kind}: ${(error as Error).message}`);
    }
  }
}
