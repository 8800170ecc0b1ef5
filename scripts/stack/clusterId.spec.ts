import { kafkaClusterId } from './clusterId.js';

describe('kafkaClusterId', () => {
  it('draws again when an id would begin with "-", which kafka-storage reads as an option', () => {
    // 0xf8 puts 62 (`-` in base64url) in the first six bits.
    const draws = [Buffer.alloc(16, 0xf8), Buffer.alloc(16, 0), Buffer.alloc(16, 0x41)];
    const id = kafkaClusterId(() => draws.shift()!);
    expect(id).toBe(Buffer.alloc(16, 0x41).toString('base64url'));
    expect(draws).toHaveLength(0);
  });

  it('gives 22 base64url characters that never begin with "-"', () => {
    for (let i = 0; i < 5_000; i++) expect(kafkaClusterId()).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
  });
});
