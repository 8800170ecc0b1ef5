// How far a claim the rules read is to be believed: a logistic model over the claim's named features, its weights a
// versioned data file (data/confidence.json) that scripts/build-confidence.ts rebuilds from the labelled corpus. A
// claim below the model's threshold is dropped: on real copy the rules read many more claims than careful readers
// find, and what those extra readings share (an oblast rather than a town, a "could" or "if" in the sentence, a
// story of many places) is learnt from the corpus, not written as one more rule.
import { readFileSync } from 'node:fs';
import type { Claim } from '../../shared/model.js';
import { claimFeatures, type ArticleSetting } from './features.js';

export interface ConfidenceModel {
  about: string;
  /** Claims scoring below it are dropped. */
  threshold: number;
  bias: number;
  /** Function words whose presence in the claim's sentence is a feature (`word:<w>`). */
  words: string[];
  weights: Record<string, number>;
  /** How the model was made and what it did on the corpus, for the README and `--explain`. */
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
  if (!m || typeof m !== 'object') return fail('not a JSON object');
  if (typeof m.threshold !== 'number' || !(m.threshold >= 0 && m.threshold < 1)) fail('threshold must be a number in [0, 1)');
  if (typeof m.bias !== 'number' || !Number.isFinite(m.bias)) fail('bias must be a finite number');
  if (!Array.isArray(m.words) || m.words.some((w) => typeof w !== 'string' || !/^[a-z]+$/.test(w))) fail('words must be lower-case words');
  if (!m.weights || typeof m.weights !== 'object') return fail('weights must be an object');
  for (const [name, w] of Object.entries(m.weights))
    if (typeof w !== 'number' || !Number.isFinite(w)) fail(`weight ${name} is not a finite number`);
  return m as ConfidenceModel;
};

interface Loaded {
  model: ConfidenceModel;
  words: ReadonlySet<string>;
  /** The weights as a map: looked up once per feature of every claim. */
  weights: ReadonlyMap<string, number>;
}

let loaded: Loaded | null = null;

export const loadConfidenceModel = (): Loaded => {
  if (loaded) return loaded;
  const url = new URL('../../../data/confidence.json', import.meta.url);
  const model = checkModel(JSON.parse(readFileSync(url, 'utf8')), 'data/confidence.json');
  loaded = { model, words: new Set(model.words), weights: new Map(Object.entries(model.weights)) };
  return loaded;
};

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
  /** The model's belief in the claim, rounded to three places. */
  confidence: number;
  /** Whether it clears the model's threshold (extract() returns only these). */
  kept: boolean;
}

/** Every claim of an article with its confidence. */
export const judgeClaims = (claims: readonly Claim[], setting: Omit<ArticleSetting, 'claims'>): Judged[] => {
  const { model, words, weights } = loadConfidenceModel();
  // One setting for every claim of the article: the features read the story's claims once (features.ts keeps them per array).
  const full = { ...setting, claims };
  return claims.map((claim) => {
    const confidence = Math.round(scoreFeatures(claimFeatures(claim, full, words), model, weights) * 1000) / 1000;
    return { claim, confidence, kept: confidence >= model.threshold };
  });
};
