// Reads a cue of denial: what it denies (the claim embedded after it, "denied that X was captured"; the claim before
// it, "the claim was untrue"; a side's claims it names; or the claim the story told last), and so whose control is
// denied and of which places. The claim it denies is read as part of it, not as a claim of the denier's.
import type { Claim } from '../../shared/model.js';
import { sideMarkers } from '../actors.js';
import { speakerOfCue } from '../attribution.js';
import type { SentenceContext } from '../context.js';
import type { Cue } from '../rules/matcher.js';
import { STATEMENT_NOUN, STATEMENT_NOUNS } from '../statements.js';
import type { Reader } from './reading.js';
import { asParty, controllerOf, other } from './sides.js';
import { ANAPHORIC_CLAIM, ANAPHORIC_PLACE, clauseTargets, named, objectsOf, withoutLocatingRegions } from './targets.js';

/**
 * "Russian claims", "Kyiv's reports", "claims in Russian media", "statements by Russia's leadership": the side
 * whose claims a denial names, from the lexicon's side words.
 */
export const sideOfClaimsNamed = (text: string): ReturnType<typeof asParty> => {
  const markers = sideMarkers(text);
  const m =
    markers.find((s) =>
      /^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:claims?|reports?|statements?|assertions?|account|version)\b/i.test(text.slice(s.end, s.end + 30)),
    ) ??
    markers.find((s) =>
      /\b(?:claims?|reports?|statements?|assertions?)["”]?\s+(?:in|by|from|of|made\s+by)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i.test(
        text.slice(0, s.start),
      ),
    );
  return m ? asParty(m.side) : null;
};

/** What a denial verb denies when it names no place: a claim, a report, a loss or capture, "it", "this", a "that" clause. */
const CLAIM_OBJECT = new RegExp(
  `^\\s*(?:,\\s*)?(?:on\\s+\\w+\\s+|again\\s+|this\\s+|that\\s+|it\\s+|these\\s+|those\\s+|such\\s+|the\\s+|any\\s+|all\\s+|earlier\\s+|latest\\s+|previous\\s+|[\\w-]+['’]s\\s+|[A-Z][\\w-]+\\s+)*(?:${STATEMENT_NOUNS}|accounts?|announcements?|loss|fall|capture|seizure|occupation|takeover|surrender|it|this|that|them)\\b`,
  'i',
);

/** "disputed this,", "rejected it": an object that points back to a claim told before. */
const ANAPHORIC_OBJECT = /^\s*(?:this|it|these|those)\b(?!\s+(?:was|were|is|are|had|has|have)\b)/i;
/** "contradicted the claim", "disputed these reports": a cue that ends on the claim it points back to. */
const NAMED_OBJECT_END =
  /\b(?:the|this|that|these|those|such)\s+(?:claims?|reports?|statements?|assertions?|announcements?|allegations?)$/i;

/**
 * "refuted that, saying", "denied this information.", "disputed the claim, insisting", "but Kiev denies it": an object
 * that only points back at a claim told before, and says nothing of its own (not "denied the claim that ...", "denied
 * it had fallen", "denied the reports of ...").
 */
const BACK_OBJECT =
  /^\s+(?:(?:(?:the|this|these|those|such)\s+(?:[\w-]+\s+)?|that\s+)(?:claims?|reports?|information|statements?|assertions?|news)\b(?!\s+(?:that|of|about|on|by|from)\b)|(?:this|it|them)\b(?!\s+(?:was|were|is|are|had|has|have|would|will)\b)|that(?=\s*(?:[,.;—]|$)))/i;

/** How many sentences back the claim a pointing-back denial answers may have been told. */
const DENIES_BACK = 2;

