// Training the confidence model (services/extractor/confidence/): L2-regularised logistic regression over the named
// features of every claim key the rules read in `dev`, labelled by the gold (a key careful readers found, or an
// extra), and a threshold chosen by cross-validation over whole labelling batches, so that the threshold is judged
// on batches the weights were not fitted to. Pure and deterministic: the same rows give the same model.
import { scoreFeatures } from '../../services/extractor/confidence/model.js';

export interface Row {
  /** The labelling batch of the row's article: cross-validation folds never split one. */
  group: string;
  features: ReadonlyMap<string, number>;
  /** 'required': a required gold key; 'optional': an optional one; 'extra': no gold key. */
  label: 'required' | 'optional' | 'extra';
}

export interface Fitted {
  bias: number;
  weights: Record<string, number>;
}

export interface TrainOptions {
  /** L2 penalty (the bias is not penalised). */
  lambda: number;
  iterations: number;
  rate: number;
}

export const TRAINING: TrainOptions = { lambda: 1, iterations: 2000, rate: 0.5 };

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Full-batch gradient descent on the mean log loss; features are sparse, so only their own weights move per row. */
export const fit = (rows: readonly Row[], options: TrainOptions = TRAINING): Fitted => {
  const index = new Map<string, number>();
  for (const r of rows) for (const name of r.features.keys()) if (!index.has(name)) index.set(name, index.size);
  const sparse = rows.map((r) => [...r.features].map(([name, value]) => [index.get(name)!, value] as const));
  const y = rows.map((r) => (r.label === 'extra' ? 0 : 1));
  const w = new Float64Array(index.size);
  let bias = 0;
  const n = Math.max(1, rows.length);
  for (let it = 0; it < options.iterations; it++) {
    const grad = new Float64Array(index.size);
    let gradBias = 0;
    for (let i = 0; i < sparse.length; i++) {
      let z = bias;
      for (const [k, v] of sparse[i]!) z += w[k]! * v;
      const err = sigmoid(z) - y[i]!;
      gradBias += err;
      for (const [k, v] of sparse[i]!) grad[k]! += err * v;
    }
    for (let k = 0; k < w.length; k++) w[k]! -= options.rate * ((grad[k]! + options.lambda * w[k]!) / n);
    bias -= (options.rate * gradBias) / n;
  }
  const weights: Record<string, number> = {};
  for (const [name, k] of [...index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) weights[name] = round(w[k]!);
  return { bias: round(bias), weights };
};

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

/** The fitted model's belief, as the extractor computes it (before rounding for display). */
export const predict = (model: Fitted, features: ReadonlyMap<string, number>, weights?: ReadonlyMap<string, number>): number =>
  scoreFeatures(features, model, weights);

export interface Tally {
  precision: number;
  recall: number;
  f1: number;
  kept: number;
}

/** Precision, recall and F1 of the keys kept, as the scorer counts them; `required` is every required gold key of the rows' articles. */
export const tally = (rows: readonly Row[], keep: readonly boolean[], required: number): Tally => {
  let kept = 0;
  let found = 0;
  let foundRequired = 0;
  rows.forEach((r, i) => {
    if (!keep[i]) return;
    kept++;
    if (r.label !== 'extra') found++;
    if (r.label === 'required') foundRequired++;
  });
  const precision = kept ? found / kept : 0;
  const recall = required ? foundRequired / required : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, kept };
};

/** Deterministic shuffle (a small LCG): the same groups always fall into the same folds. */
const shuffled = <T>(items: readonly T[], seed: number): T[] => {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

/** Out-of-fold predictions: each group's rows scored by a model fitted on the other folds' groups. */
export const crossValidated = (rows: readonly Row[], folds: number, options: TrainOptions = TRAINING, seed = 7): number[] => {
  const groups = shuffled([...new Set(rows.map((r) => r.group))].sort(), seed);
  const foldOf = new Map(groups.map((g, i) => [g, i % folds]));
  const out = new Array<number>(rows.length).fill(0);
  for (let f = 0; f < folds; f++) {
    const model = fit(
      rows.filter((r) => foldOf.get(r.group) !== f),
      options,
    );
    const weights = new Map(Object.entries(model.weights));
    rows.forEach((r, i) => {
      if (foldOf.get(r.group) === f) out[i] = predict(model, r.features, weights);
    });
  }
  return out;
};

/**
 * F1 differences this small between thresholds are equal: fold-to-fold noise, not a better judge. Among equals the
 * lowest threshold wins: it drops fewer claims, and recall is what unseen copy lacks.
 */
export const EQUAL_F1 = 0.002;

/**
 * The threshold (of `candidates`) whose out-of-fold keeping gives the best F1, the lowest of equals (within
 * `equal`), among those `acceptable` allows (the place statuses, say, must not fall); threshold 0 keeps everything.
 */
export const bestThreshold = (
  rows: readonly Row[],
  predictions: readonly number[],
  required: number,
  candidates: readonly number[],
  acceptable: (threshold: number) => boolean = () => true,
  equal = EQUAL_F1,
): { threshold: number; tally: Tally } => {
  const scored = [
    {
      threshold: 0,
      tally: tally(
        rows,
        rows.map(() => true),
        required,
      ),
    },
    ...[...candidates]
      .sort((a, b) => a - b)
      .filter((threshold) => acceptable(threshold))
      .map((threshold) => ({
        threshold,
        tally: tally(
          rows,
          predictions.map((p) => p >= threshold),
          required,
        ),
      })),
  ];
  const top = Math.max(...scored.map((s) => s.tally.f1));
  return scored.find((s) => s.tally.f1 >= top - equal - 1e-9)!;
};
