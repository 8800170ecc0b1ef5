// Reads a cue of contest: fighting, encirclement and gains are about the place they happen in, next to the words;
// the controller is the side said to be gaining, or none.
import { sideMarkers } from '../actors.js';
import { contestedController } from './sides.js';
import type { Cue } from '../rules/matcher.js';
import type { SentencePlace } from '../context.js';
import type { Reader } from './reading.js';
import { SAYING_VERBS } from '../statements.js';
import { anaphoraScope, clauseTargets, listFrom, named, withoutLocatingRegions } from './targets.js';

/** The name a cue ending on its preposition is about: "battle for (control of) Donbas". */
const NAME_NEXT = /^\s+(?:the\s+)?(?:control\s+of\s+(?:the\s+)?)?([A-Z][\w'’-]+)/;
/** The same after a cue without its preposition: "ongoing battle for control of the Donbas". */
const NAME_AFTER_PREPOSITION = /^\s+(?:for|in|of|into|inside|around)\s+(?:the\s+)?(?:control\s+of\s+(?:the\s+)?)?([A-Z][\w'’-]+)/;

/** "said of", "wrote of the town of": a speaker's verb and the place it speaks of next. */
const SPOKEN_OF = new RegExp(String.raw`\b(?:${SAYING_VERBS})\s+of\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+)?$`, 'i');

/** "the town", "this city": a settlement the words leave unnamed. */
const THE_PLACE = /\b(?:the|this)\s+(?:city|town|village|settlement)\b/i;

/** Capitalised words after a cue that name no place of their own. */
const NOT_A_NAME =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$|-(?:held|occupied|controlled|backed|installed)$/;

/** ", as well as on the outskirts of", "and in the village of": the words of location again, before another place. */
const AGAIN_IN =
  /,?\s+(?:as\s+well\s+as|and\s+also|and)\s+(?:in|inside|around|in\s+and\s+around|on\s+the\s+outskirts\s+of)\s+(?:the\s+(?:[\w-]+\s+)?(?:village|town|city|settlement)s?\s+of\s+)?/gi;

/** Where a frame's words end before a cue: "according to" names its source up to the last comma before the cue. */
const sourceEnd = (f: { kind: string; end: number }, c: Cue, text: string): number =>
  f.kind === 'according' ? f.end + text.slice(f.end, c.start).lastIndexOf(',') + 1 : f.end;

/** " in ", " in the villages of ": the words between a cue and the place that is its own object. */
const OWN_OBJECT = /^\s+(?:(?:in|into|near|around|for|over|at|on)\s+)?(?:the\s+)?(?:(?:villages?|towns?|settlements?|cities)\s+of\s+)?$/i;

export const readContest: Reader = (c, ctx, who) => {
  // "the battle for Donbas", "fighting in Belgorod's Krasnoyaruzhsky district": a name right after the cue that is no
  // place the gazetteer knows is what the fighting is about; the places around it are not.
  const after = (/(?:for|in|of|into|inside|around)$/i.test(c.text) ? NAME_NEXT : NAME_AFTER_PREPOSITION).exec(ctx.text.slice(c.end));
  // Not a name: a side's word ("Russian-occupied Bakhmut"), a month or a day ("in August in Bakhmut"); nor when a
  // known place follows in the same clause.
  const clauseEnd = after ? ctx.text.slice(c.end + after[0].length).search(/[,.;:]|$/) + c.end + after[0].length : 0;
  // ("the battle for Donbas": a known place that is no target here, a region claimed only in shares, is such a name.)
  const nameAt = after ? c.end + after[0].length - after[1]!.length : -1;
  // ("around the Donbass town of Lisichansk": a name before a noun describes the place that noun brings.)
  const namedObject = ctx.places.find(
    (p) =>
      p.start === nameAt &&
      !/^\s+(?:[a-z-]+\s+){0,2}(?:towns?|city|cities|villages?|settlements?|hamlets?)\b/.test(ctx.text.slice(p.end, p.end + 40)),
  );
  const unknownObject =
    after !== null &&
    !NOT_A_NAME.test(after[1]!) &&
    sideMarkers(after[1]!).length === 0 &&
    (namedObject ? !ctx.isTarget(namedObject) : !ctx.places.some((p) => p.start >= c.end && p.start <= clauseEnd)) &&
    !ctx.actors.some((a) => a.start >= c.end && a.start <= c.end + after[0].length);
  const inClause = unknownObject ? [] : clauseTargets(c, ctx);
  // "completely surrounded Kherson and Berdyansk, in addition to capturing Henichesk", "the capture of Ivanivske and
  // the advance in Novopokrovske": a place another cue of a capture or hold governs, between it and the fighting, is
  // that cue's, not the fighting's.
  const owned = (p: SentencePlace): boolean =>
    ctx.cues.some(
      (k) =>
        k !== c &&
        k.stance === 'CONTROL' &&
        !k.weak &&
        !k.holding &&
        !k.negated &&
        // ("fighting for control of Sievierodonetsk", "an operation to take": the aim of the fighting, not a cue of its own.)
        !/\b(?:for|to|of)\s+(?:the\s+)?(?:full\s+|complete\s+)?$/i.test(ctx.text.slice(Math.max(0, k.start - 20), k.start)) &&
        (p.start >= c.end
          ? k.start >= c.end && k.end <= p.start
          : k.end <= p.start && k.start >= c.start - 100 && /^[^,;.]{0,40}$/.test(ctx.text.slice(k.end, p.start))),
    );
  let targets = inClause.filter((p) => p.start >= c.start - 60 && p.start <= c.end + 80 && !owned(p));
  // "villages including Novenke, Zhuravka, Veselivka and Basivka remain in the gray zone": the whole list whose end
  // is near the words.
  const first = targets[0];
  if (first && first.end <= c.start) targets = [...listFrom(first, ctx, -1).filter((p) => p !== first && inClause.includes(p)), ...targets];
  // "fighting was continuing in Strilecha and Pletenivka, as well as Krasne, Morokhovets, Oliinykove, Lukyantsi and
  // Hatyshche": a list begun within reach of the words goes on to its end, however far.
  // (Only a list that is the cue's own object, right after it: not "the area around Pokrovsk and Kurakhove".)
  const last = targets.at(-1);
  const head = targets.find((p) => p.start >= c.end);
  if (last && head && last.start >= c.end && OWN_OBJECT.test(ctx.text.slice(c.end, head.start)))
    targets = [...targets, ...listFrom(last, ctx).filter((p) => p !== last && inClause.includes(p) && !targets.includes(p))];
  // "... in Toretsk, where fierce battles are taking place": a "where" clause is about the place it hangs on; so is a
  // "which" clause of a storming, an advance or an encirclement ("southwest of Kurakhove, which Russian troops have
  // stormed"), whose "which" can only be what the verb acts on.
  const [from] = ctx.clauses.span(ctx.clauses.of(c.start));
  // ("the town of Dvorichna, which is being fought for", "Krynky, which remains contested": a cue that is the
  // predicate of its place, after "which", is about the head.)
  const predicate = /^(?:is|are|was|were|remains?|remained|has\s+been|have\s+been|had\s+been)\b/i.test(c.text);
  const relative = c.gaining || c.pinned || predicate ? /,\s*(?:where|which)\s+$/i : /,\s*where\s+$/i;
  if (!targets.length && !unknownObject && relative.test(ctx.text.slice(Math.max(0, from - 10), from))) {
    const head = [...ctx.places].reverse().find((p) => p.end <= from && /^\s*,\s*(?:where|which)\s+$/i.test(ctx.text.slice(p.end, from)));
    if (head && (ctx.isTarget(head) || /^\s*,\s*which\s+$/i.test(ctx.text.slice(head.end, from)))) targets = [head];
  }
  // ('"Clearing the town of the remaining groups continues," the ministry said of Novohrodivka': the place a speaker
  // is said to speak of is what the fighting that names none is about, however long the words before.)
  if (!targets.length && !unknownObject && THE_PLACE.test(anaphoraScope(c, ctx))) {
    const spokenOf = ctx.places.find(
      (p) => p.start >= c.end && SPOKEN_OF.test(ctx.text.slice(Math.max(c.end, p.start - 40), p.start)) && ctx.isTarget(p),
    );
    if (spokenOf) targets = [spokenOf];
  }
  // "Fighting continues on the outskirts of A and near B, as well as on the outskirts of C": a place the same words
  // of location bring in again, further on, is fought for too (not one only "near").
  if (targets.length && /(?:in|inside|within|around|outskirts\s+of|in\s+and\s+around)$/i.test(c.text))
    for (const m of ctx.text.slice(c.end).matchAll(AGAIN_IN)) {
      const at = c.end + m.index + m[0].length;
      const next = ctx.places.find((p) => p.start === at && ctx.isTarget(p));
      if (next && !targets.includes(next)) targets = [...targets, ...listFrom(next, ctx).filter((p) => !targets.includes(p))];
    }
  return {
    stance: 'CONTESTED',
    // The subject of the fighting is after the frame that reports it ("Ukraine says the fighting ...": not Ukraine).
    // ("According to the commander of the Akhmat special forces, Apty Alaudinov, the fighting ...": nor the source's
    // own words, up to their last comma.)
    controller: contestedController(
      c,
      ctx.text,
      ctx.actors,
      who.claimant,
      Math.max(ctx.clauses.span(ctx.clauses.of(c.start))[0], who.frame && who.frame.end <= c.start ? sourceEnd(who.frame, c, ctx.text) : 0),
    ),
    targets: named(withoutLocatingRegions(targets, ctx.text)),
    answers: null,
  };
};
