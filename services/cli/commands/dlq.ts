import type { Config } from '../../shared/config.js';
import type { Logger } from '../../shared/logger.js';
import type { DeadLetter } from '../../shared/model.js';
import type { ParsedArgs } from '../args.js';
import type { CommandIO, ExitCode } from '../io.js';
import { withKafka } from '../kafkaSession.js';

/** Consumer group that remembers which dead letters were already sent back. */
const REPLAY_GROUP_SUFFIX = 'dlq-replay';

/**
 * `claimwire dlq [--json]` lists the dead letters; `claimwire dlq --replay` sends each one not yet replayed
 * back to the topic it came from, original bytes and key, once its cause is fixed.
 */
export const dlqCommand = (args: ParsedArgs, config: Config, io: CommandIO, logger: Logger): Promise<ExitCode> =>
  withKafka<ExitCode>(config, logger, 'dlq', async ({ transport, codec }) => {
    const replay = args.flags.has('replay');
    const json = args.flags.has('json');
    let count = 0;
    await transport.readToEnd(
      config.topics.deadLetters,
      async (records) => {
        const letters: DeadLetter[] = [];
        for (const r of records) letters.push((await codec.decode('DeadLetter', r.value ?? Buffer.alloc(0))) as DeadLetter);
        for (const letter of letters) {
          count++;
          if (replay)
            await transport.send(letter.topic, [
              { key: letter.key ? Buffer.from(letter.key) : null, value: Buffer.from(letter.value ?? []) },
            ]);
          io.out(json ? JSON.stringify(describe(letter)) : formatLetter(letter, replay));
        }
      },
      replay ? `${config.clientId}-${REPLAY_GROUP_SUFFIX}` : undefined,
    );
    io.err(
      `claimwire: ${count} dead letter${count === 1 ? '' : 's'}${replay ? ' sent back to their topics' : ''} in ${config.topics.deadLetters}`,
    );
    return 0;
  });

const describe = (letter: DeadLetter): Record<string, unknown> => ({
  source: `${letter.topic}/${letter.partition}@${letter.offset}`,
  worker: letter.worker,
  reason: letter.reason,
  failedAt: letter.failedAt,
  bytes: letter.value?.length ?? 0,
  key: letter.key ? Buffer.from(letter.key).toString('utf8') : null,
  preview: letter.value
    ? Buffer.from(letter.value)
        .subarray(0, 60)
        .toString('utf8')
        .replace(/[^\x20-\x7e]/g, '.')
    : null,
});

const formatLetter = (letter: DeadLetter, replayed: boolean): string => {
  const d = describe(letter);
  return `${replayed ? 'replayed ' : ''}${String(d.source)}  ${letter.failedAt}  ${letter.worker}: ${letter.reason}  (${String(d.bytes)} bytes${d.preview ? `: ${String(d.preview)}` : ''})`;
};
