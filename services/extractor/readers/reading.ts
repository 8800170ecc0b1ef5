import type { Claim, Party, Stance } from '../../shared/model.js';
import type { Attribution } from '../attribution.js';
import type { SentenceContext, Target } from '../context.js';
import type { Cue } from '../rules/matcher.js';

/** What a reader makes of a cue: the stance, whose control, and the places it is about. */
export interface Reading {
  stance: Stance;
  controller: Party | null;
  targets: Target[];
  /** The earlier claim a denial answers ("denied the claim"), whose date it may take. */
  answers: Claim | null;
}

/** A reader of one kind of cue. It may mark other cues of the sentence as read (a denial reads the claim it denies). */
export type Reader = (c: Cue, ctx: SentenceContext, who: Attribution, consumed: Set<Cue>) => Reading | null;
