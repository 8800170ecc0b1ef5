import { readClaims } from '../extract.js';
import { specArticle } from '../readers/testing.js';
import { checkModel, ConfidenceModelError, judgeClaims, keeps, loadConfidenceModel, prepareModel, scoreFeatures } from './model.js';

const valid = { about: '', threshold: 0.3, bias: -0.5, words: ['if'], weights: { 'rule:x': 1, 'word:if': -1, extent: 0.5 }, trainedOn: {} };

describe('the confidence model file', () => {
  it('refuses a broken file with a clear error', () => {
    expect(() => checkModel(null, 'm.json')).toThrow(new ConfidenceModelError('m.json: not a JSON object'));
    expect(() => checkModel({ ...valid, threshold: 1.5 }, 'm.json')).toThrow('threshold must be a number in [0, 1)');
    expect(() => checkModel({ ...valid, bias: 'x' }, 'm.json')).toThrow('bias must be a finite number');
    expect(() => checkModel({ ...valid, words: ['If'] }, 'm.json')).toThrow('words must be lower-case words');
    expect(() => checkModel({ ...valid, weights: { 'rule:x': null } }, 'm.json')).toThrow('weight rule:x is not a finite number');
    expect(() => checkModel({ ...valid, weights: {} }, 'm.json')).toThrow('weights are empty');
    expect(() => checkModel({ ...valid, weights: [1] }, 'm.json')).toThrow('weights must be an object');
    expect(() => checkModel({ ...valid, weights: { 'renamed:x': 1 } }, 'm.json')).toThrow('weight renamed:x names no feature');
    expect(() => checkModel({ ...valid, weights: { 'word:could': 1 } }, 'm.json')).toThrow(
      'weight word:could is for a word missing from words',
    );
    expect(checkModel(valid, 'm.json')).toEqual(valid);
  });

  it('scores features as a logistic model: the bias, plus each weight times its value', () => {
    expect(scoreFeatures(new Map(), { bias: 0, weights: {} })).toBe(0.5);
    const p = scoreFeatures(
      new Map([
        ['rule:x', 1],
        ['story:places', 0.5],
        ['unknown', 1],
      ]),
      { bias: -1, weights: { 'rule:x': 2, 'story:places': 2 } },
    );
    expect(p).toBeCloseTo(1 / (1 + Math.exp(-2)));
  });

  it('ships data/confidence.json with a threshold and weights (scripts/eval/confidence.spec.ts checks it is up to date)', () => {
    const { model, words } = loadConfidenceModel();
    expect(model.threshold).toBeGreaterThan(0);
    expect(Object.keys(model.weights).length).toBeGreaterThan(50);
    expect(words.size).toBe(model.words.length);
  });
});

describe('judging an article', () => {
  it('keeps the claims the model believes at its threshold, by the unrounded belief', () => {
    const { claims, setting } = readClaims(
      specArticle('Russian forces captured Avdiivka and now control almost all of the Donetsk region, the Russian Defence Ministry said.'),
    );
    expect(claims.map((c) => c.place.name).sort()).toEqual(['Avdiivka', 'Donetsk Oblast']);
    // A model that believes everything at 0.5 except a region.
    const model = prepareModel(checkModel({ ...valid, threshold: 0.5, bias: 0, weights: { 'place:region': -5 } }, 'fixture'));
    const judged = judgeClaims(claims, setting, model);
    expect(judged.map((j) => [j.claim.place.name, j.kept, j.confidence]).sort()).toEqual([
      ['Avdiivka', true, 0.5],
      ['Donetsk Oblast', false, 0.007],
    ]);
    expect(keeps(0.3496, 0.35)).toBe(false);
  });
});
