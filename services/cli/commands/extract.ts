import { extract } from '../../extractor/extract.js';
import { expandPaths, readArticleFiles } from '../../producer/articleFiles.js';
import type { Config } from '../../shared/config.js';
import type { Claim } from '../../shared/model.js';
import type { ParsedArgs } from '../args.js';
import { UsageError } from '../args.js';
import type { CommandIO, ExitCode } from '../io.js';
import { reportRejected } from './reportRejected.js';

/** `claimwire extract <files...> [--json] [--explain]`: claims of each file, no services needed; --explain names the rules behind each. */
export const extractCommand = async (args: ParsedArgs, config: Config, io: CommandIO): Promise<ExitCode> => {
  if (args.positional.length === 0) throw new UsageError('extract needs at least one file or directory');
  const { articles, rejected } = await readArticleFiles(await expandPaths(args.positional), config.maxArticleBytes);
  reportRejected(rejected, io);
  const json = args.flags.has('json');
  const explain = args.flags.has('explain');
  for (const article of articles) {
    const claims = extract(article);
    if (json) for (const claim of claims) io.out(JSON.stringify({ article: article.source, ...claim }));
    else io.out(formatClaims(article.source ?? article.articleId, claims, explain));
  }
  return rejected.length ? 1 : 0;
};

const formatClaims = (source: string, claims: Claim[], explain: boolean): string => {
  const lines = [`${source}: ${claims.length} claim${claims.length === 1 ? '' : 's'}`];
  for (const c of claims) {
    const extent = c.extent !== null ? ` ${Math.round(c.extent * 100)}%` : c.qualifier ? ` (${c.qualifier})` : '';
    lines.push(
      `  ${c.place.name.padEnd(16)} ${c.claimant.side.padEnd(7)} ${c.stance.padEnd(9)} ${(c.controller ?? '-').padEnd(2)}${extent}  ${c.claimedAt}  ${c.claimant.name}`,
    );
    lines.push(
      explain
        ? `      «${c.evidence.text}»\n      rules: ${(c.rules ?? []).join(', ') || '(none recorded)'}`
        : `      «${c.evidence.text.length > 160 ? `${c.evidence.text.slice(0, 157)}...` : c.evidence.text}»`,
    );
  }
  return lines.join('\n');
};
