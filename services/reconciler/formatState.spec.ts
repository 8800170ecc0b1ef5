import { claim } from './testing/claimFixtures.js';
import { formatClaimLine, formatStateDetail, formatStateLine } from './formatState.js';
import { reconcile } from './reconcile.js';

describe('formatState', () => {
  const sneaky = claim({
    side: 'RU',
    stance: 'CONTROL',
    controller: 'RU',
    claimedAt: '2024-02-17',
    outlet: null,
    claimant: 'Rybar\u001b]0;pwned\u0007',
    evidence: 'The town \u202efell\u202c, the \u001b[2Jblogger said.',
  });

  it('escapes control and bidi characters from the records instead of printing them raw', () => {
    const text = [formatStateDetail(reconcile([sneaky])), formatStateLine(reconcile([sneaky])), formatClaimLine(sneaky)].join('\n');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(text).toContain('Rybar\\u001b]0;pwned\\u0007');
    expect(text).toContain('\\u202efell\\u202c');
  });

  it('cites an article that names no outlet as such, not by its id', () => {
    const detail = formatStateDetail(reconcile([sneaky]));
    expect(detail).toContain('no outlet named (2024-02-28)');
    expect(detail).not.toContain(sneaky.articleId);
    expect(formatClaimLine(sneaky)).toContain('(no outlet named, 2024-02-28)');
  });
});
