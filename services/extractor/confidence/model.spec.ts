import { checkModel, ConfidenceModelError, loadConfidenceModel, scoreFeatures } from './model.js';

const valid = { about: '', threshold: 0.3, bias: -0.5, words: ['if'], weights: { 'rule:x': 1 }, trainedOn: {} };

describe('the confidence model file', () => {
  it('refuses a broken file with a clear error', () => {
    expect(() => checkModel(null, 'm.json')).toThrow(new ConfidenceModelError('m.json: not a JSON object'));
    expect(() => checkModel({ ...valid, threshold: 1.5 }, 'm.json')).toThrow('threshold must be a number in [0, 1)');
    expect(() => checkModel({ ...valid, bias: 'x' }, 'm.json')).toThrow('bias must be a finite number');
    expect(() => checkModel({ ...valid, words: ['If'] }, 'm.json')).toThrow('words must be lower-case words');
    expect(() => checkModel({ ...valid, weights: { a: null } }, 'm.json')).toThrow('weight a is not a finite number');
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
