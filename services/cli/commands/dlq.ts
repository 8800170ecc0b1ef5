import type { RecordCodec } from '../../shared/codec/recordCodec.js';
import type { DeadLetter, DeadLetterHandled } from '../../shared/model.js';
import { printable } from '../../shared/printable.js';
import { InvalidRecordError } from '../../shared/schemas.js';
import type { KafkaTransport } from '../../shared/transport/kafkaTransport.js';
import { positionOf, REPLAY_OF, REPLAYED_FROM } from '../../shared/worker/replayHeaders.js';
import { UsageError } from '../args.js';
import type { CommandArgs, CommandContext, dlqOptions } from '../commandTable.js';
import { bookOf, matchesFilter, originOf, parseSince, type LetterEntry, type LetterFilter, type StoredLetter } from '../dlq/book.js';
import { wouldFailAgain } from '../dlq/replayCheck.js';
import type { CommandIO, ExitCode } from '../io.js';
import { withKafka } from '../kafkaSession.js';
import { startProgress } from '../progress.js';

/** Where `claimwire dlq` notes what it did with each letter: beside the dead-letter topic, compacted. */
export const handledTopicOf = (deadLetterTopic: string): string => `${deadLetterTopic}.handled`;

const CHUNK = 100;

/**
 * `claimwire dlq`: the dead letters, one entry per failed record with its latest reason and status.
 * `--replay` sends each pending one back to its topic (its original key and bytes, a null value staying null) with
 * headers saying what it is a replay of, and marks it replayed, so a second replay sends nothing again; a letter
 * that would only fail again is skipped with the reason and stays pending. `--purge` marks letters as dealt with.
 * `--topic`, `--reason` and `--since` narrow all three.
 */
export const run = async ({ values }: CommandArgs<typeof dlqOptions>, { config, io, logger }: CommandContext): Promise<ExitCode> => {
  if (values.replay && values.purge) throw new UsageError('--replay and --purge do not go together: replay, or purge', 'dlq');
  let since: string | undefined;
  if (values.since !== undefined) {
    since = parseSince(values.since, new Date()) ?? undefined;
    if (since === undefined)
      throw new UsageError(
        `--since takes a date (2026-11-28), a time (2026-11-28T10:00Z) or a span (30m, 6h, 2d), not "${values.since}"`,
        'dlq',
      );
  }
  const filter: LetterFilter = { topic: values.topic, reason: values.reason, since, all: values.all === true };
  const json = values.json === true;
  const handledTopic = handledTopicOf(config.topics.deadLetters);

  return withKafka<ExitCode>(config, logger, 'dlq', async ({ transport, codec }) => {
    await transport.ensureTopics([{ topic: handledTopic, partitions: 1, compacted: true }]);
    const letters = await readLetters(transport, codec, config.topics.deadLetters);
    const handled = await readHandled(transport, codec, handledTopic);
    const entries = bookOf(letters, handled).filter((e) => matchesFilter(e, filter));
    const where = config.topics.deadLetters;

    if (values.purge) {
      const purging = entries.filter((e) => e.status !== 'purged');
      await mark(transport, codec, handledTopic, purging, 'PURGED');
      for (const entry of purging) say(io, json, entry, 'purged');
      io.err(`claimwire: ${count(purging.length)} purged from the list of ${where} (the records stay in the topic until its retention)`);
      return 0;
    }

    if (values.replay) {
      const pending = entries.filter((e) => e.status === 'pending');
      const progress = startProgress(io.progress, 'replaying', pending.length, 'dead letters');
      let sent = 0;
      let skipped = 0;
      try {
        for (let from = 0; from < pending.length; from += CHUNK) {
          const chunk: LetterEntry[] = [];
          for (const entry of pending.slice(from, from + CHUNK)) {
            const letter = entry.latest.letter;
            const why = letter
              ? await wouldFailAgain(letter, config, codec)
              : `the dead letter itself cannot be read: ${entry.latest.unreadable}`;
            if (why) {
              skipped++;
              say(io, json, entry, 'skipped', `would fail again: ${why}`);
            } else chunk.push(entry);
          }
          await sendBack(transport, chunk);
          await mark(transport, codec, handledTopic, chunk, 'REPLAYED');
          for (const entry of chunk) say(io, json, entry, 'replayed');
          sent += chunk.length;
          progress.add(Math.min(CHUNK, pending.length - from));
        }
      } finally {
        progress.done();
      }
      const already = entries.filter((e) => e.status === 'replayed').length;
      io.err(
        `claimwire: ${count(sent)} sent back to their topics from ${where}` +
          (skipped ? `; ${skipped} skipped that would fail again (still pending)` : '') +
          (already ? `; ${already} replayed before, not sent again` : ''),
      );
      return 0;
    }

    for (const entry of entries) say(io, json, entry, entry.status);
    const pending = entries.filter((e) => e.status === 'pending').length;
    io.err(`claimwire: ${count(entries.length)} in ${where} (${pending} pending, ${entries.length - pending} replayed or purged)`);
    return 0;
  });
};

