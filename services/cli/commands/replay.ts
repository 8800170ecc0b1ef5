import { byPublication } from '../../producer/articleFiles.js';
import { formatStateTable } from '../../reconciler/formatState.js';
import { shuffled } from '../../shared/shuffle.js';
import { UsageError } from '../args.js';
import type { CommandArgs, CommandContext, replayOptions } from '../commandTable.js';
import { runEmbeddedPipeline } from '../embeddedPipeline.js';
import type { ExitCode } from '../io.js';
import { startProgress } from '../progress.js';
import { publishToKafka } from './ingest.js';
import { readInputs } from './readInputs.js';
import { reportRejected } from './reportRejected.js';

/**
 * `claimwire replay <dir> [--embedded [--serve]] [--json] [--shuffle <seed>]`: sends a folder of articles in
 * publication order (or in an order fixed by the seed) through Kafka, or through the embedded pipeline; with --serve,
 * then serves the dashboard and the API over the embedded pipeline's state until Ctrl-C.
 */
export const run = async (
  { values, positionals }: CommandArgs<typeof replayOptions>,
  { config, io, logger }: CommandContext,
): Promise<ExitCode> => {
  const seed = values.shuffle;
  if (seed !== undefined && !/^\d+$/.test(seed)) throw new UsageError(`--shuffle needs a numeric seed, not "${seed}"`, 'replay');
  if (values.serve && !values.embedded) throw new UsageError('--serve goes with --embedded (for Redis: claimwire serve)', 'replay');
  const { articles, rejected } = await readInputs(positionals, config.maxArticleBytes, io);
  reportRejected(rejected, io);
  const ordered = seed === undefined ? [...articles].sort(byPublication) : shuffled(articles, Number(seed));

  if (values.serve) {
    const { serveEmbedded } = await import('./serveEmbedded.js');
    return serveEmbedded(ordered, rejected.length ? 1 : 0, config, io, logger);
  }
  if (values.embedded) {
    const progress = startProgress(io.progress, 'extracting', ordered.length, 'articles');
    const { states } = await runEmbeddedPipeline(ordered, config, logger, () => progress.add());
    progress.done();
    io.out(values.json ? JSON.stringify(states, null, 2) : formatStateTable(states));
  } else {
    await publishToKafka(ordered, config, logger, io);
    io.err(`claimwire: published ${ordered.length} article${ordered.length === 1 ? '' : 's'} to ${config.topics.articles}`);
  }
  return rejected.length ? 1 : 0;
};
