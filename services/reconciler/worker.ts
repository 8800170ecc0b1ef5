import type { Config } from '../shared/config.js';
import type { Claim, PlaceState } from '../shared/model.js';
import type { Rejection, Stage } from '../shared/worker/stage.js';
import type { PlaceStateStore } from './placeStateStore.js';

/** What the schema cannot say about a claim but the reconciler relies on. */
export const problemWithClaim = (claim: Claim): string | null => {
  if (!/^\d{4}-\d{2}(-\d{2})?$/.test(claim.claimedAt)) return `claimedAt "${claim.claimedAt}" is neither YYYY-MM-DD nor YYYY-MM`;
  if ((claim.claimedAt.length === 10) !== (claim.claimedAtPrecision === 'day'))
    return `claimedAt "${claim.claimedAt}" does not have ${claim.claimedAtPrecision} precision`;
  if (claim.extent !== null && !(claim.extent >= 0 && claim.extent <= 1)) return `extent ${claim.extent} is outside 0..1`;
  if (claim.stance !== 'CONTESTED' && claim.controller === null) return `a ${claim.stance} claim needs a controller`;
  if (!claim.claimId || !claim.place.name) return 'claimId and place name are required';
  return null;
};

/** Claims in; the state of each place they are about goes out on the compacted reconciled topic. */
export const reconcilerStage = (config: Config, store: PlaceStateStore): Stage<Claim, PlaceState> => ({
  name: 'reconciler',
  groupId: config.reconcilerGroup,
  input: { topic: config.topics.claims, kind: 'Claim' },
  output: { topic: config.topics.reconciled, kind: 'PlaceState' },
  async process(claims) {
    const rejected: Rejection[] = [];
    const valid: Claim[] = [];
    claims.forEach((claim, index) => {
      const problem = problemWithClaim(claim);
      if (problem) rejected.push({ index, reason: problem });
      else valid.push(claim);
    });
    const states = await store.apply(valid);
    return { outputs: states.map((state) => ({ key: state.placeKey, value: state })), rejected };
  },
});
