import { latinLookalikes } from './lookalikes.js';

describe('latinLookalikes', () => {
  it('spells the Cyrillic look-alikes inside a Latin word in Latin, one for one', () => {
    const original = 'the villages of Hryhorivk\u0430 and \u0421hasiv Yar';
    const latin = latinLookalikes(original)!;
    expect(latin).toBe('the villages of Hryhorivka and Chasiv Yar');
    expect(latin).toHaveLength(original.length);
  });

  it('leaves words wholly in Cyrillic, and a text without Cyrillic, alone', () => {
    expect(latinLookalikes('Купянськ is Kupiansk')).toBeNull();
    expect(latinLookalikes('Plain text.')).toBeNull();
  });
});
