import { dateOrderKey, reconcile } from '../reconciler/reconcile.js';
import type { Claim, PlaceState } from '../shared/model.js';

/**
 * The claims made on or before `asOf` (YYYY-MM-DD), in the order reconcile sorts dates: a month-precision claim
 * ("2025-11") counts from the start of its month.
 */
export const claimsUpTo = (claims: readonly Claim[], asOf: string): Claim[] => claims.filter((c) => dateOrderKey(c.claimedAt) <= asOf);

/** The place as the claims made up to `asOf` give it, by the same pure `reconcile`; null when none was made by then. */
export const stateAsOf = (claims: readonly Claim[], asOf: string): PlaceState | null => {
  const upTo = claimsUpTo(claims, asOf);
  return upTo.length ? reconcile(upTo) : null;
};
