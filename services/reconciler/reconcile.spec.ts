import fc from 'fast-check';
import type { Claim, Party, Side, Stance } from '../shared/model.js';
import { InMemoryPlaceStateStore } from './inMemoryStore.js';
import { byPlaceName } from './placeStateStore.js';
import { placeKeyOf } from '../shared/ids.js';
import { compareEvents, dateOrderKey, PlaceFold, reconcile, reconcileAll } from './reconcile.js';
import { claim, goldSeedClaims } from './testing/claimFixtures.js';

const statusOf = (claims: Claim[]): string => reconcile(claims).status;

describe('reconcile on the seeds', () => {
  it('gives the gold place states', () => {
    const { claims, places } = goldSeedClaims();
    const states = reconcileAll(claims);
    for (const [place, status] of Object.entries(places))
      expect([place, states.find((s) => s.place.name === place)?.status]).toEqual([place, status]);
    const kupiansk = states.find((s) => s.place.name === 'Kupiansk')!;
    const ru = kupiansk.positions.find((p) => p.side === 'RU')!.event;
    const ua = kupiansk.positions.find((p) => p.side === 'UA')!.event;
    expect([ru.claimants, ru.claimedAt, ru.extent]).toEqual([['Maria Zakharova'], '2025-12-18', 1]);
    expect([ua.claimants, ua.claimedAt, ua.extent]).toEqual([['Oleksandr Syrskyi'], '2025-12-17', 0.9]);
    expect(kupiansk.conflicts[0]!.reason).toMatch(/more than the whole place/);
    expect(kupiansk.dissent.map((e) => e.claimants.join())).toContain('Russian military bloggers');
  });
});

describe('events', () => {
  it('merges the same assertion from several articles into one event with several citations', () => {
    const state = reconcile([
      claim({
        side: 'RU',
        stance: 'CONTROL',
        controller: 'RU',
        claimedAt: '2024-02-17',
        article: 'a',
        outlet: 'Wire A',
        claimant: 'Sergei Shoigu',
      }),
      claim({
        side: 'RU',
        stance: 'CONTROL',
        controller: 'RU',
        claimedAt: '2024-02-17',
        article: 'b',
        outlet: 'Wire B',
        claimant: 'Sergei Shoigu',
      }),
      claim({
        side: 'RU',
        stance: 'CONTROL',
        controller: 'RU',
        claimedAt: '2024-02',
        article: 'c',
        outlet: 'Wire C',
        claimant: 'sergei shoigu',
      }),
      claim({
        side: 'RU',
        stance: 'CONTROL',
        controller: 'RU',
        claimedAt: '2024-02-17',
        article: 'd',
        outlet: 'Wire D',
        claimant: 'Russian Defence Ministry',
      }),
    ]);
    expect(state.eventCount).toBe(2);
    expect(state.claimCount).toBe(4);
    expect(state.outletCount).toBe(4);
    expect(state.timeline.map((e) => e.citations.map((c) => c.articleId).sort())).toContainEqual(['a', 'b', 'c']);
  });

  it('counts named outlets only: articles that name none are not each an outlet of their own', () => {
    const state = reconcile([
      claim({ side: 'RU', stance: 'CONTROL', controller: 'RU', claimedAt: '2024-02-17', article: 'a', outlet: null }),
      claim({ side: 'RU', stance: 'CONTROL', controller: 'RU', claimedAt: '2024-02-17', article: 'b', outlet: null }),
      claim({ side: 'UA', stance: 'DENIAL', controller: 'RU', claimedAt: '2024-02-18', article: 'c', outlet: 'Wire C' }),
      claim({ side: 'UA', stance: 'DENIAL', controller: 'RU', claimedAt: '2024-02-18', article: 'd', outlet: 'Wire C' }),
    ]);
    expect(state.claimCount).toBe(4);
    expect(state.outletCount).toBe(1);
  });

  it('does not repeat a claimant that a country voice only names again', () => {
    const state = reconcile([
      claim({ side: 'UA', stance: 'CONTROL', controller: 'UA', claimedAt: '2025-12-17', article: 'a', claimant: 'Oleksandr Syrskyi' }),
      claim({
        side: 'UA',
        stance: 'CONTROL',
        controller: 'UA',
        claimedAt: '2025-12-17',
        article: 'b',
        claimant: 'Ukraine (Oleksandr Syrskyi)',
        role: 'country',
      }),
    ]);
    expect(state.timeline.map((e) => [e.claimants, e.citations.length])).toEqual([[['Oleksandr Syrskyi'], 2]]);
  });

  it('joins a month-precision claim to the latest day event of that month, else keeps it apart', () => {
    const state = reconcile([
      claim({ side: 'UA', stance: 'DENIAL', controller: 'RU', claimedAt: '2024-03-02', article: 'a' }),
      claim({ side: 'UA', stance: 'DENIAL', controller: 'RU', claimedAt: '2024-03-20', article: 'b' }),
      claim({ side: 'UA', stance: 'DENIAL', controller: 'RU', claimedAt: '2024-03', article: 'c' }),
      claim({ side: 'UA', stance: 'DENIAL', controller: 'RU', claimedAt: '2024-04', article: 'd' }),
    ]);
    expect(state.timeline.map((e) => [e.claimedAt, e.citations.length])).toEqual([
      ['2024-03-02', 1],
      ['2024-03-20', 2],
      ['2024-04', 1],
    ]);
  });
});

