import { reconcile } from '../../reconciler/reconcile.js';
import { claim } from '../../reconciler/testing/claimFixtures.js';
import type { PlaceRef, PlaceState } from '../../shared/model.js';
import { findPlace } from './findPlace.js';

const stateOf = (name: string, id: string, admin1: string): PlaceState => {
  const state = reconcile([claim({ place: name, side: 'UA', stance: 'CONTROL', controller: 'UA', claimedAt: '2024-02-17' })]);
  const place: PlaceRef = { ...state.place, id, admin1 };
  return { ...state, placeKey: id, place };
};

const noSpellings = async (): Promise<PlaceRef[]> => [];

describe('findPlace', () => {
  const donetskLyman = stateOf('Lyman', 'geonames:704233', 'Donetsk Oblast');
  const kharkivLyman = stateOf('Lyman', 'geonames:704234', 'Kharkiv Oblast');
  const kupiansk = stateOf('Kupiansk', 'geonames:704147', 'Kharkiv Oblast');
  const states = [donetskLyman, kharkivLyman, kupiansk];

  it('lists every place a name fits instead of picking one', async () => {
    const found = await findPlace(states, 'lyman', noSpellings);
    expect(found.kind).toBe('ambiguous');
    expect(found.kind === 'ambiguous' && found.candidates.map((s) => [s.placeKey, s.place.admin1])).toEqual([
      ['geonames:704233', 'Donetsk Oblast'],
      ['geonames:704234', 'Kharkiv Oblast'],
    ]);
  });

  it('finds one place by its key', async () => {
    expect(await findPlace(states, 'geonames:704234', noSpellings)).toEqual({ kind: 'found', state: kharkivLyman });
  });

  it('asks the gazetteer only for a name no state carries', async () => {
    const asked: string[] = [];
    const spellings = async (q: string): Promise<PlaceRef[]> => (asked.push(q), [kupiansk.place]);
    expect(await findPlace(states, 'Kupiansk', spellings)).toEqual({ kind: 'found', state: kupiansk });
    expect(await findPlace(states, 'Kupyansk', spellings)).toEqual({ kind: 'found', state: kupiansk });
    expect(asked).toEqual(['Kupyansk']);
    expect(await findPlace(states, 'Atlantis', noSpellings)).toEqual({ kind: 'none' });
  });
});
