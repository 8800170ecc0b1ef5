import { extract } from '../extractor/extract.js';
import type { Article } from './model.js';
import { readingVisibleText, withoutInvisibles } from './invisibleCharacters.js';

const article = (body: string): Article => ({
  articleId: 'a1',
  outlet: 'Wire',
  url: null,
  headline: null,
  body,
  language: 'en',
  publishedAt: '2025-03-01',
  receivedAt: '2025-03-01T12:00:00Z',
  source: null,
});

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

describe('readingVisibleText(extract)', () => {
  it('reads a name split by a zero-width space as the name, its evidence offsets into the body as sent', () => {
    const body =
      'Russian forces captured the village of Myko\u200blaivka in Donetsk Oblast, the Russian Defence Ministry said on Saturday.';
    expect(extract(article(body)).map((c) => c.place.name)).not.toContain('Mykolaivka');
    const claims = readingVisibleText(extract)(article(body));
    expect(claims.map((c) => c.place.name)).toEqual(['Mykolaivka']);
    for (const c of claims) expect(body.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    expect(claims[0]!.evidence.text).toContain('Myko\u200blaivka');
  });
});
