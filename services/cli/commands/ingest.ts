import { articleFromBytes } from '../../producer/articleFiles.js';
import { publishArticles } from '../../producer/publishArticles.js';
import type { Config } from '../../shared/config.js';
import type { Logger } from '../../shared/logger.js';
import type { Article } from '../../shared/model.js';
import { printable } from '../../shared/printable.js';
import type { CommandArgs, CommandContext, noOptions } from '../commandTable.js';
import type { CommandIO, ExitCode } from '../io.js';
import { withKafka } from '../kafkaSession.js';
import { startProgress } from '../progress.js';
import { readInputs } from './readInputs.js';
import { reportRejected } from './reportRejected.js';

/**
 * `claimwire ingest <file|dir|->...`: publishes articles to the ingest topic. A path that is missing or a file that
 * cannot be an article is named with its reason (exit 1) and the others still go; `-` (standard input) is held to
 * exactly the same rules as a file.
 */
export const run = async ({ positionals }: CommandArgs<typeof noOptions>, { config, io, logger }: CommandContext): Promise<ExitCode> => {
  const fromStdin = positionals.includes('-');
  const read = await readInputs(
    positionals.filter((p) => p !== '-'),
    config.maxArticleBytes,
    io,
  );
  if (fromStdin) {
    const article = articleFromBytes(await readStdin(), null, undefined, new Date().toISOString(), config.maxArticleBytes);
    if ('problem' in article) read.rejected.push({ file: '-', reason: article.problem });
    else read.articles.push(article);
  }
  reportRejected(read.rejected, io);
  if (read.articles.length) {
    await publishToKafka(read.articles, config, logger, io);
    for (const a of read.articles) io.out([a.source ?? '-', a.articleId, a.publishedAt ?? 'undated'].map(printable).join('\t'));
  }
  io.err(`claimwire: published ${read.articles.length}, rejected ${read.rejected.length}`);
  return read.rejected.length ? 1 : 0;
};

/** Publishes to the ingest topic, with progress when there are many. */
export const publishToKafka = (articles: Article[], config: Config, logger: Logger, io: CommandIO): Promise<void> =>
  withKafka(config, logger, 'producer', async ({ transport, codec }) => {
    const progress = startProgress(io.progress, 'publishing', articles.length, 'articles');
    try {
      await publishArticles(transport, codec, config.topics.articles, articles, (n) => progress.add(n));
    } finally {
      progress.done();
    }
  });

const readStdin = async (): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};
