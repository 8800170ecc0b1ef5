// An article's claims: one per (place, side, stance, controller, month), the best-attributed and most precise
// mention winning, and each claim built with its deterministic id, its sentence and the rules that read it.
import { claimIdFor, placeKeyOf } from '../shared/ids.js';
import type { Article, Claim, Claimant, Party, PlaceRef, Stance } from '../shared/model.js';
import type { ClaimDate } from './dates.js';
import type { Sentence } from './sentences.js';

/** How well a claimant is named: a person, then an institution, then a country, then the outlet. */
const CLAIMANT_RANK = (c: Claimant): number =>
  c.side === 'NEUTRAL'
    ? 5
    : c.role === 'country'
      ? 3
      : /\s/.test(c.name) && /^[A-Z]/.test(c.name) && !/['’]s\b|forces|army|military|troops/i.test(c.name)
        ? 0
        : 1;

/** An article's claims by (place, side, stance, controller, month), and which of them the headline gave. */
export class ArticleClaims {
  private readonly byKey = new Map<string, Claim>();
  private readonly fromHeadline = new Set<string>();

  /** Keeps a claim, or merges it with the one of the same key: the better attributed wins, the more precise share stays. */
  keep(claim: Claim, fromHeadline: boolean): void {
    const key = [placeKeyOf(claim.place), claim.claimant.side, claim.stance, claim.controller ?? '-', claim.claimedAt.slice(0, 7)].join(
      '|',
    );
    const known = this.byKey.get(key);
    if (!known) {
      this.byKey.set(key, claim);
      if (fromHeadline) this.fromHeadline.add(key);
      return;
    }
    // A headline sums the story up; the body says who said it and when.
    const better =
      CLAIMANT_RANK(claim.claimant) - CLAIMANT_RANK(known.claimant) ||
      (known.claimedAtPrecision === 'month' && claim.claimedAtPrecision === 'day' ? -1 : 0) ||
      (this.fromHeadline.has(key) && !fromHeadline ? -1 : 0) ||
      (known.extent === null && claim.extent !== null ? -1 : 0);
    // An unqualified "captured" defaults to the whole place; a stated share or qualifier from the other report is more precise.
    const defaulted = (c: Claim): boolean => c.qualifier === null && (c.extent === null || c.extent === 1);
    const [winner, loser] = better < 0 ? [claim, known] : [known, claim];
    const extent =
      defaulted(winner) && !defaulted(loser)
        ? { extent: loser.extent, qualifier: loser.qualifier }
        : { extent: winner.extent, qualifier: winner.qualifier };
    this.byKey.set(key, { ...winner, ...extent });
    if (winner === claim && !fromHeadline) this.fromHeadline.delete(key);
  }

  all(): Claim[] {
    return [...this.byKey.values()];
  }
}

export interface ClaimParts {
  place: PlaceRef;
  claimant: Claimant;
  stance: Stance;
  controller: Party | null;
  extent: { extent: number | null; qualifier: string | null };
  date: ClaimDate;
  sentence: Sentence;
  rules: string[];
}

export const buildClaim = (article: Article, p: ClaimParts): Claim => ({
  claimId: claimIdFor({
    articleId: article.articleId,
    placeKey: placeKeyOf(p.place),
    side: p.claimant.side,
    stance: p.stance,
    controller: p.controller,
    claimedAt: p.date.value,
    evidenceStart: p.sentence.start,
  }),
  articleId: article.articleId,
  outlet: article.outlet,
  publishedAt: article.publishedAt,
  place: p.place,
  claimant: p.claimant,
  stance: p.stance,
  controller: p.controller,
  extent: p.extent.extent,
  qualifier: p.extent.qualifier,
  claimedAt: p.date.value,
  claimedAtPrecision: p.date.precision,
  evidence: { text: article.body.slice(p.sentence.start, p.sentence.end), start: p.sentence.start, end: p.sentence.end },
  rules: p.rules,
});
