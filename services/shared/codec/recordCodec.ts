import type { RecordKind } from '../schemas.js';

/** Turns records into bytes on a topic and back. Decoding validates against the kind's schema. */
export interface RecordCodec {
  encode(topic: string, kind: RecordKind, value: unknown): Promise<Buffer>;
  decode(kind: RecordKind, bytes: Buffer): Promise<unknown>;
}
