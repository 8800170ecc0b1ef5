import { createRequire } from 'node:module';
import { clusterMarkerKeys } from './rebuiltMarkers.js';

const slotOf = createRequire(import.meta.url)('cluster-key-slot') as (key: string) => number;

describe('clusterMarkerKeys', () => {
  const threeMasters = [
    { start: 0, end: 5460, master: '127.0.0.1:7379' },
    { start: 5461, end: 10922, master: '127.0.0.1:7380' },
    { start: 10923, end: 16383, master: '127.0.0.1:7381' },
  ];

  it('puts one marker on each master, in a slot that master serves', () => {
    const keys = clusterMarkerKeys('claimwire', threeMasters);
    expect(keys).toHaveLength(3);
    keys.forEach((key, i) => {
      const range = threeMasters[i]!;
      expect(key).toMatch(/^claimwire:rebuilt-at:\{m\d+\}$/);
      expect(slotOf(key)).toBeGreaterThanOrEqual(range.start);
      expect(slotOf(key)).toBeLessThanOrEqual(range.end);
    });
  });

  it('finds a master whose slots are scattered, and gives the same keys for the same layout', () => {
    const ranges = [...threeMasters.slice(0, 2), { start: 10923, end: 10923, master: 'b:1' }, { start: 10924, end: 16383, master: 'c:1' }];
    const keys = clusterMarkerKeys('p', ranges);
    expect(keys).toHaveLength(4);
    expect(keys.map(slotOf)).toContain(10923);
    expect(clusterMarkerKeys('p', [...ranges].reverse())).toEqual(keys);
  });
});
