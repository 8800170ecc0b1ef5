import { randomBytes } from 'node:crypto';
import { runArticleIndex } from '../../articles/articleIndex.js';
import { RedisArticleStore } from '../../articles/redisArticleStore.js';
import { stackHealth } from '../../api/serviceHealth.js';
import { startApi, type RunningApi } from '../../api/startApi.js';
import { RedisPlaceStateStore } from '../../reconciler/redisStore.js';
import type { Config } from '../../shared/config.js';
import type { Logger } from '../../shared/logger.js';
import { CLI_RETRY, connectRedis } from '../../shared/reachServices.js';
import type { CommandArgs, CommandContext, noOptions } from '../commandTable.js';
import type { CommandIO, ExitCode } from '../io.js';
import { withKafka } from '../kafkaSession.js';

/** Resolves on SIGINT or SIGTERM. */
export const stopSignal = (): Promise<string> =>
  new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });

export const followerGroup = (config: Config): string => `${config.clientId}-serve-${process.pid}-${randomBytes(3).toString('hex')}`;

export const announce = (api: RunningApi, io: CommandIO, what: string): void =>
  io.err(`claimwire: ${what}: dashboard ${api.url}/  API ${api.url}/api/places  OpenAPI ${api.url}/api/openapi.json  (Ctrl-C to stop)`);

/**
 * `claimwire serve`: the HTTP API and the dashboard over Redis, following the reconciled topic for changes, and
 * keeping the article index (articles by id, for the claims' URLs and texts) from the ingest topic.
 */
export const serveCommand = (config: Config, io: CommandIO, logger: Logger): Promise<ExitCode> =>
  withKafka<ExitCode>(config, logger, 'serve', async ({ transport, codec }) => {
    const redis = await connectRedis(config, CLI_RETRY, logger);
    try {
      const articles = new RedisArticleStore(redis, config.redisPrefix);
      const articleIndex = await runArticleIndex(transport, codec, config.topics.articles, config.articleIndexGroup, articles, logger);
      try {
        const api = await startApi(
          {
            places: new RedisPlaceStateStore(redis, { prefix: config.redisPrefix }),
            articles,
            transport,
            codec,
            reconciledTopic: config.topics.reconciled,
            followerGroup: followerGroup(config),
            health: stackHealth(config, redis, logger),
          },
          config.http,
          logger,
        );
        announce(api, io, `serving ${api.read.index.size} places from Redis`);
        const signal = await stopSignal();
        logger.info({ signal }, 'stopping');
        await api.close();
      } finally {
        await articleIndex.stop();
      }
      return 0;
    } finally {
      await redis.quit();
    }
  });

export const run = (_args: CommandArgs<typeof noOptions>, { config, io, logger }: CommandContext): Promise<ExitCode> =>
  serveCommand(config, io, logger);
