import { lagOf } from './kafkaLag.js';

describe('lagOf', () => {
  it('counts from the committed offset, or from the start when the group has committed none', () => {
    expect(
      lagOf(
        [
          { partition: 1, high: '10', low: '0' },
          { partition: 0, high: '7', low: '0' },
          { partition: 2, high: '5', low: '3' },
        ],
        [
          { partition: 0, offset: '7' },
          { partition: 1, offset: '4' },
          { partition: 2, offset: '-1' },
        ],
      ),
    ).toEqual([
      { partition: 0, lag: 0 },
      { partition: 1, lag: 6 },
      { partition: 2, lag: 2 },
    ]);
  });

  it('is never negative (a committed offset ahead of a truncated end)', () => {
    expect(lagOf([{ partition: 0, high: '3', low: '0' }], [{ partition: 0, offset: '5' }])).toEqual([{ partition: 0, lag: 0 }]);
  });
});
