// How far a claim the rules read is to be believed: a logistic model over the claim's named features, its weights a
// versioned data file (data/confidence.json) that scripts/build-confidence.ts rebuilds from the labelled corpus. A
// claim below the model's threshold is dropped: on real copy the rules read many more claims than careful readers
// find, and what those extra readings share (an oblast rather than a town, a "could" or "if" in the sentence, a
// story of many places) is learnt from the corpus, not written as one more rule.
import { readFileSync } from 'node:fs';
import type { Claim } from '../../shared/model.js';
import { claimFeatures, FEATURE_FAMILIES, storyOf, type ArticleSetting } from './features.js';

export interface ConfidenceModel {
  about: string;
  /** Claims scoring below it are dropped. */
  threshold: number;
  bias: number;
  /** Function words whose presence in the claim's sentence is a feature (`word:<w>`). */
  words: string[];
  weights: Record<string, number>;
  /** How the model was made and what it did on the corpus (scripts/build-confidence.ts writes it). */
  trainedOn: Record<string, unknown>;
}

export class ConfidenceModelError extends Error {
  override name = 'ConfidenceModelError';
}

/** Checks a parsed model file; a broken one fails loudly at load, never silently keeps or drops every claim. */
export const checkModel = (raw: unknown, source: string): ConfidenceModel => {
  const m = raw as Partial<ConfidenceModel> | null;
  const fail = (what: string): never => {
    throw new ConfidenceModelError(`${source}: ${what}`);
  };
  if (!m || typeof m !== 'object' || Array.isArray(m)) return fail('not a JSON object');
  if (typeof m.threshold !== 'number' || !(m.threshold >= 0 && m.threshold < 1)) fail('threshold must be a number in [0, 1)');
  if (typeof m.bias !== 'number' || !Number.isFinite(m.bias)) fail('bias must be a finite number');
  if (!Array.isArray(m.words) || m.words.some((w) => typeof w !== 'string' || !/^[a-z]+$/.test(w))) fail('words must be lower-case words');
  if (!m.weights || typeof m.weights !== 'object' || Array.isArray(m.weights)) return fail('weights must be an object');
  if (!Object.keys(m.weights).length) fail('weights are empty: every claim would get the same confidence');
  const words = new Set(m.words);
  for (const [name, w] of Object.entries(m.weights)) {
    if (typeof w !== 'number' || !Number.isFinite(w)) fail(`weight ${name} is not a finite number`);
    // A weight no feature can have (a feature renamed since the file was built) would count for nothing, silently.
    if (!FEATURE_FAMILIES.some((f) => name === f || name.startsWith(`${f}:`))) fail(`weight ${name} names no feature features.ts makes`);
    if (name.startsWith('word:') && !words.has(name.slice(5))) fail(`weight ${name} is for a word missing from words`);
  }
  return m as ConfidenceModel;
};

export interface Loaded {
  model: ConfidenceModel;
  words: ReadonlySet<string>;
  /** The weights as a map: looked up once per feature of every claim. */
  weights: ReadonlyMap<string, number>;
}

/** A checked model ready for judging. */
export const prepareModel = (model: ConfidenceModel): Loaded => ({
  model,
  words: new Set(model.words),
  weights: new Map(Object.entries(model.weights)),
});

let loaded: Loaded | null = null;

/** data/confidence.json, read and checked once; a missing or unreadable file is a ConfidenceModelError naming it. */
export const loadConfidenceModel = (): Loaded => {
  if (loaded) return loaded;
  const url = new URL('../../../data/confidence.json', import.meta.url);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(url, 'utf8'));
  } catch (error) {
    throw new ConfidenceModelError(
      `data/confidence.json: cannot be read (${(error as Error).message}); rebuild it with npx tsx scripts/build-confidence.ts`,
    );
  }
  loaded = prepareModel(checkModel(raw, 'data/confidence.json'));
  return loaded;
};

/** Whether a claim of this belief is kept: the raw belief, unrounded, as the threshold was chosen on. */
export const keeps = (belief: number, threshold: number): boolean => belief >= threshold;

/** The model's belief in a claim with these features, in (0, 1). */
export const scoreFeatures = (
  features: ReadonlyMap<string, number>,
  model: Pick<ConfidenceModel, 'bias' | 'weights'>,
  weights: ReadonlyMap<string, number> = new Map(Object.entries(model.weights)),
): number => {
  let z = model.bias;
  for (const [name, value] of features) z += (weights.get(name) ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
};

export interface Judged {
  claim: Claim;
  /** The model's belief in the claim, rounded to three places for display (kept or not is decided unrounded). */
  confidence: number;
  /** Whether it clears the model's threshold (extract() returns only these). */
  kept: boolean;
}

/** Every claim of an article with its confidence, by the shipped model unless another is given. */
export const judgeClaims = (
  claims: readonly Claim[],
  setting: Omit<ArticleSetting, 'claims' | 'story'>,
  { model, words, weights }: Loaded = loadConfidenceModel(),
): Judged[] => {
  const full = { ...setting, claims, story: storyOf(claims) };
  return claims.map((claim) => {
    const belief = scoreFeatures(claimFeatures(claim, full, words), model, weights);
    return { claim, confidence: Math.round(belief * 1000) / 1000, kept: keeps(belief, model.threshold) };
  });
};
