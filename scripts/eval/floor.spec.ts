// npm test keeps extraction from sliding back: every set scores at least its floor in eval/floor.json, through the
// same readers, extract() and scorer as `npm run eval`; and the scorer agrees with ../shared/eval/score.mjs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractSet, readGold, repoRoot, SETS } from './corpus.js';
import { scoreSet } from './score.js';

const floors = JSON.parse(readFileSync(`${repoRoot}eval/floor.json`, 'utf8')) as Record<string, { f1: number; states: number }>;

describe.each(SETS.map((s) => [s.name, s] as const))('the %s set', (name, set) => {
  it('scores at least its floor', async () => {
    const run = await extractSet(set);
    const score = scoreSet(readGold(set), run.claims, run.states);
    const floor = floors[name]!;
    expect(score.f1).toBeGreaterThanOrEqual(floor.f1);
    expect(score.states.ok / score.states.of).toBeGreaterThanOrEqual(floor.states);
  }, 60_000);

  it('is scored as ../shared/eval/score.mjs scores it', async () => {
    const run = await extractSet(set);
    const score = scoreSet(readGold(set), run.claims, run.states);
    const dir = mkdtempSync(join(tmpdir(), 'claimwire-eval-'));
    writeFileSync(join(dir, 'claims.jsonl'), run.claims.map((c) => JSON.stringify(c)).join('\n'));
    writeFileSync(join(dir, 'states.json'), JSON.stringify(run.states.map((s) => ({ place: s.place.name, status: s.status }))));
    const out = spawnSync(
      process.execPath,
      [
        `${repoRoot}../shared/eval/score.mjs`,
        '--gold',
        set.gold,
        '--claims',
        join(dir, 'claims.jsonl'),
        '--states',
        join(dir, 'states.json'),
      ],
      { encoding: 'utf8' },
    );
    expect(out.status).toBe(0);
    const line = out.stdout.trim().split('\n').at(-1)!;
    expect(line).toContain(`precision=${score.precision.toFixed(3)} recall=${score.recall.toFixed(3)} f1=${score.f1.toFixed(3)}`);
    expect(line).toContain(`states=${score.states.ok}/${score.states.of}`);
  }, 60_000);
});
