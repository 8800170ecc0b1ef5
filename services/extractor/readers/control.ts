// Reads a cue of control or concession: its places (an active verb's objects, else the clause's places), and whose
// control it asserts (the agent, else the claimant's side; a concession gives the place to the other side).
import { controllerOf } from './sides.js';
import type { Reader } from './reading.js';
import { clauseTargets, named, objectsOf, withoutLocatingRegions } from './targets.js';

export const readControl: Reader = (c, ctx, who) => {
  const { text } = ctx;
  let targets = clauseTargets(c, ctx);
  // "Russia says it has retaken Sudzha": an active verb's object is what it claims; the places before it
  // count only when nothing follows ("the villages of A and B have been liberated").
  if (!c.passive) {
    const objects = objectsOf(c, targets, ctx);
    if (objects.length || c.objectOnly)
      targets = c.objectOnly
        ? [
            ...objects,
            // "the parts of Bakhmut it still holds": a place before "it holds" is its object too.
            ...targets.filter(
              (p) =>
                /\bof\s+$/.test(text.slice(Math.max(0, p.start - 4), p.start)) &&
                ctx.actors.some(
                  (a) =>
                    a.start >= p.end && /^\s+$/.test(text.slice(p.end, a.start)) && /^\s+(?:still\s+)?$/i.test(text.slice(a.end, c.start)),
                ),
            ),
          ]
        : objects;
  }
  return {
    stance: 'CONTROL',
    controller: controllerOf(c, text, ctx.actors, who.claimant, who.claimant),
    targets: named(withoutLocatingRegions(targets)),
    answers: null,
  };
};