/** "denied the city had changed hands": a clause without "that". */
const THAT_LESS_CLAUSE = /^\s+(?:[\w'’-]+\s+){1,4}(?:had|has|have|was|were|is|are|remains?|remained)\b/i;

/** "are statements", "were the claims": what a fronted "untrue" or "false" calls so comes after it. */
const FRONTED_STATEMENT =
  /^\s*,?\s+(?:are|is|were|was)\s+(?:also\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:statements?|claims?|reports?|assertions?|allegations?)\b/i;

/** "these claims", "Russia's reports", "such advances": the statement nouns in the plural, and the gains they tell. */
const PLURAL_CLAIMS = new RegExp(
  `\\b(?:${[
    ...STATEMENT_NOUNS.split('|')
      .filter((n) => n.endsWith('s?'))
      .map((n) => n.slice(0, -1)),
    'announcements',
    'advancements',
    'advances',
    'gains',
    'captures',
  ].join('|')})\\b`,
  'i',
);

/** "Russian troops entered X": entering a place is what a denial of it denies, as much as capturing it. */
const ENTERING = /\b(?:enter|enters|entered|entering|broke\s+into|break\s+into|breaking\s+into|penetrated|penetrate)\b/i;
export const claimCue = (e: Cue): boolean => e.stance === 'CONTROL' || (e.stance === 'CONTESTED' && e.gaining && ENTERING.test(e.text));

/** ", but this", "; that": a clause that opens on a pronoun pointing back at the clause before. */
const POINTS_BACK = /^[\s,;—-]*(?:(?:but|and|yet|however,?)\s+)?(?:this|that|it)\s+$/i;

/** "..., but this did not reflect reality": a weak denial whose clause opens on a pronoun denies the clause before. */
export const deniesClauseBefore = (c: Cue, ctx: Pick<SentenceContext, 'clauses' | 'text'>): boolean => {
  if (!c.weak) return false;
  const k = ctx.clauses.of(c.start);
  return k > 0 && POINTS_BACK.test(ctx.text.slice(ctx.clauses.span(k)[0], c.start));
};

/** The last cue of a capture or hold (not a concession) that ends by `at`: the claim a denial points back at. */
export const claimBefore = (cues: readonly Cue[], at: number): Cue | undefined =>
  [...cues].reverse().find((e) => e.end <= at && claimCue(e) && !e.concession);

/** "We", "our forces": the speaker's own side as the subject just before the cue. */
const FIRST_PERSON_SUBJECT = /\b(?:we|our\s+(?:forces|troops|units|army|soldiers|defenders))\s+(?:\w+\s+)?$/i;

/** What a denial goes on to deny: an encirclement, a cauldron, a blockade. */
const ENCIRCLEMENT_ONLY = /\b(?:encircl\w*|surround\w*|cauldron|blockad\w*|blocking|pocket)\b/i;
/** ... or control of a place. */
const CONTROL_WORD = /\b(?:control\w*|captur\w*|seiz\w*|took|taken|liberat\w*|occup\w*|fall|fell|fallen|entered|hold|holds|held)\b/i;

export const readDenial: Reader = (c, ctx, who, consumed) => {
  const { text, cues, frames, clauses, places, discourse: d } = ctx;
  const claimant = who.claimant;
  const k = clauses.of(c.start);
  const [from] = clauses.span(k);
  const inClause = withoutLocatingRegions(clauseTargets(c, ctx), ctx.text);
  // "have not yet been able to fully capture Soledar, despite ... the nearby city of Bakhmut risking encirclement": a
  // negated taking denies its object, not every place of its clause.
  const objects = c.negated && !c.passive ? objectsOf(c, inClause, ctx) : [];
  const lastObject = objects.at(-1);
  let targets = named(
    lastObject ? inClause.filter((p) => p.end <= lastObject.end || !text.slice(lastObject.end, p.start).includes(',')) : inClause,
  );
  // "has not captured", "is not true": the denial carries its own negated claim; "does not confirm reports that"
  // reports speech, and the claim it denies follows.
  const speech = frames.some((f) => f.denial && f.start === c.start);
  const clauseBack = deniesClauseBefore(c, ctx);
  const negated = !clauseBack && (c.negated || (!speech && /\b(?:not|n['’]t|never)\b/i.test(c.text)));
  // "denied that X was captured" denies what follows; "the claim was untrue" denies what came before.
  // "Untrue are statements that X has been captured": a fronted weak denial denies the statement after it.
  // "... are lying about capturing Pokrovsk": the claim called a lie comes after the words.
  const fronted = c.weak && (FRONTED_STATEMENT.test(text.slice(c.end, c.end + 50)) || /\babout$/i.test(c.text));
  // "Prigozhin claimed his troops had captured Bakhmut, although Kyiv disputed this, stating it still held parts of
  // the city", "contradicted the claim, ... DeepState confirmed that most of Kupyansk remained under AFU control": a
  // denial whose object points back denies the claim told before it, not the holding said after it.
  const pointsBack = !negated && !c.weak && (ANAPHORIC_OBJECT.test(text.slice(c.end, c.end + 40)) || NAMED_OBJECT_END.test(c.text));
  const embedded = negated
    ? c
    : pointsBack || clauseBack
      ? claimBefore(cues, c.start)
      : c.weak && !fronted
        ? cues.find((e) => e.end <= c.start && claimCue(e) && !e.concession && clauses.of(e.start) === k)
        : // ("refuted the reports, saying the village remains under Ukraine's control": a claim the denier goes on to tell
          // after ", saying" is its own, not the one denied.)
          cues.find(
            (e) => e.start > c.end && claimCue(e) && !frames.some((f) => f.kind === 'participle' && f.start > c.end && f.start < e.start),
          );
  // A cue after the denial belongs to what is denied unless another report comes between them.
  const inDenial = (e: Cue): boolean => e.start > c.end && !frames.some((f) => f.start > c.end && f.start < e.start && !f.denial);
  if (embedded && (embedded === c || embedded.end <= c.start || inDenial(embedded))) consumed.add(embedded);
  if (!c.weak) for (const e of cues) if (e.stance === 'CONTESTED' && inDenial(e)) consumed.add(e);
  // "I do not confirm the information that Russia entered A and B and took them under control": every taking the
  // denied statement tells is denied with it.
  if (!c.weak && !negated && speech && embedded && embedded !== c && inDenial(embedded))
    for (const e of cues)
      if (e.stance === 'CONTROL' && e.start > embedded.start && inDenial(e) && clauses.of(e.start) === clauses.of(embedded.start))
        consumed.add(e);
  const claimsOf = sideOfClaimsNamed(c.weak ? text.slice(from, c.start) : text.slice(c.end, c.end + 40));
  // "We do not control Balakliya": a side saying it does not hold a place concedes it to the other side.
  const own = asParty(claimant.side);
  if (c.negated && own && FIRST_PERSON_SUBJECT.test(text.slice(Math.max(0, c.start - 30), c.start)) && /\bcontrol/i.test(c.text))
    return { stance: 'CONTROL', controller: other(own), targets, answers: null };

  let controller: ReturnType<typeof asParty>;
  let answers = null;
  let backGroup: { index: number; claims: Claim[] } | undefined;
  // The claim denied is its maker's: "refuted claims in Russian media about the alleged capture of X" denies Russia's control.
  const claimer =
    !negated && embedded && embedded !== c && embedded.start > c.end ? sideOfClaimsNamed(text.slice(c.end, embedded.start)) : null;
  if (claimer) {
    controller = claimer;
    if (!targets.length) {
      const [, eTo] = clauses.span(clauses.of(embedded!.start));
      targets = named(places.filter((p) => p.start > c.end && p.end <= eTo && ctx.isTarget(p)));
    }
  } else if (embedded) {
    controller = negated
      ? controllerOf(
          { ...c, stance: 'CONTROL', passive: /\bby\b/.test(text.slice(c.end, c.end + 5)) || c.passive },
          text,
          ctx.actors,
          { ...claimant, side: 'NEUTRAL' },
          claimant,
        )
      : // Nobody named as taking it: the denier denies the other side's claim ("denied claims about the town's capture").
        (controllerOf(embedded, text, ctx.actors, { ...claimant, side: 'NEUTRAL' }, speakerOfCue(embedded, ctx) ?? claimant, c.end) ??
        (asParty(claimant.side) ? other(asParty(claimant.side)!) : null));
    if (negated && (!controller || controller === claimant.side))
      controller = asParty(claimant.side) ? other(asParty(claimant.side)!) : controller;
    if (!targets.length) {
      const [eFrom, eTo] = clauses.span(clauses.of(embedded.start));
      targets = named(places.filter((p) => p.start >= (embedded.end <= c.start ? eFrom : c.end) && p.end <= eTo && ctx.isTarget(p)));
    }
  } else if (claimsOf) {
    controller = claimsOf;
    // "Ukrainian officials denied Russia's claims, saying clashes go on near Tabaivka": the claim of that side the
    // story told last, when the denial names no place of its own.
    const last = d.lastControlClaim;
    if (!targets.length && last && last.claimant.side === claimsOf && last.controller === claimsOf) answers = last;
  } else {
    // "denied that its forces were encircled": a denial of a contest, not of anyone's control.
    const deniesContest =
      /^\s+that\b/.test(text.slice(c.end, c.end + 6)) &&
      cues.some((e) => e.stance === 'CONTESTED' && clauses.of(e.start) === k && inDenial(e));
    if (deniesContest) return null;
    // "the Kremlin denies any rift", "rejected the idea of yielding territory": a denial of something that is no
    // claim answers none; "denied the claim", "rejected it", "denied that ..." answer the claim told last.
    const object = text.slice(c.end, c.end + 60);
    if (
      speech &&
      /^\s+[\w"“'‘]/.test(object) &&
      !CLAIM_OBJECT.test(object) &&
      !THAT_LESS_CLAUSE.test(object) &&
      !ANAPHORIC_CLAIM.test(text) &&
      // "a claim immediately denied by Kyiv", "an assertion Ukrainian authorities rejected": the claim named before.
      !STATEMENT_NOUN.test(text.slice(0, c.start))
    )
      return null;
    // "Russia's Ministry of Defense said it controlled Strilecha, Krasne and Pylne. Governor Syniehubov later refuted
    // that": an object that only points back answers the claim the other side told last (within two sentences), every
    // place of it, over an outlet's told since ("footage appeared to show a flag in Pokrovsk").
    const own = asParty(claimant.side);
    // (Else, when the other side told nothing, the control of the other side anyone told: "DeepState reported that
    // Russian troops had occupied two villages. However, Ukraine's general staff disputed the claim"; nothing when what
    // the other side told last is a contest: "claimed that Russian forces had entered Huliaipole. Ukraine denied this".)
    const recent = own && BACK_OBJECT.test(object) ? d.claimGroups.filter((g) => ctx.index - g.index <= DENIES_BACK).reverse() : [];
    const theirs = recent.find((g) => g.claims[0]!.claimant.side === other(own!));
    const told = theirs ?? recent.find((g) => g.claims[0]!.controller === other(own!));
    backGroup = told?.claims[0]!.stance === 'CONTROL' && told.claims[0]!.controller === other(own!) ? told : undefined;
    answers = backGroup?.claims.at(-1) ?? d.lastControlClaim;
    controller = answers?.controller ?? null;
    // ("disputed the claim, insisting its forces still control Zaporizke": what the denier goes on to say after a
    // participle is its own claim, not the places of the one denied.)
    if (backGroup) {
      const goesOn = frames.find((f) => f.kind === 'participle' && f.start > c.end);
      if (goesOn) targets = targets.filter((t) => t.start === null || t.start < goesOn.start);
    }
  }
  // "held Siversk, dismissing a statement ... that its troops had seized it": the claim denied refers back to the
  // place the sentence named before the denial, else to the one the story is about.
  // "disputes Russian claims of full control": a claim that names no place is about the one the sentence is about.
  if (
    !targets.length &&
    embedded &&
    embedded !== c &&
    (embedded.unnamed || /^\s+(?:it|there)\b/i.test(text.slice(embedded.end, embedded.end + 8)))
  ) {
    const before = [...places].reverse().find((p) => p.end <= c.start && ctx.isTarget(p));
    targets = before ? named([before]) : d.focus ? [{ place: d.focus, start: null }] : [];
  }
  // "The General Staff rejected claims that Ukrainian units face encirclement": a denied encirclement is no denied control.
  const denied = text.slice(c.end).split(/[,;]|\s+and\s+(?!that\b)/)[0]!;
  const deniesEncirclement = ENCIRCLEMENT_ONLY.test(denied) && !CONTROL_WORD.test(denied);
  if (!targets.length && answers && !deniesEncirclement) {
    // "disputes these claims", "denied Russia's reports": a plural object answers every place the claim told last named.
    const group = d.claimGroups.find((g) => g.claims.includes(answers))?.claims ?? [];
    const plural = PLURAL_CLAIMS.test(text.slice(Math.max(0, c.start - 40), c.end + 40)) && group.length > 0;
    targets = (backGroup ? backGroup.claims : plural ? group : [answers]).map((a) => ({ place: a.place, start: null }));
  }
  if (!targets.length && d.lastClaim && !deniesEncirclement && (ANAPHORIC_CLAIM.test(text) || ANAPHORIC_PLACE.test(text)))
    targets = [{ place: d.lastClaim.place, start: null }];
  // "the Russians are lying about capturing Pokrovsk": the liars claimed it for their own side.
  if (!controller && /\b(?:lying|lied|lie|lies)\b/i.test(c.text)) {
    const liar = [...ctx.actors].reverse().find((a) => a.end <= c.start && c.start - a.end < 20 && asParty(a.side));
    controller = liar ? asParty(liar.side) : null;
  }
  // "Syrskyi dismissed Russia's statements about the supposed 'blockade' of Ukrainian forces in Pokrovsk", "statements
  // about the alleged encirclement of Ukrainian troops in Kupyansk are not true": statements of an encirclement alone,
  // denied, deny no one's control (the words a weak denial calls untrue come before it).
  // ("denied that Russian forces had encircled and captured Soledar": a taking told with it is denied.)
  const statement = c.weak && !fronted ? text.slice(from, c.start) : denied;
  const told = c.weak && !fronted ? statement : text.slice(c.end).split(/[,;.]/)[0]!;
  if (!c.negated && !clauseBack && ENCIRCLEMENT_ONLY.test(statement) && !CONTROL_WORD.test(told)) return null;
  // The outlet denies nothing; an observer (the Pentagon, ISW) may ("Russia does not fully control Bakhmut, Kirby said").
  if (claimant.role === 'outlet') return null;
  return { stance: 'DENIAL', controller, targets, answers };
};
