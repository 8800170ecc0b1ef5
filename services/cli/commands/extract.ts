import { printable } from '../../shared/printable.js';
import type { CommandArgs, CommandContext, extractOptions } from '../commandTable.js';
import { loadConfidenceModel, type Judged } from '../../extractor/confidence/model.js';
import { judge } from '../../extractor/extract.js';
import type { ExitCode } from '../io.js';
import { readInputs } from './readInputs.js';
import { reportRejected } from './reportRejected.js';

/**
 * `claimwire extract <files...> [--json] [--explain]`: claims of each file, no services needed; --explain names the rules
 * behind each and the confidence model's belief in it, and lists the readings the model dropped.
 */
export const run = async (
  { values, positionals }: CommandArgs<typeof extractOptions>,
  { config, io }: CommandContext,
): Promise<ExitCode> => {
  const { articles, rejected } = await readInputs(positionals, config.maxArticleBytes, io);
  reportRejected(rejected, io);
  for (const article of articles) {
    // Whoever reads the output has gone (`| head`): no use reading the rest.
    if (io.outputClosed.aborted) break;
    const judged = judge(article);
    if (values.json) for (const { claim } of judged.filter((j) => j.kept)) io.out(JSON.stringify({ article: article.source, ...claim }));
    else io.out(formatClaims(article.source ?? article.articleId, judged, values.explain === true));
  }
  return rejected.length ? 1 : 0;
};

const formatClaims = (source: string, judged: Judged[], explain: boolean): string => {
  const kept = judged.filter((j) => j.kept);
  const lines = [`${source}: ${kept.length} claim${kept.length === 1 ? '' : 's'}`];
  const describe = ({ claim: c, confidence }: Judged): void => {
    const extent = c.extent !== null ? ` ${Math.round(c.extent * 100)}%` : c.qualifier ? ` (${c.qualifier})` : '';
    lines.push(
      `  ${c.place.name.padEnd(16)} ${c.claimant.side.padEnd(7)} ${c.stance.padEnd(9)} ${(c.controller ?? '-').padEnd(2)}${extent}  ${c.claimedAt}  ${c.claimant.name}`,
    );
    if (explain)
      lines.push(
        `      «${c.evidence.text}»`,
        `      rules: ${(c.rules ?? []).join(', ') || '(none recorded)'}; confidence ${confidence.toFixed(3)}`,
      );
    else lines.push(`      «${c.evidence.text.length > 160 ? `${c.evidence.text.slice(0, 157)}...` : c.evidence.text}»`);
  };
  kept.forEach(describe);
  const dropped = judged.filter((j) => !j.kept);
  if (explain && dropped.length) {
    lines.push(`  dropped by the confidence model (below ${loadConfidenceModel().model.threshold.toFixed(2)}):`);
    dropped.forEach(describe);
  }
  return lines.map(printable).join('\n');
};
