import { jest } from '@jest/globals';
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { logGroupJoin, type GroupEvents } from './groupJoinLog.js';

const capture = (): { logger: Logger; lines: () => { msg: string }[] } => {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return {
    logger: pino({ level: 'info' }, stream),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { msg: string }),
  };
};

const fakeConsumer = (): GroupEvents & { join(assignment: Record<string, number[]>): void; rebalance(): void } => {
  let onJoin: ((a: Record<string, number[]>) => void) | null = null;
  let onRebalance: (() => void) | null = null;
  return {
    onJoin: (listener) => ((onJoin = listener), () => (onJoin = null)),
    onRebalance: (listener) => ((onRebalance = listener), () => (onRebalance = null)),
    join: (assignment) => onJoin?.(assignment),
    rebalance: () => onRebalance?.(),
  };
};

describe('logGroupJoin', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('says it is joining, that it still waits while the group holds it back, and when it has joined', () => {
    const { logger, lines } = capture();
    const consumer = fakeConsumer();
    const stop = logGroupJoin(consumer, logger, { groupId: 'g', topic: 't', sessionTimeoutMs: 30_000, everyMs: 5_000 });
    expect(lines().map((l) => l.msg)).toEqual(['joining consumer group g for t']);
    jest.advanceTimersByTime(10_000);
    expect(
      lines()
        .slice(1)
        .map((l) => l.msg),
    ).toEqual([
      expect.stringMatching(/^still waiting to join consumer group g \(\d+ s\): .*session times out \(30 s\)$/),
      expect.stringMatching(/^still waiting to join consumer group g/),
    ]);
    consumer.join({ t: [0, 2] });
    jest.advanceTimersByTime(20_000);
    expect(
      lines()
        .slice(3)
        .map((l) => l.msg),
    ).toEqual(['joined consumer group g: partitions 0, 2 of t']);
    consumer.rebalance();
    expect(lines().at(-1)!.msg).toBe('consumer group g is rebalancing; joining again');
    stop();
    jest.advanceTimersByTime(20_000);
    expect(lines()).toHaveLength(5);
  });
});
