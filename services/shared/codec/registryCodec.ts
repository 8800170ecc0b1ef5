import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
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
   * Registers the schema with one plain call (`POST /subjects/<subject>/versions`): the registry applies whatever
   * compatibility rule the subject or the registry has (the stack sets BACKWARD globally), and claimwire never reads
   * or writes a subject's configuration. A subject another producer registered with another compatibility level,
   * or one whose configuration a killed process left half-written, is no reason to stop. Processes registering the
   * same new subject at once can still meet a conflict while the registry creates it; asking again returns the id.
   * A schema the subject's rule rejects fails with the registry's reason.
   */
  private async register(subject: string, kind: RecordKind): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await postSchema(this.registryUrl, subject, schemaText(kind));
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

/** An answer of the registry that is not a schema id. */
class RegistryAnswerError extends Error {
  override name = 'RegistryAnswerError';
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(`${status} ${detail}`);
  }
}

const postSchema = async (registryUrl: string, subject: string, schema: string): Promise<number> => {
  const response = await fetch(`${registryUrl}/subjects/${encodeURIComponent(subject)}/versions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/vnd.schemaregistry.v1+json', Accept: 'application/vnd.schemaregistry.v1+json' },
    body: JSON.stringify({ schema }),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  let body: { id?: unknown; message?: unknown } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // not JSON: the status and text say enough
  }
  if (!response.ok) throw new RegistryAnswerError(response.status, typeof body.message === 'string' ? body.message : text.slice(0, 300));
  if (typeof body.id !== 'number') throw new RegistryAnswerError(response.status, `no schema id in the answer: ${text.slice(0, 300)}`);
  return body.id;
};

/** Two processes creating the same subject at once: a conflict that asking again resolves (not an incompatible schema). */
const isRegistrationRace = (error: unknown): boolean =>
  error instanceof RegistryAnswerError && error.status === 409 && !/incompatib/i.test(error.detail);

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A registry that does not answer is retried; a registry that answers "no such schema" is a bad record. */
const isUnreachable = (error: unknown): boolean => {
  const text = message(error);
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|socket hang up|5\d\d/.test(text) && !/404|40403|not found/i.test(text);
};
