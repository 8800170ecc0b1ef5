import { dateOrderKey, PlaceFold } from '../reconciler/reconcile.js';
import type { Article, Claim, ClaimEvent, Side } from '../shared/model.js';

/** A claim as the claims route lists it: the event it joined, its sentence, and the article it was read in. */
export interface ClaimView {
  claimId: string;
  eventId: string;
  claimant: Claim['claimant'];
  stance: Claim['stance'];
  controller: Claim['controller'];
  extent: number | null;
  qualifier: string | null;
  claimedAt: string;
  claimedAtPrecision: Claim['claimedAtPrecision'];
  /** The place as this claim's article wrote it. */
  surface: string;
  evidence: Claim['evidence'];
  article: {
    articleId: string;
    outlet: string | null;
    url: string | null;
    headline: string | null;
    publishedAt: string | null;
    source: string | null;
  };
}

export interface ClaimFilter {
  side?: Side;
  eventId?: ClaimEvent['eventId'];
}

/** By claim date (reconcile's order of dates), then publication, then id: the order `claimwire state --claims` prints. */
export const byClaimDate = (a: Claim, b: Claim): number =>
  dateOrderKey(a.claimedAt).localeCompare(dateOrderKey(b.claimedAt)) ||
  (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') ||
  a.claimId.localeCompare(b.claimId);

/**
 * The claims of one place, each with the event reconcile grouped it into (`PlaceFold.eventIdsByClaim`, the same
 * grouping the state has, every claim kept), filtered and sorted. Articles are joined in by the caller (`withArticles`).
 */
export const claimsWithEvents = (claims: readonly Claim[], filter: ClaimFilter): { claim: Claim; eventId: string }[] => {
  const eventIds = new PlaceFold(claims).eventIdsByClaim();
  const unique = new Map(claims.map((c) => [c.claimId, c]));
  return [...unique.values()]
    .sort(byClaimDate)
    .map((claim) => ({ claim, eventId: eventIds.get(claim.claimId)! }))
    .filter(
      ({ claim, eventId }) => (!filter.side || claim.claimant.side === filter.side) && (!filter.eventId || eventId === filter.eventId),
    );
};

export const claimView = (claim: Claim, eventId: string, article: Article | undefined): ClaimView => ({
  claimId: claim.claimId,
  eventId,
  claimant: claim.claimant,
  stance: claim.stance,
  controller: claim.controller,
  extent: claim.extent,
  qualifier: claim.qualifier,
  claimedAt: claim.claimedAt,
  claimedAtPrecision: claim.claimedAtPrecision,
  surface: claim.place.surface,
  evidence: claim.evidence,
  article: {
    articleId: claim.articleId,
    outlet: claim.outlet ?? article?.outlet ?? null,
    url: article?.url ?? null,
    headline: article?.headline ?? null,
    publishedAt: claim.publishedAt ?? article?.publishedAt ?? null,
    source: article?.source ?? null,
  },
});
