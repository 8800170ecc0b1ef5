import { execFileSync } from 'node:child_process';
import { bestThreshold, crossValidated, fit, predict, tally, type Row } from './confidence.js';
import { repoRoot } from './corpus.js';

const row = (group: string, features: [string, number][], label: Row['label']): Row => ({ group, features: new Map(features), label });

// A feature that marks extras, one that marks found claims, and a group per pair of rows.
const rows: Row[] = Array.from({ length: 40 }, (_, i) =>
  i % 2 ? row(`g${i % 8}`, [['good', 1]], i % 4 === 1 ? 'required' : 'optional') : row(`g${i % 8}`, [['bad', 1]], 'extra'),
);

describe('training the confidence model', () => {
  it('learns which features mark extras, deterministically', () => {
    const model = fit(rows);
    expect(predict(model, new Map([['good', 1]]))).toBeGreaterThan(0.8);
    expect(predict(model, new Map([['bad', 1]]))).toBeLessThan(0.2);
    expect(fit(rows)).toEqual(model);
    expect(Object.keys(model.weights)).toEqual(['bad', 'good']);
  });

  it('tallies precision over the keys kept and recall over the required gold keys', () => {
    const keepAll = rows.map(() => true);
    expect(tally(rows, keepAll, 10)).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3, kept: 40 });
    expect(
      tally(
        rows,
        rows.map((r) => r.label !== 'extra'),
        20,
      ).precision,
    ).toBe(1);
  });

  it('judges each group by a model fitted without it, and picks the threshold that gives the best F1', () => {
    const predictions = crossValidated(rows, 4);
    expect(predictions).toHaveLength(rows.length);
    const best = bestThreshold(rows, predictions, 10, [0.3, 0.5, 0.7]);
    expect(best.threshold).toBe(0.3);
    expect(best.tally.precision).toBe(1);
    // A threshold the caller refuses (its place statuses fall, say) is passed over; with none left, all is kept.
    expect(bestThreshold(rows, predictions, 10, [0.3, 0.5, 0.7], (t) => t !== 0.3).threshold).toBe(0.5);
    expect(bestThreshold(rows, predictions, 10, [0.3, 0.5, 0.7], () => false).threshold).toBe(0);
  });

  it('takes the lowest of thresholds whose F1 is within the tolerance of the best', () => {
    // Keys 1–4 are required, 5–7 extras: keeping all reads F1 0.73, 0.5 keeps keys 1–6 (0.80), 0.7 keys 1–3 (0.86).
    const predictions = [0.9, 0.9, 0.9, 0.6, 0.6, 0.6, 0.1];
    const rows = predictions.map((_, i): Row => ({ group: `g${i}`, features: new Map(), label: i < 4 ? 'required' : 'extra' }));
    const at = (t: number): number =>
      tally(
        rows,
        predictions.map((p) => p >= t),
        4,
      ).f1;
    expect(at(0.7)).toBeGreaterThan(at(0.5));
    expect(bestThreshold(rows, predictions, 4, [0.5, 0.7], () => true, 0).threshold).toBe(0.7);
    expect(bestThreshold(rows, predictions, 4, [0.5, 0.7], () => true, at(0.7) - at(0.5)).threshold).toBe(0.5);
  });
});

describe('data/confidence.json', () => {
  // The model learns what the rules of the moment read wrongly: a change to the rules or the corpus rebuilds it.
  it('is what scripts/build-confidence.ts makes from dev and the rules now', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-confidence.ts', '--check'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(out).toContain('data/confidence.json is up to date');
  }, 600_000);
});
