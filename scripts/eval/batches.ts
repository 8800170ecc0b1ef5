// Scores labelling batches one by one: the articles eval/corpus/labels/batches.json puts in each batch, extracted
// with today's extract(), against their share of the set's gold (claims, and the place statuses those claims
// reconcile to). Scored before any rule looks at it, a new batch is the honest estimate of how the extractor reads
// copy it has never seen; the README's "Unseen batches" table holds those first scores.
//   npx tsx scripts/eval/batches.ts L35 L36      the named batches, one line each, and all of them together
//   npx tsx scripts/eval/batches.ts              every batch
import { extract } from '../../services/extractor/extract.js';
import { expandPaths, readArticleFiles } from '../../services/producer/articleFiles.js';
import { reconcileAll } from '../../services/reconciler/reconcile.js';
import { placeStatuses } from './build-gold.js';
import { readBatches, readGold, SETS } from './corpus.js';
import { scoreSet, type ProducedClaim } from './score.js';

const batches = readBatches();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((b) => !batches[b]);
if (unknown.length) {
  console.error(`batches.ts: no batch ${unknown.join(', ')} in eval/corpus/labels/batches.json`);
  process.exit(2);
}
const names = (wanted.length ? wanted : Object.keys(batches)).filter((b) => !batches[b]!.second);

const produced = new Map<string, ProducedClaim[]>();
for (const split of new Set(names.map((b) => batches[b]!.split))) {
  const set = SETS.find((s) => s.name === split)!;
  const { articles, rejected } = await readArticleFiles(await expandPaths([set.dir]), Number.MAX_SAFE_INTEGER);
  // An article the producer refuses would leave its gold claims unfound: the score would be wrong, not just lower.
  if (rejected.length) throw new Error(`${split}: unreadable articles: ${rejected.map((r) => `${r.file} (${r.reason})`).join(', ')}`);
  for (const a of articles)
    produced.set(
      String(a.source).replace(/^.*\//, ''),
      extract(a).map((c) => ({ article: a.source ?? null, ...c })),
    );
}

const line = (label: string, split: string, files: string[]): string => {
  const gold = readGold(SETS.find((s) => s.name === split)!);
  const articles = gold.articles.filter((a) => files.includes(a.article));
  const claims = files.flatMap((f) => produced.get(f) ?? []);
  const score = scoreSet({ ...gold, articles, places: placeStatuses(articles) }, claims, reconcileAll(claims));
  return `${label.padEnd(10)} ${String(articles.length).padStart(4)}  ${score.precision.toFixed(3)}  ${score.recall.toFixed(3)}  ${score.f1.toFixed(3)}  ${`${score.states.ok}/${score.states.of}`.padStart(7)}`;
};

console.log('batch      articles  P      R      F1     statuses');
for (const b of names) console.log(line(b, batches[b]!.split, batches[b]!.files));
const splits = new Set(names.map((b) => batches[b]!.split));
if (names.length > 1 && splits.size === 1)
  console.log(
    line(
      'together',
      [...splits][0]!,
      names.flatMap((b) => batches[b]!.files),
    ),
  );
