import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { assertValid, InvalidRecordError, schemaText, type RecordKind } from '../schemas.js';
import type { RecordCodec } from './recordCodec.js';

/**
 * Confluent wire format (magic byte, schema id, Avro body) through a Confluent-compatible registry.
 * Schemas are registered under TopicNameStrategy subjects, `<topic>-value`, once per process.
 */
export class RegistryCodec implements RecordCodec {
  private readonly registry: SchemaRegistry;
  private readonly ids = new Map<string, Promise<number>>();

  constructor(readonly registryUrl: string) {
    this.registry = new SchemaRegistry({ host: registryUrl, retry: { retries: 3 } });
  }

  schemaId(topic: string, kind: RecordKind): Promise<number> {
    const subject = `${topic}-value`;
    let id = this.ids.get(subject);
    if (!id) {
      id = this.register(subject, kind).catch((error: unknown) => {
        this.ids.delete(subject);
        throw new Error(`schema registry ${this.registryUrl}: cannot register ${kind} under ${subject}: ${message(error)}`);
      });
      this.ids.set(subject, id);
    }
    return id;
  }

  /**
   * Processes registering the same new subject at once race: the client reads the subject's compatibility, registers,
   * then sets the compatibility when the subject was new. A loser sees Apicurio's 409 "A rule named 'COMPATIBILITY'
   * already exists", or reads the subject between the winner's two writes ("BACKWARD != NONE"). Once the winner is
   * done, asking again returns the same id; a lasting mismatch still fails after the last attempt.
   */
  private async register(subject: string, kind: RecordKind): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      try {
        const { id } = await this.registry.register({ type: SchemaType.AVRO, schema: schemaText(kind) }, { subject });
        return id;
      } catch (error) {
        if (attempt >= REGISTER_ATTEMPTS || !isRegistrationRace(error)) throw error;
        await sleep(100 * attempt);
      }
    }
  }

  async encode(topic: string, kind: RecordKind, value: unknown): Promise<Buffer> {
    assertValid(kind, value);
    return this.registry.encode(await this.schemaId(topic, kind), value);
  }

  async decode(kind: RecordKind, bytes: Buffer): Promise<unknown> {
    if (bytes.length < 5 || bytes[0] !== 0) throw new InvalidRecordError('not in Confluent wire format (no magic byte 0 and schema id)');
    let value: unknown;
    try {
      value = await this.registry.decode(bytes);
    } catch (error) {
      if (isUnreachable(error)) throw error;
      throw new InvalidRecordError(`cannot decode with schema id ${bytes.readInt32BE(1)}: ${message(error)}`);
    }
    assertValid(kind, value);
    return value;
  }
}

const REGISTER_ATTEMPTS = 6;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const isRegistrationRace = (error: unknown): boolean => /already exists|409|conflict|Compatibility does not match/i.test(message(error));

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A registry that does not answer is retried; a registry that answers "no such schema" is a bad record. */
const isUnreachable = (error: unknown): boolean => {
  const text = message(error);
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|socket hang up|5\d\d/.test(text) && !/404|40403|not found/i.test(text);
};
