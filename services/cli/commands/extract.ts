import type { Claim } from '../../shared/model.js';
import { printable } from '../../shared/printable.js';
import type { CommandArgs, CommandContext, extractOptions } from '../commandTable.js';
import { extract } from '../../extractor/extract.js';
import type { ExitCode } from '../io.js';
import { readInputs } from './readInputs.js';
import { reportRejected } from './reportRejected.js';

/** `claimwire extract <files...> [--json] [--explain]`: claims of each file, no services needed; --explain names the rules behind each. */
export const run = async (
  { values, positionals }: CommandArgs<typeof extractOptions>,
  { config, io }: CommandContext,
): Promise<ExitCode> => {
  const { articles, rejected } = await readInputs(positionals, config.maxArticleBytes, io);
  reportRejected(rejected, io);
  for (const article of articles) {
    // Whoever reads the output has gone (`| head`): no use reading the rest.
    if (io.outputClosed.aborted) break;
    const claims = extract(article);
    if (values.json) for (const claim of claims) io.out(JSON.stringify({ article: article.source, ...claim }));
    else io.out(formatClaims(article.source ?? article.articleId, claims, values.explain === true));
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
    if (explain) lines.push(`      «${c.evidence.text}»`, `      rules: ${(c.rules ?? []).join(', ') || '(none recorded)'}`);
    else lines.push(`      «${c.evidence.text.length > 160 ? `${c.evidence.text.slice(0, 157)}...` : c.evidence.text}»`);
  }
  return lines.map(printable).join('\n');
};