describe('claimants named through a group or a country', () => {
  it("join the named speaker's events: a month claim by 'His generals (Valery Gerasimov)' cites Gerasimov's day event", () => {
    const state = reconcile([
      claim({ side: 'RU', stance: 'CONTROL', controller: 'RU', claimedAt: '2025-11-20', article: 'a', claimant: 'Valery Gerasimov' }),
      claim({
        side: 'RU',
        stance: 'CONTROL',
        controller: 'RU',
        claimedAt: '2025-11',
        article: 'b',
        claimant: 'His generals (Valery Gerasimov)',
      }),
    ]);
    expect(state.timeline).toHaveLength(1);
    expect(state.timeline[0]!.claimedAt).toBe('2025-11-20');
    expect(state.timeline[0]!.citations).toHaveLength(2);
  });

  it('keep apart different speakers behind one group', () => {
    const state = reconcile([
      claim({ side: 'RU', stance: 'CONTROL', controller: 'RU', claimedAt: '2025-11-20', article: 'a', claimant: 'Valery Gerasimov' }),
      claim({
        side: 'RU',
        stance: 'CONTROL',
        controller: 'RU',
        claimedAt: '2025-11-20',
        article: 'b',
        claimant: 'His generals (Andrey Belousov)',
      }),
    ]);
    expect(state.timeline).toHaveLength(2);
  });
});

describe('the event of each claim', () => {
  it('names, for every claim, the event of the state that cites it, however many citations the state keeps', () => {
    const { claims } = goldSeedClaims();
    const kupiansk = claims.filter((c) => c.place.name === 'Kupiansk');
    const fold = new PlaceFold(kupiansk);
    const ids = fold.eventIdsByClaim();
    const state = fold.state();
    expect(ids.size).toBe(new Set(kupiansk.map((c) => c.claimId)).size);
    const timelineIds = new Set(state.timeline.map((e) => e.eventId));
    for (const id of ids.values()) expect(timelineIds).toContain(id);
    for (const event of state.timeline) for (const citation of event.citations) expect(ids.get(citation.claimId)).toBe(event.eventId);
    const perEvent = new Map<string, number>();
    for (const id of ids.values()) perEvent.set(id, (perEvent.get(id) ?? 0) + 1);
    for (const event of state.timeline) expect(perEvent.get(event.eventId)).toBeGreaterThanOrEqual(event.citations.length);
  });
});

describe('order of dates', () => {
  it('puts a month before every day of that month and after every day of earlier months', () => {
    expect(['2024-03-01', '2024-03', '2024-02-29'].sort((a, b) => dateOrderKey(a).localeCompare(dateOrderKey(b)))).toEqual([
      '2024-02-29',
      '2024-03',
      '2024-03-01',
    ]);
  });

  it('breaks a date tie by the later publication', () => {
    const early = reconcile([
      claim({ side: 'RU', stance: 'CONTROL', controller: 'RU', claimedAt: '2024-05-01', publishedAt: '2024-05-01' }),
    ]).timeline[0]!;
    const late = reconcile([claim({ side: 'RU', stance: 'DENIAL', controller: 'UA', claimedAt: '2024-05-01', publishedAt: '2024-05-03' })])
      .timeline[0]!;
    expect(compareEvents(early, late)).toBeLessThan(0);
  });
});

