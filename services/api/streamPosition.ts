/**
 * A position in the reconciled topic: for each partition, the offset of the next record not yet seen. It is what an
 * SSE event id carries ("0:15,1:7,2:22"), so a client that reconnects with `Last-Event-ID` names exactly the records
 * it has, whichever server (or restart of it) answers.
 */
export type StreamPosition = ReadonlyMap<number, bigint>;

export const formatPosition = (position: StreamPosition): string =>
  [...position]
    .sort(([a], [b]) => a - b)
    .map(([partition, offset]) => `${partition}:${offset}`)
    .join(',');

export class BadPositionError extends Error {
  override name = 'BadPositionError';
}

const PART = /^(\d{1,5}):(\d{1,19})$/;

/** Reads an event id back; throws BadPositionError, saying why, for anything this server could not have given. */
export const parsePosition = (text: string): StreamPosition => {
  if (text.length > 4_096) throw new BadPositionError('event id is too long to be a position');
  const position = new Map<number, bigint>();
  if (text === '') return position;
  for (const part of text.split(',')) {
    const m = PART.exec(part);
    if (!m) throw new BadPositionError(`"${text.slice(0, 80)}" is not a position (partition:offset, comma-separated)`);
    const partition = Number(m[1]);
    if (position.has(partition)) throw new BadPositionError(`partition ${partition} appears twice in "${text.slice(0, 80)}"`);
    position.set(partition, BigInt(m[2]!));
  }
  return position;
};
