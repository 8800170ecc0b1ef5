import { matchesQuery, queryKeys, regionKey, searchKey } from './placeSearch.js';

describe('place search keys', () => {
  it('folds case, accents, apostrophes, hyphens and the i/y/j and w/v spellings together', () => {
    expect(new Set(['Kupiansk', 'Kupyansk', 'KUPJANSK', 'Kupiańsk', 'Kup’iansk'].map(searchKey)).size).toBe(1);
    expect(searchKey('Kupjanśk')).toBe(searchKey('kupiansk'));
    expect(searchKey('Pokrowsk')).toBe(searchKey('Pokrovsk'));
  });

  it('reads a Cyrillic name in its Latin spellings', () => {
    expect(queryKeys('Купянськ')).toContain(searchKey('Kupiansk'));
    expect(queryKeys('Купянск')).toContain(searchKey('Kupyansk'));
  });

  it('matches a part of any of the place’s names', () => {
    const terms = ['Kupiansk', 'Kupyansk', 'Koupiansk'].map(searchKey);
    expect(matchesQuery(terms, queryKeys('kupy'))).toBe(true);
    expect(matchesQuery(terms, queryKeys('Koupiansk'))).toBe(true);
    expect(matchesQuery(terms, queryKeys('Pokrovsk'))).toBe(false);
  });

  it('takes a region with or without its "oblast" or "region"', () => {
    expect(regionKey('Kharkiv Oblast')).toBe(regionKey('kharkiv'));
    expect(regionKey('Kharkiv region')).toBe(regionKey('Kharkiv Oblast'));
    expect(regionKey('Donetsk Oblast')).not.toBe(regionKey('Kharkiv Oblast'));
  });
});
