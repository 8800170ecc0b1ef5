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

  it('reports a handler failure from idle()', async () => {
    const transport = new InMemoryTransport();
    await transport.subscribe('t', 'g', async () => {
      throw new Error('boom');
    });
    await transport.send('t', [{ key: null, value: Buffer.from('x') }]);
    await expect(transport.idle()).rejects.toThrow('boom');
  });
});
