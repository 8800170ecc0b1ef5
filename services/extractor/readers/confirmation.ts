// Reads a cue of confirmation that names no place of its own ("DeepState confirmed the Russian claim on Sunday",
// "The Ukrainian General Staff confirmed the pullback on Tuesday"): the confirmer re-tells the control claim the story
// told just before — the same places, the same controller — as a claim of its own.
import { placeKeyOf } from '../../shared/ids.js';
import type { Reader } from './reading.js';
import { asParty } from './sides.js';
import { sideOfClaimsNamed } from './denial.js';
import { clauseTargets, withoutLocatingRegions } from './targets.js';

/** "has not confirmed", "could not independently confirm", "neither denied nor confirmed": no confirmation at all. */
const NOT_BEFORE =
  /\b(?:not|n['’]t|never|neither|nor|cannot|unable\s+to|declined\s+to|refused\s+to|yet\s+to|if|whether|nobody|no\s+one)\s+(?:[\w-]+\s+){0,3}$/i;

/** How many sentences back the claim confirmed may have been told ("Russia said ... On Sunday, DeepState confirmed"). */
const CONFIRMS_BACK = 2;

export const readConfirmation: Reader = (c, ctx, who) => {
  const { text, discourse: d } = ctx;
  if (NOT_BEFORE.test(text.slice(Math.max(0, c.start - 50), c.start))) return null;
  // "confirmed the loss of Vuhledar": a confirmation that names its place is read by the cue of that place.
  if (withoutLocatingRegions(clauseTargets(c, ctx), text).some((p) => p.start >= c.end)) return null;
  // The outlet confirms nothing of its own ("Geolocated footage confirmed the advance"): a speaker does.
  if (who.claimant.role === 'outlet') return null;
  // "Ukrainian officials confirmed this, but said fighting continues in the village": what it confirms is not the
  // taking.
  if (ctx.cues.some((k) => k.stance === 'CONTESTED' && k.start >= c.end)) return null;
  // "confirmed the Russian claim": the claim of the side it names, else the last one told by another side.
  const named = sideOfClaimsNamed(c.text);
  // ("Ukraine's air force confirmed the information, saying two drones were shot down": "the information", "the
  // news" and "the report" are the claim only right after it.)
  const reach = /\b(?:information|news|reports?)\b/i.test(c.text) ? 1 : CONFIRMS_BACK;
  // (A contest told last is no control to re-tell: "claimed to have entered Huliaipole ... DeepState confirmed this".)
  const told = [...d.claimGroups].reverse().find(
    (g) =>
      ctx.index - g.index <= reach &&
      // (A voice of the claim's own side re-tells nothing: "Russian military bloggers confirmed the claim".)
      asParty(g.claims[0]!.claimant.side) !== asParty(who.claimant.side) &&
      (!named || asParty(g.claims[0]!.claimant.side) === named),
  );
  const group = told?.claims[0]!.stance === 'CONTROL' ? told : undefined;
  if (!group) return null;
  const seen = new Set<string>();
  const places = group.claims.filter((k) => !seen.has(placeKeyOf(k.place)) && seen.add(placeKeyOf(k.place)));
  return {
    stance: 'CONTROL',
    controller: group.claims[0]!.controller,
    targets: places.map((k) => ({ place: k.place, start: null })),
    answers: group.claims.at(-1)!,
  };
};
