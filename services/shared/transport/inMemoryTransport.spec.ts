import type { RawRecord } from './transport.js';
import { InMemoryTransport } from './inMemoryTransport.js';

describe('InMemoryTransport', () => {
  it('delivers records in order to each group and keeps equal keys in one partition', async () => {
    const transport = new InMemoryTransport(2);
    await transport.ensureTopics([{ topic: 't', partitions: 4 }]);
    const seen: RawRecord[] = [];
    await transport.subscribe('t', 'g', async (batch) => void seen.push(...batch));
    await transport.send(
      't',
      [1, 2, 3, 4, 5].map((n) => ({ key: n % 2 ? 'odd' : 'even', value: Buffer.from(String(n)) })),
    );
    await transport.idle();
    expect(seen.map((r) => r.value!.toString())).toEqual(['1', '2', '3', '4', '5']);
    const partitionsOf = (key: string): Set<number> => new Set(seen.filter((r) => r.key!.toString() === key).map((r) => r.partition));
    expect(partitionsOf('odd').size).toBe(1);
    expect(partitionsOf('even').size).toBe(1);
  });

  it('counts offsets per partition and starts a follower at the offsets it was given', async () => {
    const transport = new InMemoryTransport();
    await transport.ensureTopics([{ topic: 't', partitions: 3 }]);
    await transport.send(
      't',
      ['a', 'b', 'c', 'a', 'b', 'c', 'a'].map((key) => ({ key, value: Buffer.from(key) })),
    );
    const ends = await transport.endOffsets('t');
    expect([...ends.values()].reduce((n, e) => n + Number(e), 0)).toBe(7);
    const seen: RawRecord[] = [];
    await transport.subscribe('t', 'follower', async (batch) => void seen.push(...batch), { startAt: ends, commit: false });
    await transport.send(
      't',
      ['a', 'b'].map((key) => ({ key, value: Buffer.from(`${key}2`) })),
    );
    await transport.idle();
    expect(seen.map((r) => r.value!.toString())).toEqual(['a2', 'b2']);
    const partitionOfA = seen[0]!.partition;
    expect(seen[0]!.offset).toBe(ends.get(partitionOfA));
  });

  it('reports a handler failure from idle()', async () => {
    const transport = new InMemoryTransport();
    await transport.subscribe('t', 'g', async () => {
      throw new Error('boom');
    });
    await transport.send('t', [{ key: null, value: Buffer.from('x') }]);
    await expect(transport.idle()).rejects.toThrow('boom');
  });
});
