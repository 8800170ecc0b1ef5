import { startApi } from '../../api/startApi.js';
import { runInboxProducer } from '../../producer/inboxWorker.js';
import { formatStateTable } from '../../reconciler/formatState.js';
import type { Config } from '../../shared/config.js';
import type { Logger } from '../../shared/logger.js';
import type { Article } from '../../shared/model.js';
import { startEmbeddedPipeline } from '../embeddedPipeline.js';
import type { CommandIO, ExitCode } from '../io.js';
import { announce, followerGroup, stopSignal } from './serve.js';

/**
 * The demo (`npm run demo`, `npm start -- --serve`): the articles through the embedded pipeline, then the dashboard
 * and the API over its in-memory state, with no service. The pipeline keeps running: files dropped into the inbox
 * folder (CLAIMWIRE_INBOX, default ./inbox) go through it, and the open dashboard shows their changes.
 */
export const serveEmbedded = async (
  articles: Article[],
  exitCode: ExitCode,
  config: Config,
  io: CommandIO,
  logger: Logger,
): Promise<ExitCode> => {
  const pipeline = await startEmbeddedPipeline(config, logger);
  try {
    await pipeline.publish(articles);
    await pipeline.idle();
    io.out(formatStateTable(await pipeline.store.list()));
    const stopInbox = await runInboxProducer(pipeline.transport, pipeline.codec, config, logger);
    try {
      const api = await startApi(
        {
          places: pipeline.store,
          articles: pipeline.articles,
          transport: pipeline.transport,
          codec: pipeline.codec,
          reconciledTopic: config.topics.reconciled,
          followerGroup: followerGroup(config),
          health: async () => ({ pipeline: { ok: true, where: 'embedded (in memory, no services)', error: null } }),
        },
        config.http,
        logger,
      );
      announce(
        api,
        io,
        `serving the embedded pipeline (${api.read.index.size} places; drop articles into ${process.env.CLAIMWIRE_INBOX ?? 'inbox'}/)`,
      );
      await stopSignal();
      await api.close();
    } finally {
      await stopInbox();
    }
  } finally {
    await pipeline.close();
  }
  return exitCode;
};
