import { reconcileAll } from '../reconciler/reconcile.js';
import { goldSeedClaims } from '../reconciler/testing/claimFixtures.js';
import { LocalAvroCodec } from '../shared/codec/localAvroCodec.js';
import { createLogger } from '../shared/logger.js';
import { InMemoryTransport } from '../shared/transport/inMemoryTransport.js';
import type { Change } from './changeRing.js';
import { followPlaceStates } from './changeFeed.js';
import { PlaceIndex } from './placeIndex.js';

describe('following the reconciled topic', () => {
  it('takes every state published after it starts, into the ring, the index and the listeners; passes over bad records', async () => {
    const transport = new InMemoryTransport();
    const codec = new LocalAvroCodec();
    await transport.ensureTopics([{ topic: 'states', partitions: 3 }]);
    const [first, ...rest] = reconcileAll(goldSeedClaims().claims);
    const publish = async (state: typeof first): Promise<void> =>
      transport.send('states', [{ key: state!.placeKey, value: await codec.encode('states', 'PlaceState', state) }]);
    await publish(first);
    await transport.idle();

    const index = new PlaceIndex(() => []);
    const { feed, stop } = await followPlaceStates(
      transport,
      codec,
      'states',
      'follower',
      index,
      { changes: 100, bytes: 1e6 },
      createLogger('t', 'silent'),
    );
    const heard: Change[] = [];
    feed.listen((c) => heard.push(c));
    for (const state of rest) await publish(state);
    await transport.send('states', [{ key: 'junk', value: Buffer.from('not avro') }]);
    await transport.idle();

    expect(heard.map((c) => c.placeKey)).toEqual(rest.map((s) => s.placeKey));
    expect(index.size).toBe(rest.length);
    expect(index.get(first!.placeKey)).toBeUndefined();
    const end = await transport.endOffsets('states');
    expect(feed.ring.position()).toEqual(new Map([...end].map(([p, o]) => [p, BigInt(o)])));
    await stop();
  });
});
