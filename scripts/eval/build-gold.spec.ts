// The spellings of the labelling batches become one alias list per place: a spelling two batches list for one place
// joins their names; a region's bare spelling joins it to no city; and the names that meet this way are printed for
// a labeller to settle.
import { canonicalClashes, unifyPlaces, type LabelFile } from './build-gold.js';

const claim = (place: string): LabelFile['articles'][number]['claims'][number] => ({
  place,
  claimant: { name: 'outlet', side: 'NEUTRAL' },
  stance: 'CONTROL',
  controller: 'RU',
  extent: null,
  qualifier: null,
  claimedAt: '2024-05',
  required: true,
  evidence: `${place} was captured.`,
});
const batch = (name: string, aliases: Record<string, string[]>, places: string[]): LabelFile => ({
  batch: name,
  aliases,
  articles: [{ article: `${name}.txt`, publishedAt: '2024-05-01', claims: places.map(claim) }],
});

describe('the place names of the labelling batches', () => {
  it('joins two names one spelling is listed for, under the name more claims use', () => {
    const files = [
      batch('L1', { Vuhledar: ['Vuhledar', 'Ugledar'] }, ['Vuhledar', 'Vuhledar']),
      batch('L2', { Vugledar: ['Vugledar', 'Ugledar'] }, ['Vugledar']),
    ];
    const { canon, aliases } = unifyPlaces(files);
    expect(canon('Vugledar')).toBe('Vuhledar');
    expect(aliases['Vuhledar']).toEqual(['Ugledar', 'Vugledar', 'Vuhledar']);
    expect(canonicalClashes(files)).toEqual(['Vuhledar (L1) and Vugledar (L2) both list the spelling "ugledar": one place in gold']);
  });

  it('keeps a city apart from its region when the region lists the bare name', () => {
    const files = [
      batch('L1', { 'Luhansk Oblast': ['Luhansk region', 'Lugansk'] }, ['Luhansk Oblast']),
      batch('L2', { Luhansk: ['Luhansk', 'Lugansk'] }, ['Luhansk']),
    ];
    const { canon, aliases } = unifyPlaces(files);
    expect(canon('Luhansk')).toBe('Luhansk');
    expect(aliases['Luhansk']).toEqual(['Lugansk', 'Luhansk']);
    expect(aliases['Luhansk Oblast']).toEqual(['Luhansk Oblast', 'Luhansk region']);
    expect(canonicalClashes(files)).toEqual([]);
  });

  it('prints a canonical name another batch lists as a spelling of a second place', () => {
    const files = [
      batch('L1', { Uspenovka: ['Uspenovka'] }, ['Uspenovka']),
      batch('L2', { Uspenivka: ['Uspenivka', 'Uspenovka'] }, ['Uspenivka']),
    ];
    expect(canonicalClashes(files)).toEqual(['Uspenovka (L1) is also a spelling of Uspenivka in L2']);
  });
});
