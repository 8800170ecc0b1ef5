import { formatStateLine } from '../../reconciler/formatState.js';
import type { Config } from '../../shared/config.js';
import type { Logger } from '../../shared/logger.js';
import type { PlaceState } from '../../shared/model.js';
import type { ParsedArgs } from '../args.js';
import type { CommandIO, ExitCode } from '../io.js';
import { withKafka } from '../kafkaSession.js';

/** `claimwire watch [--from-beginning] [--json]`: prints each place-state change as it arrives, until Ctrl-C. */
export const watchCommand = (args: ParsedArgs, config: Config, io: CommandIO, logger: Logger): Promise<ExitCode> =>
  withKafka<ExitCode>(config, logger, 'watch', async ({ transport, codec }) => {
    const json = args.flags.has('json');
    const groupId = `${config.clientId}-watch-${process.pid}-${Date.now()}`;
    const subscription = await transport.subscribe(
      config.topics.reconciled,
      groupId,
      async (records) => {
        for (const r of records) {
          if (!r.value) continue;
          const state = (await codec.decode('PlaceState', r.value)) as PlaceState;
          io.out(json ? JSON.stringify(state) : formatStateLine(state));
        }
      },
      { fromBeginning: args.flags.has('from-beginning') },
    );
    io.err(`claimwire: watching ${config.topics.reconciled} (Ctrl-C to stop)`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await subscription.stop();
    return 0;
  });
