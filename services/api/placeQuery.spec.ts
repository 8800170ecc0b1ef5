import { reconcileAll } from '../reconciler/reconcile.js';
import { goldSeedClaims } from '../reconciler/testing/claimFixtures.js';
import { PlaceIndex } from './placeIndex.js';
import { filterPlaces, pageOf } from './placeQuery.js';

const seedIndex = (): PlaceIndex => {
  const index = new PlaceIndex((id) => (id === 'test:kupiansk' ? ['kupyansk', 'kupjansk'] : []));
  for (const state of reconcileAll(goldSeedClaims().claims)) index.apply(state);
  return index;
};

const names = (places: readonly { summary: { name: string } }[]): string[] => places.map((p) => p.summary.name);

describe('filterPlaces', () => {
  const index = seedIndex();

  it('filters by one status or several', () => {
    expect(names(filterPlaces(index.all(), { status: ['CONTESTED'] }))).toEqual(['Kupiansk']);
    const two = filterPlaces(index.all(), { status: ['CORROBORATED', 'ONE_SIDED'] });
    expect(names(two)).toEqual(expect.arrayContaining(['Kindrashivka', 'Moskovka', 'Radkivka']));
    expect(two.every((p) => p.summary.status !== 'CONTESTED')).toBe(true);
  });

  it('finds a place by any spelling its aliases know, and by a part of its name', () => {
    expect(names(filterPlaces(index.all(), { q: 'Kupjansk' }))).toEqual(['Kupiansk']);
    expect(names(filterPlaces(index.all(), { q: 'rad' }))).toEqual(['Radkivka']);
    expect(filterPlaces(index.all(), { q: 'Pokrovsk' })).toEqual([]);
  });

  it('filters by the day a place last changed on or after', () => {
    const all = index.all();
    const latest = [...all.map((p) => p.summary.updatedAt)].sort().at(-1)!.slice(0, 10);
    const since = filterPlaces(all, { since: latest });
    expect(since.length).toBeGreaterThan(0);
    for (const p of since) expect(p.summary.updatedAt.slice(0, 10) >= latest).toBe(true);
    expect(filterPlaces(all, { since: '2099-01-01' })).toEqual([]);
  });

  it('combines filters', () => {
    expect(names(filterPlaces(index.all(), { q: 'k', status: ['CORROBORATED'] }))).toEqual(['Kindrashivka', 'Radkivka']);
  });
});

describe('pageOf', () => {
  it('pages with the total and the next offset, null on the last page', () => {
    const items = Array.from({ length: 5 }, (_, i) => i);
    expect(pageOf(items, { limit: 2, offset: 0 })).toEqual({ items: [0, 1], total: 5, limit: 2, offset: 0, nextOffset: 2 });
    expect(pageOf(items, { limit: 2, offset: 4 })).toEqual({ items: [4], total: 5, limit: 2, offset: 4, nextOffset: null });
    expect(pageOf(items, { limit: 2, offset: 9 }).items).toEqual([]);
  });
});

describe('PlaceIndex', () => {
  it('keeps the higher version of a place, whichever arrives first', () => {
    const states = reconcileAll(goldSeedClaims().claims);
    const kupiansk = states.find((s) => s.place.name === 'Kupiansk')!;
    const index = new PlaceIndex(() => []);
    expect(index.apply(kupiansk)).toBe(true);
    expect(index.apply({ ...kupiansk, version: kupiansk.version - 1, status: 'ONE_SIDED' })).toBe(false);
    expect(index.get(kupiansk.placeKey)!.summary.status).toBe('CONTESTED');
    const generation = index.generation;
    expect(index.apply({ ...kupiansk, version: kupiansk.version + 1 })).toBe(true);
    expect(index.generation).toBe(generation + 1);
  });
});
