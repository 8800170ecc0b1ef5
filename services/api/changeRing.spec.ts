import { advance, ChangeRing } from './changeRing.js';
import { formatPosition, parsePosition } from './streamPosition.js';

const ring = (changes = 100, bytes = 1_000_000): ChangeRing =>
  new ChangeRing(
    new Map([
      [0, 10n],
      [1, 5n],
    ]),
    { changes, bytes },
  );

describe('ChangeRing', () => {
  it('gives each change the position after it as its id, and ignores a record read twice', () => {
    const r = ring();
    expect(r.append(0, 10n, 'a', 1, '{}')!.id).toBe('0:11,1:5');
    expect(r.append(1, 5n, 'b', 1, '{}')!.id).toBe('0:11,1:6');
    expect(r.append(0, 10n, 'a', 1, '{}')).toBeNull();
    expect(r.positionId()).toBe('0:11,1:6');
  });

  it('replays exactly the changes after a position', () => {
    const r = ring();
    const ids = [
      r.append(0, 10n, 'a', 1, '1'),
      r.append(1, 5n, 'b', 1, '2'),
      r.append(0, 11n, 'a', 2, '3'),
      r.append(1, 6n, 'b', 2, '4'),
    ].map((c) => c!.id);
    const after = (id: string): string[] => {
      const replay = r.since(parsePosition(id));
      if (replay.kind !== 'changes') throw new Error(replay.reason);
      return replay.changes.map((c) => c.data);
    };
    expect(after('0:10,1:5')).toEqual(['1', '2', '3', '4']);
    expect(after(ids[1]!)).toEqual(['3', '4']);
    expect(after(ids[3]!)).toEqual([]);
  });

  it('says there is a gap when the changes asked for were dropped or never read here', () => {
    const r = ring(2);
    r.append(0, 10n, 'a', 1, '1');
    r.append(0, 11n, 'a', 2, '2');
    r.append(0, 12n, 'a', 3, '3');
    expect(r.since(parsePosition('0:10,1:5')).kind).toBe('gap');
    expect(r.since(parsePosition('0:11,1:5')).kind).toBe('changes');
    expect(r.since(parsePosition('0:3,1:5')).kind).toBe('gap');
    expect(r.since(parsePosition('0:12,1:4')).kind).toBe('gap');
  });

  it('keeps its bytes under the limit, always the latest change at least', () => {
    const r = ring(100, 10);
    r.append(0, 10n, 'a', 1, '123456');
    r.append(0, 11n, 'a', 2, '123456');
    expect(r.size).toBe(1);
    r.append(0, 12n, 'a', 3, '12345678901234567890');
    expect(r.size).toBe(1);
  });

  it('moves past records that are not changes, so that positions stay exact', () => {
    const r = ring();
    expect(r.skip(0, 10n)).toBe(true);
    expect(r.append(0, 11n, 'a', 1, '{}')!.id).toBe('0:12,1:5');
  });
});

describe('positions', () => {
  it('read back what they write', () => {
    const position = new Map([
      [2, 7n],
      [0, 15n],
      [1, 0n],
    ]);
    expect(formatPosition(position)).toBe('0:15,1:0,2:7');
    expect(parsePosition('0:15,1:0,2:7')).toEqual(
      new Map([
        [0, 15n],
        [1, 0n],
        [2, 7n],
      ]),
    );
  });

  it('reject what this server could not have given, saying why', () => {
    expect(() => parsePosition('zz')).toThrow(/not a position/);
    expect(() => parsePosition('0:1,0:2')).toThrow(/twice/);
    expect(() => parsePosition('0:-1')).toThrow(/not a position/);
  });

  it('advance a client past a change once', () => {
    const cursor = new Map([[0, 5n]]);
    expect(advance(cursor, { partition: 0, offset: 4n })).toBe(false);
    expect(advance(cursor, { partition: 0, offset: 5n })).toBe(true);
    expect(advance(cursor, { partition: 0, offset: 5n })).toBe(false);
    expect(advance(cursor, { partition: 1, offset: 0n })).toBe(true);
  });
});
