// Reads a cue of contest: fighting, encirclement and gains are about the place they happen in, next to the words;
// the controller is the side said to be gaining, or none.
import { contestedController } from './sides.js';
import type { Reader } from './reading.js';
import { clauseTargets, named, withoutLocatingRegions } from './targets.js';

export const readContest: Reader = (c, ctx, who) => {
  const targets = clauseTargets(c, ctx).filter((p) => p.start >= c.start - 60 && p.start <= c.end + 80);
  return {
    stance: 'CONTESTED',
    controller: contestedController(c, ctx.text, ctx.actors, who.claimant),
    targets: named(withoutLocatingRegions(targets)),
    answers: null,
  };
};
