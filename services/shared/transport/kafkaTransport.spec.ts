import { producerStateLost, whileRetriable } from './kafkaTransport.js';

const retriable = (message: string): Error => Object.assign(new Error(message), { retriable: true });

describe('whileRetriable', () => {
  it('tries again while kafkajs calls the error retriable (a partition without a leader yet)', async () => {
    let calls = 0;
    const result = await whileRetriable(async () => {
      calls++;
      if (calls < 3) throw retriable('This server is not the leader for that topic-partition');
      return 'offsets';
    });
    expect([result, calls]).toEqual(['offsets', 3]);
  });

  it('gives up at once on other errors, and after the last attempt on retriable ones', async () => {
    let calls = 0;
    await expect(
      whileRetriable(async () => {
        calls++;
        throw new Error('Topic authorization failed');
      }),
    ).rejects.toThrow('Topic authorization failed');
    expect(calls).toBe(1);
    calls = 0;
    await expect(
      whileRetriable(async () => {
        calls++;
        throw retriable('still no leader');
      }, 2),
    ).rejects.toThrow('still no leader');
    expect(calls).toBe(2);
  });
});

describe('producerStateLost', () => {
  it('tells a broker that forgot the producer sequence (after an unclean restart) from other send failures', () => {
    const outOfOrder = Object.assign(new Error('The broker received an out of order sequence number'), {
      type: 'OUT_OF_ORDER_SEQUENCE_NUMBER',
    });
    expect(producerStateLost(outOfOrder)).toBe(true);
    expect(producerStateLost(Object.assign(new Error('retries exhausted'), { originalError: outOfOrder }))).toBe(true);
    expect(producerStateLost(Object.assign(new Error('x'), { type: 'UNKNOWN_PRODUCER_ID' }))).toBe(true);
    expect(producerStateLost(Object.assign(new Error('Message too large'), { type: 'MESSAGE_TOO_LARGE' }))).toBe(false);
    expect(producerStateLost(new Error('Connection error'))).toBe(false);
  });
});