describe('status', () => {
  const ruTakes = claim({ side: 'RU', stance: 'CONTROL', controller: 'RU', claimedAt: '2024-06-10' });

  it('is ONE_SIDED when one side speaks, whatever the neutral voices say', () => {
    expect(statusOf([ruTakes, claim({ side: 'NEUTRAL', stance: 'CONTROL', controller: 'UA', claimedAt: '2024-06-11' })])).toBe('ONE_SIDED');
  });

  it('is CONTESTED for control against the denial of it', () => {
    expect(statusOf([ruTakes, claim({ side: 'UA', stance: 'DENIAL', controller: 'RU', claimedAt: '2024-06-11' })])).toBe('CONTESTED');
  });

  it('is CONTESTED for extents adding up to more than the whole, not for shares that fit', () => {
    const ua = (extent: number | null, qualifier: string | null = null): Claim =>
      claim({ side: 'UA', stance: 'CONTROL', controller: 'UA', extent, qualifier, claimedAt: '2024-06-12' });
    const ru = (extent: number | null, qualifier: string | null = null): Claim =>
      claim({ side: 'RU', stance: 'CONTROL', controller: 'RU', extent, qualifier, claimedAt: '2024-06-12' });
    expect(reconcile([ru(0.5), ua(0.7)]).conflicts).toHaveLength(1);
    expect(reconcile([ru(0.3), ua(0.6)]).conflicts).toHaveLength(0);
    expect(reconcile([ru(null, 'most'), ua(null, 'most')]).conflicts).toHaveLength(1);
    expect(reconcile([ru(null, 'most'), ua(null, 'northern parts')]).conflicts).toHaveLength(0);
    expect(reconcile([ru(null), ua(null, 'outskirts')]).conflicts).toHaveLength(1);
  });

  it('is CONTESTED for whole-place control against reports of fighting inside', () => {
    expect(statusOf([ruTakes, claim({ side: 'UA', stance: 'CONTESTED', controller: 'UA', claimedAt: '2024-06-11' })])).toBe('CONTESTED');
  });

  it('is CORROBORATED when one side concedes what the other claims', () => {
    const state = reconcile([
      claim({ side: 'UA', stance: 'CONTROL', controller: 'UA', claimedAt: '2024-07-01', claimant: 'a Ukrainian brigade' }),
      claim({ side: 'RU', stance: 'CONTROL', controller: 'UA', claimedAt: '2024-07', claimant: 'a pro-Kremlin blogger', role: 'blogger' }),
    ]);
    expect(state.status).toBe('CORROBORATED');
    expect(state.conflicts).toEqual([]);
  });

  it('follows the latest position of each side', () => {
    const claims = [
      ruTakes,
      claim({ side: 'UA', stance: 'DENIAL', controller: 'RU', claimedAt: '2024-06-11' }),
      claim({ side: 'UA', stance: 'CONTROL', controller: 'RU', claimedAt: '2024-08-01', claimant: 'Ukrainian army' }),
    ];
    expect(statusOf(claims)).toBe('CORROBORATED');
  });

  it('records dissent inside a side without letting an older dissent decide', () => {
    const state = reconcile([
      claim({ side: 'RU', stance: 'DENIAL', controller: 'RU', claimedAt: '2024-06-05', claimant: 'Russian military bloggers' }),
      ruTakes,
    ]);
    expect(state.positions.find((p) => p.side === 'RU')!.event.stance).toBe('CONTROL');
    expect(state.dissent.map((e) => e.claimants)).toEqual([['Russian military bloggers']]);
  });
});

const sides: Side[] = ['RU', 'UA', 'NEUTRAL'];
const stances: Stance[] = ['CONTROL', 'DENIAL', 'CONTESTED'];
const parties: (Party | null)[] = ['RU', 'UA', null];

