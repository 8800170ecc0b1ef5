// One spec runs every rule's examples through what ships. A cue rule (control, concession, denial, contest) fires
// when extract()'s reading (readClaims, before the confidence model judges the claims) reads a claim with the rule's
// id from the sentence, and stays silent when it reads none; an attribution rule fires when the matcher finds its
// frame; a non-claim fires when it blocks a match.
import type { Article } from '../../shared/model.js';
import { readClaims } from '../extract.js';
import { specArticle } from '../readers/testing.js';
import { ALL_RULES } from './index.js';
import { matchSentence } from './matcher.js';
import type { Rule } from './types.js';

const article = (body: string): Article => specArticle(body, { articleId: 'rule-example' });

const found = (rule: Rule, sentence: string): string[] => {
  if (rule.kind === 'nonclaim')
    return matchSentence(sentence)
      .blocks.filter((b) => b.rule === rule.id && b.blocked.length)
      .map((b) => sentence.slice(b.start, b.end));
  if (rule.kind === 'attribution')
    return matchSentence(sentence)
      .frames.filter((f) => f.rule === rule.id)
      .map((f) => sentence.slice(f.start, f.end));
  return readClaims(article(sentence))
    .claims.filter((c) => c.rules?.includes(rule.id))
    .map((c) => `${c.place.name} ${c.claimant.side} ${c.stance} ${c.controller ?? '-'}`);
};

describe.each(ALL_RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  it('has examples of both kinds', () => {
    expect(rule.fires.length).toBeGreaterThan(0);
    expect(rule.silent.length).toBeGreaterThan(0);
  });
  it.each(rule.fires)('fires on: %s', (sentence) => {
    expect(found(rule, sentence)).not.toEqual([]);
  });
  it.each(rule.silent)('stays silent on: %s', (sentence) => {
    expect(found(rule, sentence)).toEqual([]);
  });
});
