// The dead letters as `claimwire dlq` shows them: one entry per failed record (a record replayed and failed again is
// the same record, filed under the same key), its latest failure, and what was done with it (the marks
// `claimwire dlq` keeps in the `<dead-letter topic>.handled` topic).
import type { DeadLetter, DeadLetterHandled } from '../../shared/model.js';

/** A record of the dead-letter topic: where it sits, the record it is about, and the letter (null if unreadable). */
export interface StoredLetter {
  /** `<dead-letter topic>/<partition>/<offset>` */
  position: string;
  /** Where the failed record first was: `<topic>/<partition>/<offset>` (see replayHeaders.ts). */
  origin: string;
  letter: DeadLetter | null;
  /** Why the dead letter itself cannot be read, when it cannot. */
  unreadable?: string;
}

export type LetterStatus = 'pending' | 'replayed' | 'purged';

export interface LetterEntry {
  origin: string;
  /** The latest failure of the record. */
  latest: StoredLetter;
  /** How many times it failed (first time, then after each replay). */
  failures: number;
  status: LetterStatus;
  /** When it was replayed or purged. */
  handledAt: string | null;
}

export interface LetterFilter {
  /** Only letters of records from this topic. */
  topic?: string;
  /** Only letters whose reason contains this (case aside). */
  reason?: string;
  /** Only letters that failed at or after this ISO time. */
  since?: string;
  /** Purged letters too. */
  all?: boolean;
}

const POSITION = /^(.+)\/(\d+)\/(\d+)$/;

/** The key a worker gave a dead letter names its record's first place; a key that does not (another producer's) is ignored. */
export const originOf = (key: string | null, letter: DeadLetter | null, position: string): string => {
  const keyed = key === null ? null : POSITION.exec(key);
  if (keyed && (!letter || keyed[1] === letter.topic)) return key!;
  return letter ? `${letter.topic}/${letter.partition}/${letter.offset}` : position;
};

const partitionOffset = (position: string): [number, bigint] => {
  const match = POSITION.exec(position);
  return match ? [Number(match[2]), BigInt(match[3]!)] : [0, 0n];
};

/** Later failure: by failure time, then by place in the dead-letter topic. */
const isLater = (a: StoredLetter, b: StoredLetter): boolean => {
  const at = a.letter?.failedAt ?? '';
  const bt = b.letter?.failedAt ?? '';
  if (at !== bt) return at > bt;
  const [ap, ao] = partitionOffset(a.position);
  const [bp, bo] = partitionOffset(b.position);
  return ap === bp ? ao > bo : ap > bp;
};

/** One entry per failed record, in the order the records first failed. */
export const bookOf = (letters: readonly StoredLetter[], handled: readonly DeadLetterHandled[]): LetterEntry[] => {
  const marks = new Map<string, DeadLetterHandled>();
  for (const mark of handled) marks.set(mark.letter, mark);
  const byOrigin = new Map<string, { latest: StoredLetter; failures: number }>();
  for (const stored of letters) {
    const seen = byOrigin.get(stored.origin);
    if (!seen) byOrigin.set(stored.origin, { latest: stored, failures: 1 });
    else {
      seen.failures++;
      if (isLater(stored, seen.latest)) seen.latest = stored;
    }
  }
  return [...byOrigin.entries()].map(([origin, { latest, failures }]) => {
    const mark = marks.get(latest.position);
    const status: LetterStatus = mark?.action === 'PURGED' ? 'purged' : mark?.action === 'REPLAYED' ? 'replayed' : 'pending';
    return { origin, latest, failures, status, handledAt: mark?.at ?? null };
  });
};

export const matchesFilter = (entry: LetterEntry, filter: LetterFilter): boolean => {
  if (!filter.all && entry.status === 'purged') return false;
  const letter = entry.latest.letter;
  if (filter.topic !== undefined && (letter?.topic ?? entry.origin.replace(POSITION, '$1')) !== filter.topic) return false;
  if (filter.reason !== undefined && !(letter?.reason ?? entry.latest.unreadable ?? '').toLowerCase().includes(filter.reason.toLowerCase()))
    return false;
  if (filter.since !== undefined && (letter?.failedAt ?? '') < filter.since) return false;
  return true;
};

const DURATION = /^(\d+)\s*(s|m|h|d|w)$/i;
const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `--since`: an ISO date or time, or a span back from now (30m, 6h, 2d); null when it is neither. */
export const parseSince = (text: string, now: Date): string | null => {
  const span = DURATION.exec(text.trim());
  if (span) return new Date(now.getTime() - Number(span[1]) * UNIT_MS[span[2]!.toLowerCase()]!).toISOString();
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return null;
  const time = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
};
