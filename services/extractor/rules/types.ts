// A rule is one record: an id, a pattern (rules/pattern.ts), what a match yields, and sentences it must fire on
// and must stay silent on. One spec (rules.spec.ts) runs every record's examples through the matcher that ships.
import type { Stance } from '../../shared/model.js';

export type RuleKind = 'control' | 'concession' | 'denial' | 'contest' | 'attribution' | 'nonclaim';

interface RuleBase<K extends RuleKind, Y> {
  /** `<kind>.<name>`, unique; carried by every claim the rule helps produce. */
  id: string;
  kind: K;
  pattern: string;
  yields: Y;
  /** Sentences the rule must match (the matcher, with the other rules around it, keeps a match of this rule). */
  fires: string[];
  /** Sentences the rule must not match (or whose match the matcher drops). */
  silent: string[];
  note?: string;
}

/** What a cue of control says about the words around it. */
export interface ControlYield {
  stance: 'CONTROL';
  /** "was captured": the agent, if named, follows with "by". */
  passive?: boolean;
  /** "the capture of": a noun, a claim only when someone reports or denies it. */
  nominal?: boolean;
  /** Simple past or past perfect ("captured", "had taken"): background when the outlet tells it undated. */
  past?: boolean;
  /** "holds": a claim only about the place it governs as its object. */
  objectOnly?: boolean;
  /** "drove ... out of": the agent took the place from the other side. */
  expulsion?: boolean;
  /** "Robotyne's recapture": the place is the possessor before the cue. */
  possessor?: boolean;
  /** "Izium, whose capture Moscow announced": the place is the one the relative clause hangs on. */
  antecedent?: boolean;
  /** "left Avdiivka", "lost Robotyne": the place must follow at once, or the words mean something else. */
  adjacentObject?: boolean;
  /** "Bakhmut, captured by Russian forces in May": after a place and a comma, an aside in the outlet's voice. */
  aside?: boolean;
  /** "these are A, B and C": a list that goes on with the capture the sentence before told, and only then a claim. */
  continues?: boolean;
  /** "trying to oust Russian troops from X": the side named as the verb's object holds the place. */
  heldByObject?: boolean;
  /** "after capturing X, Russian forces ...", "..., recapturing X": a gerund whose subject is that of the clause it hangs on. */
  gerund?: boolean;
  /**
   * "still holds", "remains under", "is ours", "controls 30% of": a side's present hold on the place, whole or in part;
   * said while the other side claims to have taken it, it answers that claim (a denial of it, as LABELS.md reads
   * "Ukraine says it still controls a part of it"), beside the hold itself.
   */
  holding?: boolean;
  /**
   * "despite Russian claims of full control", "after Moscow claimed its capture": a claim that names no place of its
   * own is about the place its sentence is about (named before it, else the one the story is about).
   */
  unnamed?: boolean;
  /**
   * "DeepState confirmed the Russian claim on Sunday", "Zelenskiy confirmed the troop pullback": a confirmation that
   * names no place of its own re-tells the control claim the story told just before, in the confirmer's voice.
   */
  confirms?: boolean;
}

/** A concession: control passes to the other side of whoever withdrew, lost or left. */
export interface ConcessionYield {
  stance: 'CONTROL';
  concession: true;
  past?: boolean;
  passive?: boolean;
  /** "the withdrawal from X": a noun, a claim only when someone reports it. */
  nominal?: boolean;
  /** "Prohres is not ours": the place is the subject before the cue. */
  possessor?: boolean;
  /** "left Avdiivka": the place must follow at once. */
  adjacentObject?: boolean;
  /** "the region is clear of Russian forces": the side named as the object is the one that left. */
  heldByObject?: boolean;
  /** "withdrew its troops to save lives": a withdrawal that names no place is from the one the story is about. */
  unnamed?: boolean;
  /** "Kyiv confirmed its troops had withdrawn": a bare withdrawal is a claim only as the withdrawing side's own word. */
  admitted?: boolean;
}

export interface DenialYield {
  stance: 'DENIAL';
  /** "fake", "provocations": a denial only where the sentence names the place or refers to a claim. */
  weak?: boolean;
  /** "has not captured": the denial carries its own negated claim. */
  negated?: boolean;
  /** "denied", "rejected": also a reporting verb whose subject is the claimant. */
  speech?: boolean;
  /**
   * "Russia is spreading disinformation that", "occupiers spread fakes about": lies a side is said to spread. No cue
   * of its own words: the capture told after it is the spreader's claim, and whoever tells of the spreading denies it
   * (extract.ts spreadDenials). The matcher keeps it beside the cues inside it ("fakes").
   */
  spread?: boolean;
}

export interface ContestYield {
  stance: 'CONTESTED';
  /** "encircled", "trapped inside": the side pinned down is not the one gaining. */
  pinned?: boolean;
  /** "advanced into", "stormed", "cleared": the subject is the side gaining (plain fighting names no one). */
  gaining?: boolean;
  /** "no longer fully controls": the subject is losing ground, the other side gaining. */
  losing?: boolean;
  /** "there is fighting there": fighting the words point to the place the story is about with, naming none. */
  unnamed?: boolean;
}

export interface AttributionYield {
  frame: 'verb' | 'according' | 'by' | 'possessive' | 'participle';
  /** Tokens of context the match begins with that are not the frame itself ("'s" in "Russia's claim"). */
  skip?: number;
}

/** A non-claim: the cues of the listed kinds that overlap the match, or begin up to `reach` tokens after it, are no claims. */
export interface NonClaimYield {
  /** Kinds of rules, or ids of single rules ("attribution.verb"). */
  blocks: readonly ('control' | 'concession' | 'denial' | 'contest' | 'attribution' | `${RuleKind}.${string}`)[];
  reach: number;
  /** A pattern a blocked cue's own words may match to be spared ("has captured" is a fact, not a plan). */
  spare?: string;
}

export type ControlRule = RuleBase<'control', ControlYield>;
export type ConcessionRule = RuleBase<'concession', ConcessionYield>;
export type DenialRule = RuleBase<'denial', DenialYield>;
export type ContestRule = RuleBase<'contest', ContestYield>;
export type AttributionRule = RuleBase<'attribution', AttributionYield>;
export type NonClaimRule = RuleBase<'nonclaim', NonClaimYield>;
export type CueRule = ControlRule | ConcessionRule | DenialRule | ContestRule;
export type Rule = CueRule | AttributionRule | NonClaimRule;

export const stanceOf = (rule: CueRule): Stance => rule.yields.stance;
