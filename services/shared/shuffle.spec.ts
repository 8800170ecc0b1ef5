import { shuffled } from './shuffle.js';

describe('shuffled', () => {
  const items = Array.from({ length: 20 }, (_, i) => i);

  it('is a permutation', () => {
    expect([...shuffled(items, 42)].sort((a, b) => a - b)).toEqual(items);
  });

  it('is fixed by the seed', () => {
    expect(shuffled(items, 42)).toEqual(shuffled(items, 42));
    expect(shuffled(items, 42)).not.toEqual(shuffled(items, 43));
  });
});
