// Reads a cue of contest: fighting, encirclement and gains are about the place they happen in, next to the words;
// the controller is the side said to be gaining, or none.
import { contestedController } from './sides.js';
import type { Reader } from './reading.js';
import { clauseTargets, named, withoutLocatingRegions } from './targets.js';

export const readContest: Reader = (c, ctx, who) => {
  const targets = clauseTargets(c, ctx).filter((p) => p.start >= c.start - 60 && p.start <= c.end + 80);
  return {
    stance: 'CONTESTED',
    // The subject of the fighting is after the frame that reports it ("Ukraine says the fighting ...": not Ukraine).
    controller: contestedController(
      c,
      ctx.text,
      ctx.actors,
      who.claimant,
      Math.max(ctx.clauses.span(ctx.clauses.of(c.start))[0], who.frame && who.frame.end <= c.start ? who.frame.end : 0),
    ),
    targets: named(withoutLocatingRegions(targets)),
    answers: null,
  };
};
