import type { RecordCodec } from '../shared/codec/recordCodec.js';
import type { Claim } from '../shared/model.js';
import { InvalidRecordError } from '../shared/schemas.js';
import type { RawRecord } from '../shared/transport/transport.js';
import type { PlaceStateStore } from './placeStateStore.js';

export type ReadTopicToEnd = (topic: string, handleBatch: (records: RawRecord[]) => Promise<void>) => Promise<void>;

export interface RebuildResult {
  claims: number;
  unreadable: number;
}

/**
 * Re-applies every claim on the claims topic to the store. Because applying is idempotent and
 * order-independent, this may run while a reconciler keeps consuming: both end in the same state.
 */
export const rebuildFromClaims = async (
  readToEnd: ReadTopicToEnd,
  codec: RecordCodec,
  store: PlaceStateStore,
  claimsTopic: string,
): Promise<RebuildResult> => {
  let claims = 0;
  let unreadable = 0;
  await readToEnd(claimsTopic, async (records) => {
    const batch: Claim[] = [];
    for (const r of records) {
      try {
        batch.push((await codec.decode('Claim', r.value ?? Buffer.alloc(0))) as Claim);
      } catch (error) {
        if (!(error instanceof InvalidRecordError)) throw error;
        unreadable++;
      }
    }
    await store.apply(batch);
    claims += batch.length;
  });
  return { claims, unreadable };
};
