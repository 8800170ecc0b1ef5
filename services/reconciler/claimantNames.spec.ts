import { claimantNames } from './claimantNames.js';

describe('claimantNames', () => {
  it('names each claimant once, leaving out a voice that repeats another by name', () => {
    expect(claimantNames(['Oleksandr Syrskyi', 'Ukraine (Oleksandr Syrskyi)'])).toEqual(['Oleksandr Syrskyi']);
    expect(claimantNames(['His generals (Valery Gerasimov)', 'valery gerasimov', 'Rybar', 'Rybar'])).toEqual(['valery gerasimov', 'Rybar']);
  });

  it('keeps a qualified voice whose person is not otherwise named', () => {
    expect(claimantNames(['Ukraine (Volodymyr Zelenskyy)', 'General Staff'])).toEqual(['Ukraine (Volodymyr Zelenskyy)', 'General Staff']);
  });
});
