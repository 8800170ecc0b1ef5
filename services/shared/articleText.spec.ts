import { dateFromText } from './articleText.js';

describe('dateFromText', () => {
  it('reads a leading date line', () => {
    expect(dateFromText(' date 2024-02-17 Troops withdraw from the town')).toBe('2024-02-17');
  });

  it('reads a wire dateline near the top', () => {
    expect(dateFromText('Headline here\n\n14:05, Mon, Feb 19, 2024 Updated: 15:00\n\nBody')).toBe('2024-02-19');
    expect(dateFromText('Published Tuesday, March 5, 2024 by the desk')).toBe('2024-03-05');
  });

  it('reads "17 February 2024"', () => {
    expect(dateFromText('KYIV, 17 February 2024 — The army said')).toBe('2024-02-17');
  });

  it('gives null for no date or a date that is not a real day', () => {
    expect(dateFromText('No date anywhere in this text.')).toBeNull();
    expect(dateFromText(' date 2024-02-31 Garbled')).toBeNull();
  });
});
