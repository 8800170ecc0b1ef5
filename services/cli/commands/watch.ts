import { formatStateLine } from '../../reconciler/formatState.js';
import type { PlaceState } from '../../shared/model.js';
import type { CommandArgs, CommandContext, watchOptions } from '../commandTable.js';
import type { ExitCode } from '../io.js';
import { withKafka } from '../kafkaSession.js';

/** `claimwire watch [--from-beginning] [--json]`: prints each place-state change as it arrives, until Ctrl-C or its reader goes. */
export const run = ({ values }: CommandArgs<typeof watchOptions>, { config, io, logger }: CommandContext): Promise<ExitCode> =>
  withKafka<ExitCode>(config, logger, 'watch', async ({ transport, codec }) => {
    const groupId = `${config.clientId}-watch-${process.pid}-${Date.now()}`;
    const subscription = await transport.subscribe(
      config.topics.reconciled,
      groupId,
      async (records) => {
        for (const r of records) {
          if (!r.value || io.outputClosed.aborted) continue;
          const state = (await codec.decode('PlaceState', r.value)) as PlaceState;
          io.out(values.json ? JSON.stringify(state) : formatStateLine(state));
        }
      },
      { fromBeginning: values['from-beginning'] === true },
    );
    io.err(`claimwire: watching ${config.topics.reconciled} (Ctrl-C to stop)`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
      io.outputClosed.addEventListener('abort', () => resolve(), { once: true });
      if (io.outputClosed.aborted) resolve();
    });
    await subscription.stop();
    return 0;
  });
