import { findArticleFiles, readArticleFiles, type ReadArticles } from '../../producer/articleFiles.js';
import type { CommandIO } from '../io.js';
import { startProgress } from '../progress.js';

/**
 * The articles the paths name (folders expanded), with every path or file that cannot be one rejected with its
 * reason; a missing path does not stop the others. Shows progress while reading many files.
 */
export const readInputs = async (paths: readonly string[], maxBytes: number, io: CommandIO): Promise<ReadArticles> => {
  const found = await findArticleFiles(paths);
  const progress = startProgress(io.progress, 'reading', found.files.length, 'files');
  const read = await readArticleFiles(found.files, maxBytes, undefined, () => progress.add());
  progress.done();
  return { articles: read.articles, rejected: [...found.rejected, ...read.rejected] };
};
