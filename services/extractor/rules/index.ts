// Every rule of the extractor, in the order the matcher tries them: an earlier cue keeps its words when two overlap,
// unless the later one is of the same stance and reads more of them (matcher.ts).
import { ATTRIBUTION_RULES } from './attribution.js';
import { CONCESSION_RULES } from './concession.js';
import { CONTEST_RULES } from './contest.js';
import { CONTROL_RULES } from './control.js';
import { DENIAL_RULES, NEGATED_DENIAL_RULES } from './denial.js';
import { NONCLAIM_RULES } from './nonclaim.js';
import type { AttributionRule, CueRule, NonClaimRule, Rule } from './types.js';

/** Cues in priority order: negated captures before the captures they contain, contest before the control words inside it. */
export const CUE_RULES: readonly CueRule[] = [
  ...NEGATED_DENIAL_RULES,
  // "has been lost", "lost the battle for X" concede X: before the contest rules that would read "battle for".
  ...CONCESSION_RULES.filter((r) => r.id.startsWith('concession.lost')),
  ...CONTEST_RULES,
  ...CONTROL_RULES.filter((r) => r.yields.unnamed !== true),
  ...CONCESSION_RULES.filter((r) => !r.id.startsWith('concession.lost')),
  ...DENIAL_RULES,
  // "challenging Russian claims of full control": a denial naming the claims keeps its words; "claims of full
  // control" with no denial around it is the claim itself.
  ...CONTROL_RULES.filter((r) => r.yields.unnamed === true),
];
export { ATTRIBUTION_RULES, NONCLAIM_RULES };
export type { AttributionRule, CueRule, NonClaimRule, Rule };

export const ALL_RULES: readonly Rule[] = [...CUE_RULES, ...ATTRIBUTION_RULES, ...NONCLAIM_RULES];

const ids = new Set<string>();
for (const rule of ALL_RULES) {
  if (ids.has(rule.id)) throw new Error(`two rules have the id ${rule.id}`);
  if (!rule.id.startsWith(`${rule.kind}.`))
    throw new Error(`rule ${rule.id} is of kind ${rule.kind}: its id must begin with "${rule.kind}."`);
  ids.add(rule.id);
}
