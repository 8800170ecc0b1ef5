import type { Article } from './model.js';
import { isIsoDate, problemWithArticle, problemWithText } from './articleChecks.js';

const MAX = 1024 * 1024;
const english =
  'Officials said on Monday that the town was under heavy shelling and that the defenders had held their positions for a week.';

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

describe('isIsoDate', () => {
  it.each(['2024-02-17', '2024-02-17T12:00:00Z', '2024-02-17T12:00:00.123+02:00'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each(['', 'yesterday', '17/02/2024', '2024-02-31', '2024-13-01', '2024-02-17 noon'])('rejects "%s"', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe('problemWithArticle', () => {
  const article: Article = {
    articleId: 'a1',
    outlet: 'Wire',
    url: null,
    headline: null,
    body: english,
    language: 'en',
    publishedAt: '2024-02-17',
    receivedAt: '2024-02-17T12:00:00Z',
    source: null,
  };

  it('accepts a well-formed English article, with or without a publication date', () => {
    expect(problemWithArticle(article, MAX)).toBeNull();
    expect(problemWithArticle({ ...article, publishedAt: null, language: null }, MAX)).toBeNull();
  });

  it.each<[string, Partial<Article>, RegExp]>([
    ['a garbled publishedAt', { publishedAt: 'last Tuesday' }, /publishedAt "last Tuesday" is not a YYYY-MM-DD date/],
    ['a garbled receivedAt', { receivedAt: '0' }, /receivedAt "0"/],
    ['an empty articleId', { articleId: ' ' }, /articleId is empty/],
    ['another language', { language: 'uk' }, /language is "uk"/],
    ['an empty body', { body: '' }, /^the article is empty$/],
    ['an HTML body', { body: `<html><body><p>${english}</p></body></html>` }, /^the article is an HTML page/],
    [
      'an undated body whose date line is not a day (as the CLI rejects the file)',
      { publishedAt: null, body: ` date 2026-02-31 ${english}` },
      /^the date line "date 2026-02-31" is not a real YYYY-MM-DD day$/,
    ],
  ])('rejects %s', (_label, change, reason) => {
    expect(problemWithArticle({ ...article, ...change }, MAX)).toMatch(reason);
  });

  it('leaves a date line alone when the record gives its date', () => {
    expect(problemWithArticle({ ...article, body: ` date 2026-02-31 ${english}` }, MAX)).toBeNull();
  });

  it('rejects a body over the size limit', () => {
    expect(problemWithArticle({ ...article, body: english.repeat(100) }, 1024)).toMatch(/more than the 1024 bytes/);
  });
});
