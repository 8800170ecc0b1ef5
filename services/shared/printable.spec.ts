import { printable } from './printable.js';

describe('printable', () => {
  it('shows control, bidi and invisible characters as escapes, and keeps a field on its line', () => {
    expect(printable('red \u001b[31mtext\u001b[0m')).toBe('red \\u001b[31mtext\\u001b[0m');
    expect(printable('abc\u202edcba \u009b2J')).toBe('abc\\u202edcba \\u009b2J');
    expect(printable('Myko\u200blaivka')).toBe('Myko\\u200blaivka');
    expect(printable('one\ntwo\tthree')).toBe('one two three');
    expect(printable('Київ, Kupiansk — «quoted»')).toBe('Київ, Kupiansk — «quoted»');
  });
});
