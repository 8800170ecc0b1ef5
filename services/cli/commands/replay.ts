import { byPublication, expandPaths, readArticleFiles } from '../../producer/articleFiles.js';
import { formatStateTable } from '../../reconciler/formatState.js';
import type { Config } from '../../shared/config.js';
import type { Logger } from '../../shared/logger.js';
import { shuffled } from '../../shared/shuffle.js';
import { UsageError, type ParsedArgs } from '../args.js';
import { runEmbeddedPipeline } from '../embeddedPipeline.js';
import { serveEmbedded } from './serveEmbedded.js';
import type { CommandIO, ExitCode } from '../io.js';
import { publishToKafka } from './ingest.js';
import { reportRejected } from './reportRejected.js';

/**
 * `claimwire replay <dir> [--embedded [--serve]] [--json] [--shuffle <seed>]`: sends a folder of articles in
 * publication order (or in an order fixed by the seed) through Kafka, or through the embedded pipeline; with --serve,
 * then serves the dashboard and the API over the embedded pipeline's state until Ctrl-C.
 */
export const replayCommand = async (args: ParsedArgs, config: Config, io: CommandIO, logger: Logger): Promise<ExitCode> => {
  if (args.positional.length === 0) throw new UsageError('replay needs a directory (or files) of articles, e.g. claimwire replay seeds/');
  const { articles, rejected } = await readArticleFiles(await expandPaths(args.positional), config.maxArticleBytes);
  reportRejected(rejected, io);
  const seed = args.flags.get('shuffle');
  if (seed !== undefined && (seed === true || !/^\d+$/.test(seed))) throw new UsageError('--shuffle needs a numeric seed');
  const ordered = seed === undefined ? [...articles].sort(byPublication) : shuffled(articles, Number(seed));

  if (args.flags.has('serve') && !args.flags.has('embedded'))
    throw new UsageError('--serve goes with --embedded (for Redis: claimwire serve)');
  if (args.flags.has('serve')) return serveEmbedded(ordered, rejected.length ? 1 : 0, config, io, logger);
  if (args.flags.has('embedded')) {
    const { states } = await runEmbeddedPipeline(ordered, config, logger);
    io.out(args.flags.has('json') ? JSON.stringify(states, null, 2) : formatStateTable(states));
  } else {
    await publishToKafka(ordered, config, logger);
    io.err(`claimwire: published ${ordered.length} article${ordered.length === 1 ? '' : 's'} to ${config.topics.articles}`);
  }
  return rejected.length ? 1 : 0;
};
