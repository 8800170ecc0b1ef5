import { dateFromText, problemWithText } from './articleText.js';

const MAX = 1024 * 1024;
const english =
  'Officials said on Monday that the town was under heavy shelling and that the defenders had held their positions for a week.';

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

describe('problemWithText', () => {
  it('accepts English prose', () => {
    expect(problemWithText(Buffer.from(english), MAX)).toBeNull();
  });

  it.each([
    ['an empty file', Buffer.alloc(0), /empty/],
    ['whitespace only', Buffer.from('  \n\t \n'), /whitespace/],
    ['invalid UTF-8', Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), /UTF-8/],
    ['binary data', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01, 0x02]), /control characters/],
    ['an HTML page', Buffer.from(`<!DOCTYPE html><html><body><p>${english}</p></body></html>`), /HTML/],
    [
      'another language',
      Buffer.from(
        'Украинские войска заявили во вторник, что продолжают удерживать позиции в городе и отражают атаки противника с нескольких направлений.',
      ),
      /English/,
    ],
  ])('rejects %s', (_label, bytes, reason) => {
    expect(problemWithText(bytes, MAX)).toMatch(reason);
  });

  it('rejects an article over the size limit', () => {
    expect(problemWithText(Buffer.alloc(2048, 'a'), 1024)).toMatch(/2048 bytes, more than the 1024/);
  });
});
