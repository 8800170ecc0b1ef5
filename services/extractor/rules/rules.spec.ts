// One spec runs every rule's examples through the matcher that ships: each `fires` sentence keeps a match of the
// rule (a cue, a frame, or for a non-claim something it blocked), each `silent` sentence keeps none.
import { ALL_RULES } from './index.js';
import { matchSentence } from './matcher.js';
import type { Rule } from './types.js';

const found = (rule: Rule, sentence: string): string[] => {
  const m = matchSentence(sentence);
  if (rule.kind === 'nonclaim')
    return m.blocks.filter((b) => b.rule === rule.id && b.blocked.length).map((b) => sentence.slice(b.start, b.end));
  if (rule.kind === 'attribution') return m.frames.filter((f) => f.rule === rule.id).map((f) => sentence.slice(f.start, f.end));
  return m.cues.filter((c) => c.rule === rule.id).map((c) => c.text);
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
