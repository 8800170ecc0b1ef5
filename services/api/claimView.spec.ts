import { reconcile } from '../reconciler/reconcile.js';
import { goldSeedClaims } from '../reconciler/testing/claimFixtures.js';
import { claimsWithEvents, claimView } from './claimView.js';

describe('claims with their events', () => {
  const kupiansk = goldSeedClaims().claims.filter((c) => c.place.name === 'Kupiansk');

  it('gives every claim the event of the state it belongs to, in claim-date order', () => {
    const listed = claimsWithEvents(kupiansk, {});
    expect(listed).toHaveLength(new Set(kupiansk.map((c) => c.claimId)).size);
    const events = new Set(reconcile(kupiansk).timeline.map((e) => e.eventId));
    for (const { eventId } of listed) expect(events).toContain(eventId);
    const dates = listed.map(({ claim }) => (claim.claimedAt.length === 7 ? `${claim.claimedAt}-00` : claim.claimedAt));
    expect(dates).toEqual([...dates].sort());
  });

  it('filters by side and by event', () => {
    const ru = claimsWithEvents(kupiansk, { side: 'RU' });
    expect(ru.every(({ claim }) => claim.claimant.side === 'RU')).toBe(true);
    const gerasimov = reconcile(kupiansk).timeline.find((e) => e.claimants.includes('Valery Gerasimov') && e.claimedAt === '2025-11-20')!;
    const cited = claimsWithEvents(kupiansk, { eventId: gerasimov.eventId });
    expect(cited).toHaveLength(4);
  });

  it('joins the article’s URL and headline when the index has it', () => {
    const [first] = kupiansk;
    const view = claimView(first!, 'e1', {
      articleId: first!.articleId,
      outlet: 'Wire',
      url: 'https://example.org/a',
      headline: 'Head',
      body: 'x',
      language: 'en',
      publishedAt: '2025-12-01',
      receivedAt: '2025-12-01T00:00:00Z',
      source: 'a.txt',
    });
    expect(view.article).toMatchObject({ url: 'https://example.org/a', headline: 'Head', source: 'a.txt' });
    expect(claimView(first!, 'e1', undefined).article.url).toBeNull();
  });
});
