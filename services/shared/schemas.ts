import { readFileSync } from 'node:fs';
import avro from 'avsc';

export type RecordKind = 'Article' | 'Claim' | 'PlaceState' | 'DeadLetter' | 'DeadLetterHandled';

const schemaDir = new URL('../../schemas/', import.meta.url);

const cache = new Map<RecordKind, string>();

/** The Avro schema text of a record kind, as kept in schemas/<Kind>.avsc. */
export const schemaText = (kind: RecordKind): string => {
  let text = cache.get(kind);
  if (!text) {
    text = readFileSync(new URL(`${kind}.avsc`, schemaDir), 'utf8');
    cache.set(kind, text);
  }
  return text;
};

const types = new Map<RecordKind, avro.Type>();

export const avroType = (kind: RecordKind): avro.Type => {
  let type = types.get(kind);
  if (!type) {
    type = avro.Type.forSchema(JSON.parse(schemaText(kind)) as avro.Schema);
    types.set(kind, type);
  }
  return type;
};

/** Throws with the path of the first field that does not fit the schema. */
export const assertValid = (kind: RecordKind, value: unknown): void => {
  const problems: string[] = [];
  const ok = avroType(kind).isValid(value, {
    errorHook: (path: string[], v: unknown) => problems.push(`${path.join('.') || '(root)'}=${JSON.stringify(v)?.slice(0, 60)}`),
  });
  if (!ok) throw new InvalidRecordError(`not a valid ${kind}: ${problems.slice(0, 3).join(', ')}`);
};

/** A record that no retry can fix: it goes to the dead-letter topic. */
export class InvalidRecordError extends Error {
  override name = 'InvalidRecordError';
}
