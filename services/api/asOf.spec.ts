import { reconcile } from '../reconciler/reconcile.js';
import { claim } from '../reconciler/testing/claimFixtures.js';
import { claimsUpTo, stateAsOf } from './asOf.js';
import { settledBy, summarise } from './placeSummary.js';

const claims = [
  claim({ side: 'RU', stance: 'CONTROL', controller: 'RU', claimedAt: '2025-11-20', article: 'a', claimant: 'Valery Gerasimov' }),
  claim({ side: 'UA', stance: 'DENIAL', controller: 'RU', claimedAt: '2025-11', article: 'b', claimant: 'General Staff' }),
  claim({
    side: 'UA',
    stance: 'CONTROL',
    controller: 'UA',
    extent: 0.9,
    claimedAt: '2025-12-17',
    article: 'c',
    claimant: 'Oleksandr Syrskyi',
  }),
];

describe('the state as of a day', () => {
  it('takes the claims made up to that day, a month counting from its start', () => {
    expect(claimsUpTo(claims, '2025-10-31')).toEqual([]);
    expect(claimsUpTo(claims, '2025-11-01').map((c) => c.claimedAt)).toEqual(['2025-11']);
    expect(claimsUpTo(claims, '2025-11-20').map((c) => c.claimedAt)).toEqual(['2025-11-20', '2025-11']);
  });

  it('is what reconcile gives for them, and null before the first', () => {
    expect(stateAsOf(claims, '2025-11-25')).toEqual(reconcile(claims.slice(0, 2)));
    expect(stateAsOf(claims, '2025-11-25')!.status).toBe('CONTESTED');
    expect(stateAsOf(claims, '2026-01-01')).toEqual(reconcile(claims));
    expect(stateAsOf(claims, '2020-01-01')).toBeNull();
  });

  it('needs no recomputing once every event of the place is on or before the day', () => {
    const summary = summarise(reconcile(claims));
    expect(settledBy(summary, '2025-12-17')).toBe(true);
    expect(settledBy(summary, '2025-12-16')).toBe(false);
  });
});
