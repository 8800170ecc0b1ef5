// npm run eval: extraction and place states scored on the seeds, dev and test (see scripts/eval/score.ts), the
// confusion by field, and every miss written to eval/out/<set>.misses.txt. --check fails below eval/floor.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractSet, readGold, repoRoot, SETS } from './eval/corpus.js';
import { FIELDS, scoreSet, type SetScore } from './eval/score.js';

export interface Floor {
  f1: number;
  /** Share of gold place statuses right. */
  states: number;
}

// `npm run eval | head`: a closed pipe ends the output, not the process with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { values } = parseArgs({
  options: {
    set: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    diff: { type: 'boolean', default: false },
  },
  strict: true,
});
const wanted = values.set?.length ? SETS.filter((s) => values.set!.includes(s.name)) : SETS;
if (values.set?.some((name) => !SETS.some((s) => s.name === name))) {
  console.error(`eval: --set takes ${SETS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

const fmt = (x: number): string => x.toFixed(3);
const ratio = ([ok, of]: [number, number]): string => `${ok}/${of}`;
const scores: (SetScore & { articles: number; ms: number })[] = [];
mkdirSync(`${repoRoot}eval/out`, { recursive: true });
for (const set of wanted) {
  const gold = readGold(set);
  const run = await extractSet(set);
  const score = { ...scoreSet(gold, run.claims, run.states), articles: run.articles, ms: run.ms };
  scores.push(score);
  const lines = [
    `${set.name}: precision ${fmt(score.precision)} recall ${fmt(score.recall)} f1 ${fmt(score.f1)}`,
    '',
    `missed required claims (${score.missed.length}):`,
    ...score.missed.map((m) => `  ${m.article}: ${m.key}\n      «${m.evidence}»`),
    '',
    `claims not in gold (${score.extra.length}):`,
    ...score.extra.map((m) => `  ${m.article}: ${m.key}  [${(m.rules ?? []).join(' ')}]\n      «${m.evidence}»`),
    '',
    'precision by rule (produced keys in gold / produced keys):',
    ...Object.entries(score.byRule)
      .sort((a, b) => b[1][1] - a[1][1])
      .map(([rule, [ok, of]]) => `  ${rule.padEnd(34)} ${String(ok).padStart(4)}/${String(of).padEnd(4)} ${fmt(ok / of)}`),
    '',
    `place states wrong (${score.states.wrong.length}):`,
    ...score.states.wrong.map((w) => `  ${w}`),
  ];
  writeFileSync(`${repoRoot}eval/out/${set.name}.misses.txt`, `${lines.join('\n')}\n`);
  // --diff: what changed since the last run of this set (missed and extra keys gained or lost).
  const lastPath = `${repoRoot}eval/out/${set.name}.last.json`;
  const now = { missed: score.missed.map((m) => `${m.article}: ${m.key}`), extra: score.extra.map((m) => `${m.article}: ${m.key}`) };
  if (values.diff && existsSync(lastPath)) {
    const last = JSON.parse(readFileSync(lastPath, 'utf8')) as typeof now;
    const show = (label: string, a: string[], b: string[]): void => {
      const gone = a.filter((x) => !b.includes(x));
      if (gone.length) console.log(`${set.name} ${label} (${gone.length}):\n  ${gone.join('\n  ')}`);
    };
    show('now found', last.missed, now.missed);
    show('now missed', now.missed, last.missed);
    show('extras gone', last.extra, now.extra);
    show('new extras', now.extra, last.extra);
  }
  writeFileSync(lastPath, JSON.stringify(now));
}

if (values.json) console.log(JSON.stringify(scores, null, 2));
else {
  console.log('set     articles  precision  recall     f1  required  produced  states   date    extent  claimant');
  for (const s of scores)
    console.log(
      `${s.set.padEnd(7)} ${String(s.articles).padStart(8)}  ${fmt(s.precision).padStart(9)}  ${fmt(s.recall).padStart(6)}  ${fmt(s.f1)}  ${`${s.matchedRequired}/${s.requiredKeys}`.padStart(8)}  ${`${s.matchedProduced}/${s.producedKeys}`.padStart(8)}  ${`${s.states.ok}/${s.states.of}`.padStart(6)}  ${ratio(s.date).padStart(6)}  ${ratio(s.extent).padStart(6)}  ${ratio(s.claimant).padStart(8)}`,
    );
  console.log('\nrequired claims produced with one field wrong (gold → produced):');
  for (const s of scores) {
    const cells = FIELDS.map((f) => {
      const c = s.confusion[f];
      const top = Object.entries(c.swaps)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([swap, n]) => `${swap} ×${n}`)
        .join(', ');
      return `${f} ${c.count}${top ? ` (${top})` : ''}`;
    });
    console.log(`  ${s.set.padEnd(6)} ${cells.join('; ')}`);
  }
  console.log(`\nmisses and extras of each set: eval/out/<set>.misses.txt`);
}

if (values.check) {
  const floors = JSON.parse(readFileSync(`${repoRoot}eval/floor.json`, 'utf8')) as Record<string, Floor>;
  const below = scores.flatMap((s) => {
    const floor = floors[s.set];
    if (!floor) return [];
    const states = s.states.of ? s.states.ok / s.states.of : 1;
    return [
      ...(s.f1 + 1e-9 < floor.f1 ? [`${s.set}: f1 ${fmt(s.f1)} is below its floor ${fmt(floor.f1)}`] : []),
      ...(states + 1e-9 < floor.states ? [`${s.set}: states ${fmt(states)} are below their floor ${fmt(floor.states)}`] : []),
    ];
  });
  if (below.length) {
    console.error(below.join('\n'));
    process.exit(1);
  }
}
