import { articleFromText, expandPaths, readArticleFiles, type ReadArticles } from '../../producer/articleFiles.js';
import { problemWithText } from '../../shared/articleChecks.js';
import { publishArticles } from '../../producer/publishArticles.js';
import type { Config } from '../../shared/config.js';
import type { Logger } from '../../shared/logger.js';
import type { Article } from '../../shared/model.js';
import { UsageError, type ParsedArgs } from '../args.js';
import type { CommandIO, ExitCode } from '../io.js';
import { withKafka } from '../kafkaSession.js';
import { reportRejected } from './reportRejected.js';

/** `claimwire ingest <file|dir|->...`: publishes articles to the ingest topic; bad files are named and skipped. */
export const ingestCommand = async (args: ParsedArgs, config: Config, io: CommandIO, logger: Logger): Promise<ExitCode> => {
  if (args.positional.length === 0) throw new UsageError('ingest needs files, directories, or - for standard input');
  const fromStdin = args.positional.includes('-');
  const paths = args.positional.filter((p) => p !== '-');
  const read: ReadArticles = paths.length
    ? await readArticleFiles(await expandPaths(paths), config.maxArticleBytes)
    : { articles: [], rejected: [] };
  if (fromStdin) {
    const bytes = await readStdin();
    const problem = problemWithText(bytes, config.maxArticleBytes);
    if (problem) read.rejected.push({ file: '-', reason: problem });
    else read.articles.push(articleFromText(bytes.toString('utf8'), null, undefined, new Date().toISOString()));
  }
  reportRejected(read.rejected, io);
  if (read.articles.length) {
    await publishToKafka(read.articles, config, logger);
    for (const a of read.articles) io.out(`${a.source ?? '-'}\t${a.articleId}\t${a.publishedAt ?? 'undated'}`);
  }
  io.err(`claimwire: published ${read.articles.length}, rejected ${read.rejected.length}`);
  return read.rejected.length ? 1 : 0;
};

export const publishToKafka = (articles: Article[], config: Config, logger: Logger): Promise<void> =>
  withKafka(config, logger, 'producer', ({ transport, codec }) => publishArticles(transport, codec, config.topics.articles, articles));

const readStdin = async (): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};
