import { withoutInvisibles } from './invisibleCharacters.js';

describe('withoutInvisibles', () => {
  it('removes zero-width, soft hyphen and bidi characters and maps offsets back', () => {
    const original = 'Myko\u200blaivka and Kup\u00adiansk\u202e.';
    const visible = withoutInvisibles(original)!;
    expect(visible.text).toBe('Mykolaivka and Kupiansk.');
    const kupiansk = visible.text.indexOf('Kupiansk');
    const start = visible.startInOriginal(kupiansk);
    const end = visible.endInOriginal(kupiansk + 'Kupiansk'.length);
    expect(original.slice(start, end)).toBe('Kup\u00adiansk');
    expect(visible.startInOriginal(visible.text.length)).toBe(original.length);
  });

  it('leaves a text without them alone', () => {
    expect(withoutInvisibles('Plain text.')).toBeNull();
  });
});
