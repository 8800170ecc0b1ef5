import type { DeadLetter, DeadLetterHandled } from '../../shared/model.js';
import { bookOf, matchesFilter, originOf, parseSince, type StoredLetter } from './book.js';

const letter = (offset: string, reason: string, failedAt: string, topic = 'articles'): DeadLetter => ({
  topic,
  partition: 0,
  offset,
  key: null,
  value: Buffer.from('x'),
  reason,
  worker: 'extractor',
  failedAt,
});

const stored = (dlqOffset: number, origin: string, value: DeadLetter | null): StoredLetter => ({
  position: `dlq/0/${dlqOffset}`,
  origin,
  letter: value,
  ...(value ? {} : { unreadable: 'not in Confluent wire format' }),
});

describe('the dead-letter book', () => {
  it('files a letter by the place its record first failed at, or by the letter when another producer keyed it', () => {
    expect(originOf('articles/0/5', letter('9', 'r', 't'), 'dlq/0/1')).toBe('articles/0/5');
    expect(originOf('x', letter('9', 'r', 't'), 'dlq/0/1')).toBe('articles/0/9');
    expect(originOf('claims/0/5', letter('9', 'r', 't'), 'dlq/0/1')).toBe('articles/0/9');
    expect(originOf(null, null, 'dlq/0/1')).toBe('dlq/0/1');
  });

  it('shows each failed record once, with its latest failure and what was done with it', () => {
    const letters = [
      stored(0, 'articles/0/1', letter('1', 'extraction failed: boom', '2026-01-01T00:00:00.000Z')),
      stored(1, 'articles/0/2', letter('2', 'the article is an HTML page', '2026-01-01T00:00:01.000Z')),
      stored(2, 'articles/0/1', letter('7', 'extraction failed: boom again', '2026-01-02T00:00:00.000Z')),
      stored(3, 'dlq/0/3', null),
    ];
    const handled: DeadLetterHandled[] = [
      { letter: 'dlq/0/0', origin: 'articles/0/1', action: 'REPLAYED', at: '2026-01-01T12:00:00.000Z' },
      { letter: 'dlq/0/1', origin: 'articles/0/2', action: 'PURGED', at: '2026-01-01T13:00:00.000Z' },
    ];
    const book = bookOf(letters, handled);
    expect(book.map((e) => [e.origin, e.latest.position, e.failures, e.status])).toEqual([
      ['articles/0/1', 'dlq/0/2', 2, 'pending'],
      ['articles/0/2', 'dlq/0/1', 1, 'purged'],
      ['dlq/0/3', 'dlq/0/3', 1, 'pending'],
    ]);
    const replayedOnce = bookOf(letters.slice(0, 2), handled);
    expect(replayedOnce[0]).toMatchObject({ status: 'replayed', handledAt: '2026-01-01T12:00:00.000Z' });
  });

  it('narrows by topic, reason and time, and hides purged letters unless asked', () => {
    const book = bookOf(
      [
        stored(0, 'articles/0/1', letter('1', 'The article is an HTML page', '2026-01-01T00:00:00.000Z')),
        stored(1, 'claims/0/1', letter('1', 'extent 2 is outside 0..1', '2026-01-03T00:00:00.000Z', 'claims')),
      ],
      [{ letter: 'dlq/0/0', origin: 'articles/0/1', action: 'PURGED', at: '2026-01-02T00:00:00.000Z' }],
    );
    const origins = (filter: Parameters<typeof matchesFilter>[1]): string[] =>
      book.filter((e) => matchesFilter(e, filter)).map((e) => e.origin);
    expect(origins({})).toEqual(['claims/0/1']);
    expect(origins({ all: true })).toEqual(['articles/0/1', 'claims/0/1']);
    expect(origins({ all: true, topic: 'articles' })).toEqual(['articles/0/1']);
    expect(origins({ all: true, reason: 'html' })).toEqual(['articles/0/1']);
    expect(origins({ all: true, since: '2026-01-02T00:00:00.000Z' })).toEqual(['claims/0/1']);
  });

  it('reads --since as a date, a time, or a span back from now', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    expect(parseSince('2026-11-27', now)).toBe('2026-11-27T00:00:00.000Z');
    expect(parseSince('2026-11-28T10:00Z', now)).toBe('2026-11-28T10:00:00.000Z');
    expect(parseSince('30m', now)).toBe('2026-11-28T11:30:00.000Z');
    expect(parseSince('2d', now)).toBe('2026-11-26T12:00:00.000Z');
    expect(parseSince('yesterday', now)).toBeNull();
    expect(parseSince('2026-13-45', now)).toBeNull();
  });
});