/** Claims about a handful of places, dates, articles and voices: enough to collide into events and conflicts. */
const arbitraryClaim = fc
  .record({
    place: fc.constantFrom('Avdiivka', 'Bakhmut', 'Robotyne'),
    article: fc.constantFrom('a1', 'a2', 'a3', 'a4'),
    side: fc.constantFrom(...sides),
    stance: fc.constantFrom(...stances),
    controller: fc.constantFrom(...parties),
    extent: fc.constantFrom(null, 0.3, 0.9, 1),
    qualifier: fc.constantFrom(null, 'most', 'northern parts'),
    month: fc.constantFrom('2024-01', '2024-02'),
    day: fc.constantFrom(null, '03', '17'),
    voice: fc.constantFrom('default', 'country', 'spokesman'),
  })
  .map((r) =>
    claim({
      place: r.place,
      article: r.article,
      outlet: r.article === 'a4' ? null : `outlet-${r.article}`,
      publishedAt: `${r.month}-25`,
      side: r.side,
      stance: r.stance,
      controller: r.stance === 'CONTESTED' ? r.controller : (r.controller ?? 'RU'),
      extent: r.stance === 'CONTROL' ? r.extent : null,
      qualifier: r.qualifier,
      claimedAt: r.day ? `${r.month}-${r.day}` : r.month,
      // A country's voice joins a named voice of its side on the same date: the rule that reaches across claims.
      ...(r.voice === 'country'
        ? { claimant: r.side === 'RU' ? 'Russia' : r.side === 'UA' ? 'Ukraine' : 'Observers', role: 'country' }
        : r.voice === 'spokesman'
          ? { claimant: `${r.side} General Staff`, role: 'military' }
          : {}),
    }),
  );

const claimSets = fc.array(arbitraryClaim, { minLength: 1, maxLength: 25 });

describe('properties', () => {
  it('gives the same state for every order of the same claims', () => {
    fc.assert(
      fc.property(claimSets, fc.integer(), (claims, seed) => {
        const shuffledClaims = fc.sample(fc.shuffledSubarray(claims, { minLength: claims.length, maxLength: claims.length }), {
          seed,
          numRuns: 1,
        })[0]!;
        expect(reconcileAll(shuffledClaims)).toEqual(reconcileAll(claims));
      }),
      { numRuns: 1000 },
    );
  });

  it('is unchanged by redelivering any claims', () => {
    fc.assert(
      fc.property(claimSets, fc.array(fc.nat()), (claims, picks) => {
        const again = picks.map((p) => claims[p % claims.length]!);
        expect(reconcileAll([...claims, ...again])).toEqual(reconcileAll(claims));
      }),
      { numRuns: 1000 },
    );
  });

  it('folds claims in any batches to the state reconcile gives for all of them so far', () => {
    fc.assert(
      fc.property(claimSets, fc.array(fc.nat({ max: 5 }), { minLength: 1, maxLength: 8 }), (claims, cuts) => {
        const place = claims.filter((c) => c.place.name === claims[0]!.place.name);
        const fold = new PlaceFold();
        let offset = 0;
        for (const cut of [...cuts, place.length]) {
          const batch = place.slice(offset, offset + cut + 1);
          if (batch.length === 0) break;
          offset += batch.length;
          fold.add(batch);
          expect(fold.state()).toEqual(reconcile(place.slice(0, offset)));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('the store, fed in batches in any order with repeats, ends where reconcile is, its states never going back', async () => {
    await fc.assert(
      fc.asyncProperty(claimSets, fc.array(fc.nat({ max: 4 }), { minLength: 1, maxLength: 8 }), async (claims, cuts) => {
        const store = new InMemoryPlaceStateStore();
        const deliveries = [...claims, ...claims.slice(0, cuts[0])];
        let offset = 0;
        const versions = new Map<string, number>();
        for (const cut of [...cuts, deliveries.length]) {
          const batch = deliveries.slice(offset, offset + cut + 1);
          offset += batch.length;
          const states = await store.apply(batch);
          expect(states.map((s) => s.placeKey).sort()).toEqual([...new Set(batch.map((c) => placeKeyOf(c.place)))].sort());
          for (const state of states) {
            expect(state.version).toBeGreaterThanOrEqual(versions.get(state.placeKey) ?? 1);
            versions.set(state.placeKey, state.version);
          }
        }
        await store.apply(deliveries.slice(offset));
        expect(await store.list()).toEqual(reconcileAll(claims));
        // Claims delivered again give each place as it stands, to be published again, not a new version.
        expect((await store.apply(claims)).sort(byPlaceName)).toEqual(reconcileAll(claims));
      }),
      { numRuns: 1000 },
    );
  });
});
