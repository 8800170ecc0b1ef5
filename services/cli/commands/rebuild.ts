import { rebuildFromClaims } from '../../reconciler/rebuildFromClaims.js';
import { RedisPlaceStateStore } from '../../reconciler/redisStore.js';
import { markRebuilt } from '../../reconciler/rebuiltMarkers.js';
import { CLI_RETRY, connectRedis } from '../../shared/reachServices.js';
import type { CommandArgs, CommandContext, noOptions } from '../commandTable.js';
import type { ExitCode } from '../io.js';
import { withKafka } from '../kafkaSession.js';
import { startProgress } from '../progress.js';

/** `claimwire rebuild`: Kafka holds the record, Redis the view — recompute the view from the whole claims topic. */
export const run = async (_args: CommandArgs<typeof noOptions>, { config, io, logger }: CommandContext): Promise<ExitCode> => {
  const redis = await connectRedis(config, CLI_RETRY, logger);
  try {
    const store = new RedisPlaceStateStore(redis, { prefix: config.redisPrefix });
    const result = await withKafka(config, logger, 'rebuild', async ({ transport, codec }) => {
      const progress = startProgress(io.progress, 'rebuilding', await transport.countRecords(config.topics.claims), 'claims');
      try {
        await store.clear();
        const rebuilt = await rebuildFromClaims(
          (topic, handle) =>
            transport.readToEnd(topic, async (records) => {
              await handle(records);
              progress.add(records.length);
            }),
          codec,
          store,
          config.topics.claims,
        );
        await markRebuilt(redis, config.redisPrefix);
        return rebuilt;
      } finally {
        progress.done();
      }
    });
    const places = (await store.list()).length;
    const skipped = result.unreadable ? ` (${result.unreadable} unreadable records skipped)` : '';
    io.err(`claimwire: rebuilt ${places} place${places === 1 ? '' : 's'} from ${result.claims} claims${skipped}`);
    return 0;
  } finally {
    await redis.quit();
  }
};
