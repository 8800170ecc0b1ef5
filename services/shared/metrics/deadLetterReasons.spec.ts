import { problemWithArticle, problemWithText } from '../articleChecks.js';
import type { Article } from '../model.js';
import { problemWithClaim } from '../../reconciler/worker.js';
import { claim } from '../../reconciler/testing/claimFixtures.js';
import { deadLetterReasonCode } from './deadLetterReasons.js';

const article: Article = {
  articleId: 'a',
  outlet: 'o',
  url: null,
  headline: 'h',
  body: 'Russian forces captured the town of Avdiivka, the ministry said.',
  language: 'en',
  publishedAt: '2024-02-17',
  receivedAt: '2024-02-17T12:00:00Z',
  source: null,
};

/** The codes are read from the reasons the workers really give, so a reworded reason fails here, not in a dashboard. */
describe('deadLetterReasonCode', () => {
  it('maps the reasons of the codec and the stage runner', () => {
    expect(deadLetterReasonCode('not in Confluent wire format (no magic byte 0 and schema id)')).toBe('not-wire-format');
    expect(deadLetterReasonCode('cannot decode with schema id 2147483633: Schema not found')).toBe('unknown-schema');
    expect(deadLetterReasonCode('not a valid Article: articleId: missing')).toBe('invalid-record');
    expect(deadLetterReasonCode('null value')).toBe('null-value');
    expect(deadLetterReasonCode('key of 4096 bytes exceeds 1024')).toBe('key-too-large');
    expect(deadLetterReasonCode('extraction failed: boom')).toBe('extraction-failed');
  });

  it('maps every reason the article checks give', () => {
    const cases: [Partial<Article>, string][] = [
      [{ articleId: ' ' }, 'empty'],
      [{ body: '' }, 'empty'],
      [{ body: ' \n\t ' }, 'empty'],
      [{ body: '<!DOCTYPE html><html><body>x</body></html>' }, 'html'],
      [{ body: 'x'.repeat(2_000) }, 'too-large'],
      [{ publishedAt: 'yesterday' }, 'bad-date'],
      [{ receivedAt: 'now' }, 'bad-date'],
      [{ language: 'ru' }, 'language'],
      [{ body: 'a\u0000b\u0001c\u0002d' }, 'not-text'],
    ];
    for (const [change, code] of cases) {
      const problem = problemWithArticle({ ...article, ...change }, 1_000);
      expect([problem, deadLetterReasonCode(problem ?? '')]).toEqual([expect.any(String), code]);
    }
    expect(deadLetterReasonCode(problemWithText(Buffer.from([0xff, 0xfe]), 1_000, 'article') ?? '')).toBe('not-text');
  });

  it('maps every reason the reconciler gives for a claim', () => {
    const base = claim({ place: 'Avdiivka', article: 'a', side: 'RU', stance: 'CONTROL', controller: 'RU', claimedAt: '2024-01-05' });
    for (const bad of [
      { ...base, claimedAt: 'soon' },
      { ...base, claimedAt: '2024-01', claimedAtPrecision: 'day' as const },
      { ...base, extent: 2 },
      { ...base, controller: null },
      { ...base, claimId: '' },
    ])
      expect(deadLetterReasonCode(problemWithClaim(bad) ?? '')).toBe('invalid-claim');
  });

  it('calls anything else other', () => {
    expect(deadLetterReasonCode('something new')).toBe('other');
  });
});
