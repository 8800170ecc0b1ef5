import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import type { Config } from '../config.js';
import { registryConnection, registryRequest, type RegistryConnection } from '../security/registryHttp.js';
import { assertValid, InvalidRecordError, schemaText, type RecordKind } from '../schemas.js';
import type { RecordCodec } from './recordCodec.js';

/** Sends the connection's Authorization header (basic or bearer) with every call of the registry client library. */
type Middleware = NonNullable<ConstructorParameters<typeof SchemaRegistry>[0]['middlewares']>[number];
const credentialsMiddleware =
  (headers: Record<string, string>): Middleware =>
  () => ({
    prepareRequest: (next) => next().then((request) => request.enhance({ headers })),
  });

/**
 * Confluent wire format (magic byte, schema id, Avro body) through a Confluent-compatible registry.
 * Schemas are registered under TopicNameStrategy subjects, `<topic>-value`, once per process.
 */
export class RegistryCodec implements RecordCodec {
  private readonly registry: SchemaRegistry;
  private readonly ids = new Map<string, Promise<number>>();
  private readonly connection: RegistryConnection;
  /** For messages: the URL and how the codec authenticates, never a secret. */
  readonly registryUrl: string;

  /** A codec of the configured registry, with its TLS and credentials. */
  static forConfig(config: Config): RegistryCodec {
    return new RegistryCodec(registryConnection(config));
  }

  /** A registry URL (plain, anonymous; for tests and tools) or a connection made from the configuration. */
  constructor(registry: string | RegistryConnection) {
    this.connection = typeof registry === 'string' ? { url: registry.replace(/\/$/, ''), headers: {}, address: registry } : registry;
    this.registryUrl = this.connection.address;
    this.registry = new SchemaRegistry({
      host: this.connection.url,
      retry: { retries: 3 },
      ...(this.connection.agent ? { agent: this.connection.agent } : {}),
      middlewares: Object.keys(this.connection.headers).length ? [credentialsMiddleware(this.connection.headers)] : [],
    });
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
        return await postSchema(this.connection, subject, schemaText(kind));
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

/** `POST /subjects/<subject>/versions` over the codec's connection (the same TLS and credentials as the library). */
const postSchema = async (connection: RegistryConnection, subject: string, schema: string): Promise<number> => {
  const { status, text } = await registryRequest(connection, 'POST', `/subjects/${encodeURIComponent(subject)}/versions`, {
    body: JSON.stringify({ schema }),
    timeoutMs: 15_000,
  });
  let body: { id?: unknown; message?: unknown } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // not JSON: the status and text say enough
  }
  if (status < 200 || status >= 300)
    throw new RegistryAnswerError(status, typeof body.message === 'string' ? body.message : text.slice(0, 300));
  if (typeof body.id !== 'number') throw new RegistryAnswerError(status, `no schema id in the answer: ${text.slice(0, 300)}`);
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
