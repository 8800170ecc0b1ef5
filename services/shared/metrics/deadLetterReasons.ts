/**
 * A dead letter's reason is free text (it quotes the bad value); a metric label must come from a small fixed set.
 * Each reason the workers give maps to one of these codes, in the order tried; anything else is `other`.
 */
const CODES: [code: string, pattern: RegExp][] = [
  ['not-wire-format', /^not in Confluent wire format/],
  ['unknown-schema', /^cannot decode with schema id|^schema id \d+ is not a/],
  ['undecodable', /^cannot decode /],
  ['invalid-record', /^not a valid \w+/],
  ['null-value', /^null value$/],
  ['key-too-large', /^key of \d+ bytes exceeds/],
  ['empty', /^the \w+ is empty$|^the articleId is empty$|holds only whitespace$/],
  ['not-text', /not valid UTF-8|control characters/],
  ['html', /is an HTML page/],
  ['too-large', /^the \w+ is \d+ bytes, more than/],
  ['bad-date', /^(publishedAt|receivedAt) ".*" is not/],
  ['language', /language is ".*" \(claimwire reads English/],
  ['extraction-failed', /^extraction failed/],
  ['invalid-claim', /^claimedAt |^extent .* is outside|needs a controller$|^claimId and place name are required$/],
];

export const DEAD_LETTER_REASONS = [...CODES.map(([code]) => code), 'other'] as const;

export const deadLetterReasonCode = (reason: string): string => CODES.find(([, pattern]) => pattern.test(reason))?.[0] ?? 'other';