const count = (n: number): string => `${n} dead letter${n === 1 ? '' : 's'}`;

const readLetters = async (transport: KafkaTransport, codec: RecordCodec, topic: string): Promise<StoredLetter[]> => {
  const letters: StoredLetter[] = [];
  await transport.readToEnd(topic, async (records) => {
    for (const r of records) {
      const position = positionOf(r.topic, r.partition, r.offset);
      const key = r.key?.toString('utf8') ?? null;
      try {
        const letter = (await codec.decode('DeadLetter', r.value ?? Buffer.alloc(0))) as DeadLetter;
        letters.push({ position, origin: originOf(key, letter, position), letter });
      } catch (error) {
        if (!(error instanceof InvalidRecordError)) throw error;
        letters.push({ position, origin: originOf(key, null, position), letter: null, unreadable: error.message });
      }
    }
  });
  return letters;
};

const readHandled = async (transport: KafkaTransport, codec: RecordCodec, topic: string): Promise<DeadLetterHandled[]> => {
  const handled: DeadLetterHandled[] = [];
  await transport.readToEnd(topic, async (records) => {
    for (const r of records) if (r.value) handled.push((await codec.decode('DeadLetterHandled', r.value)) as DeadLetterHandled);
  });
  return handled;
};

/** Each letter's record, as it was (key and bytes, null kept null), to the topic it came from, saying what it replays. */
const sendBack = async (transport: KafkaTransport, entries: LetterEntry[]): Promise<void> => {
  const byTopic = new Map<string, LetterEntry[]>();
  for (const e of entries) byTopic.set(e.latest.letter!.topic, [...(byTopic.get(e.latest.letter!.topic) ?? []), e]);
  for (const [topic, list] of byTopic)
    await transport.send(
      topic,
      list.map((e) => {
        const letter = e.latest.letter!;
        return {
          key: letter.key === null ? null : Buffer.from(letter.key),
          value: letter.value === null ? null : Buffer.from(letter.value),
          headers: { [REPLAY_OF]: e.origin, [REPLAYED_FROM]: e.latest.position },
        };
      }),
    );
};

const mark = async (
  transport: KafkaTransport,
  codec: RecordCodec,
  topic: string,
  entries: LetterEntry[],
  action: DeadLetterHandled['action'],
): Promise<void> => {
  const at = new Date().toISOString();
  const records = [];
  for (const e of entries) {
    const value: DeadLetterHandled = { letter: e.latest.position, origin: e.origin, action, at };
    records.push({ key: e.latest.position, value: await codec.encode(topic, 'DeadLetterHandled', value) });
  }
  await transport.send(topic, records);
};

const sourceOf = (origin: string): string => origin.replace(/\/(\d+)$/, '@$1');

const describe = (entry: LetterEntry, status: string, note?: string): Record<string, unknown> => {
  const letter = entry.latest.letter;
  return {
    source: sourceOf(entry.origin),
    status,
    ...(note ? { note } : {}),
    failures: entry.failures,
    worker: letter?.worker ?? null,
    reason: letter?.reason ?? `unreadable dead letter: ${entry.latest.unreadable}`,
    failedAt: letter?.failedAt ?? null,
    handledAt: entry.handledAt,
    letter: entry.latest.position,
    bytes: letter?.value?.length ?? 0,
    value: letter ? (letter.value === null ? null : 'bytes') : null,
    key: letter?.key ? Buffer.from(letter.key).toString('utf8') : null,
    preview: letter?.value
      ? Buffer.from(letter.value)
          .subarray(0, 60)
          .toString('utf8')
          .replace(/[^\x20-\x7e]/g, '.')
      : null,
  };
};

const say = (io: CommandIO, json: boolean, entry: LetterEntry, status: string, note?: string): void => {
  const d = describe(entry, status, note);
  if (json) return io.out(JSON.stringify(d));
  const letter = entry.latest.letter;
  const times = entry.failures > 1 ? `, failed ${entry.failures} times` : '';
  const handled = entry.handledAt && (status === 'replayed' || status === 'purged') ? ` (${status} ${entry.handledAt})` : '';
  const bytes = letter?.value === null ? 'null value' : `${String(d.bytes)} bytes${d.preview ? `: ${String(d.preview)}` : ''}`;
  io.out(
    printable(
      `${status.padEnd(8)} ${String(d.source)}  ${String(d.failedAt ?? '-')}  ${String(d.worker ?? '-')}: ${String(d.reason)}  (${bytes}${times})${handled}${note ? ` — ${note}` : ''}`,
    ),
  );
};
