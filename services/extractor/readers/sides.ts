// Whose control a cue asserts: the agent of its verb ("by X", "under the control of X", "X's control", the
// subject), else the claimant's own side; for a contest, the side said to be gaining. Sides come from the actors
// the lexicon recognises (data/actors.json), never from words written here.
import type { Claimant, Party, Side } from '../../shared/model.js';
import { lexiconConventions, sideMarkers, type ActorMention } from '../actors.js';
import { insideQuote } from '../attribution.js';
import type { Cue } from '../rules/matcher.js';
import { SAYING_VERBS } from '../statements.js';

export const other = (side: Party): Party => (side === 'RU' ? 'UA' : 'RU');
export const asParty = (side: Side | null | undefined): Party | null => (side === 'RU' || side === 'UA' ? side : null);

/** A noun's "by" phrase after its object, with no verb between ("the capture of X and Y in the Z region by ..."). */
const NOMINAL_BY = /^(?:(?:(?!\b(?:is|was|were|are|be|been|being|has|have|had|\w+ed\s+by)\b)[^,.;]){0,70}?\s)?by\s+/i;
const AGENT_WINDOW = 90;

/** A concession gives the place to the other side of whoever withdrew. */
export const flip = (c: Cue, side: Party): Party => (c.concession ? other(side) : side);

/**
 * "The capture of Avdiivka represents Russia's biggest victory", "the fall of Izium was Moscow's biggest loss",
 * "Ukraine's recapture of Lyman marked a major defeat for Moscow": a capture its sentence judges as a side's gain
 * (that side took it) or loss (the other side did). Not a gain that only would be one ("would be a setback").
 */
const VERDICT_VERB =
  /^[^;:—]{0,90}?\b(?:is|was|represents|represented|marks|marked|signifies|signified|became|becomes|has\s+been|continues|continued|constitutes|constituted)\s+/i;
const GAIN = /\b(?:victory|victories|gain|gains|success|successes|win|triumph|achievement|prize|breakthrough)\b/i;
const LOSS = /\b(?:loss|losses|defeat|setback|blow|humiliation|reverse)\b/i;

export const verdictOf = (c: Cue, text: string, actors: ActorMention[]): Party | null => {
  // "The alleged capture of Bakhmut became Moscow's biggest achievement": a judgement of a claim, not a claim.
  if (!c.nominal || /\b(?:alleged|purported|claimed|reported|supposed)\s+$/i.test(text.slice(Math.max(0, c.start - 12), c.start)))
    return null;
  const verb = VERDICT_VERB.exec(text.slice(c.end, c.end + 160));
  if (!verb || /\b(?:would|could|might|may|will)\b/i.test(verb[0])) return null;
  const from = c.end + verb[0].length;
  const predicate = /^[^;:.—]{0,90}/.exec(text.slice(from))![0];
  const gain = GAIN.exec(predicate);
  const loss = LOSS.exec(predicate);
  const noun = gain && (!loss || gain.index < loss.index) ? gain : loss;
  if (!noun) return null;
  // "Russia's biggest victory", "a major defeat for Moscow", "a pattern of victories for Ukraine": the side the noun is of.
  const near = actors.filter(
    (a) => asParty(a.side) && a.kind !== 'pronoun' && a.start >= from && a.start < from + noun.index + noun[0].length + 40,
  );
  const owner =
    near.find((a) => a.end <= from + noun.index && /^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}$/.test(text.slice(a.end, from + noun.index))) ??
    near.find(
      (a) =>
        a.start >= from + noun.index + noun[0].length &&
        /^\s+(?:[\w-]+\s+){0,2}(?:for|of|to)\s+(?:the\s+)?$/i.test(text.slice(from + noun.index + noun[0].length, a.start) || ' '),
    );
  const side = asParty(owner?.side);
  if (!side) return null;
  return noun === gain ? side : other(side);
};

/** "Ukraine's capture of": the side an actor's possessive right before a cue makes its agent. */
export const possessingSide = (c: Cue, actors: ActorMention[]): ActorMention | undefined =>
  actors.find((a) => a.start < c.start && a.end >= c.start - 1 && a.end <= c.start + 2 && asParty(a.side));

/** Whose control a CONTROL cue asserts: its agent ("by X", "under the control of X", the subject), else the claimant's side. */
/** "liberated", "freed", "de-occupied": what a side calls its own gains. */
/** "has fallen", "fell": a place's fall with no taker named after it. */
const PLACE_FELL = /^(?:(?:has|have|had)\s+)?(?:fallen|fell|falls)$/i;

const OWN_GAIN_WORD = /\b(?:liberat\w*|freed|frees|free|de-?occup\w*)\b/i;

export const controllerOf = (
  c: Cue,
  text: string,
  actors: ActorMention[],
  claimant: Claimant,
  speaker: Claimant,
  subjectFrom = 0,
): Party | null => {
  // "Borodyanka is under the influence of Russian troops; they control this settlement": "they" is the troops just
  // named, else the speaker's side.
  // '"They achieved a tiny tactical advantage - they captured Vuhlehirsk," a Ukrainian adviser said': in a side's own
  // quoted words, "they" that nothing in the sentence stands for is the other side.
  // The side of the last actor before a pronoun that it can stand for: a plural for "they" and "their", a body (no
  // person) for "he" ('"The enemy has to defend himself in the part of the city he controls"').
  const namedBefore = (at: number, fits: (x: ActorMention) => boolean): Party | null =>
    asParty(actors.filter((x) => x.end <= at && x.kind !== 'pronoun' && x.side && fits(x)).at(-1)?.side);
  const plural = (x: ActorMention): boolean => x.plural === true;
  const possessorBefore = (a: ActorMention): Party | null =>
    /^(?:its|their)\b/i.test(a.name)
      ? asParty(
          actors
            .filter((x) => x.end <= a.start && a.start - x.end < 25 && x.kind !== 'pronoun' && x.kind !== 'generic' && asParty(x.side))
            .filter(
              (x) =>
                /^\s+(?:(?!(?:that|which|who|and|but|or|as|while|if)\s)[a-z]+\s+){1,2}$/.test(text.slice(x.end, a.start)) &&
                !SPEAKER_OF_FRAME.test(text.slice(x.end, a.start)),
            )
            .at(-1)?.side,
        )
      : null;
  const sideOf = (a: ActorMention): Party | null =>
    a.kind === 'pronoun'
      ? /^they$/i.test(a.name)
        ? (namedBefore(a.start, plural) ??
          // (Outside a quote, the forces the sentence before named, when the discourse gave "they" their side.)
          (!insideQuote(text, a.start) ? asParty(a.side) : null) ??
          // ('"In the course of the assault, they liberated Andriivka," it added': a side's word for its own gains.)
          (insideQuote(text, a.start) && asParty(speaker.side) && !OWN_GAIN_WORD.test(c.text)
            ? other(asParty(speaker.side)!)
            : asParty(speaker.side)))
        : /^(?:it|we)$/i.test(a.name)
          ? asParty(speaker.side)
          : /^(?:he|she)$/i.test(a.name)
            ? namedBefore(a.start, (x) => x.kind !== 'named')
            : null
      : // ('Syrskyi said that as of 12 August, the Armed Forces controlled about 1,000 square kilometres': forces no
        // word of the sentence gives a side are the speaker's own, not those the story named last.)
        // (Not in a claim a denial reports, whose maker is not the denier.)
        // ("Russia's Defense Ministry had claimed its army retook the village": "its" is the possessor's.)
        // ("Kyiv ordered its forces to retreat from Lysychansk", Putin said: "its" is the body named just before.)
        a.inherited && !a.adversary && OWN_FORCES.test(a.name) && (asParty(a.owner) ?? asParty(claimant.side))
        ? (possessorBefore(a) ?? asParty(a.owner) ?? asParty(claimant.side))
        : (asParty(a.side) ?? possessorBefore(a) ?? asParty(a.owner));
  // "Russian soldiers advanced from Izium, which is still under their control": "their" is the sided plural named
  // before the cue.
  const theirs = (word: string): Party | null => (/^their$/i.test(word) ? namedBefore(c.start, plural) : null);
  // "trying to oust Russian troops from X": those the attempt would drive out hold it.
  if (c.heldByObject) {
    const object = actors.find((a) => a.start >= c.start && a.start <= c.end + 2 && sideOf(a));
    // "the region is clear of Russian forces" (a concession of those cleared out): the other side holds it.
    if (object) return flip(c, sideOf(object)!);
    // "is no longer under Russian control", "is essentially not under our control": the side whose hold it names.
    const hold = c.concession ? /\b(\S+)\s+control\b/i.exec(c.text) : null;
    if (!hold) return null;
    const held = /^our$/i.test(hold[1]!)
      ? asParty(claimant.side)
      : sideMarkers(hold[1]!)
          .map((m) => asParty(m.side))
          .find(Boolean);
    return held ? flip(c, held) : null;
  }
  // "the withdrawal of Ukrainian units from X", "the retreat of Russian forces from X was confirmed by the governor":
  // who withdrew is the "of" inside the noun's phrase, not the agent of a verb about it.
  if (c.nominal && c.concession) {
    const of = /\bof\s+/i.exec(c.text);
    const at = of ? c.start + of.index + of[0].length : -1;
    const agent = of ? actors.find((a) => a.start >= at && a.start <= at + 12 && a.end <= c.end + 1 && sideOf(a)) : undefined;
    if (agent) return flip(c, sideOf(agent)!);
  }
  const afterText = text.slice(c.end, c.end + AGENT_WINDOW);
  // "under the control of the Russian armed forces", "captured by Russian troops", "fell to X"
  const by = /\b(?:by|of|to)\s+((?:the\s+)?[^,.;]{0,60})/i.exec(text.slice(c.start, c.end + 70));
  // "under the control of X", "in the hands of X", "returned to the control of X", "fell to X": X holds; "took
  // control of the village of Y in Ukraine's east" names what was taken, not who holds it.
  const state = /\bunder\b|\bhands\b|\breturn|fell\s+to|fall(?:en|s)?\s+to\b/i.test(c.text + afterText.slice(0, 12));
  if (by && (c.passive || state || c.nominal)) {
    const at = c.start + by.index + by[0].indexOf(by[1]!);
    // "had fallen under Russian control, according to the Ukrainian group DeepState": not past the cue's own phrase.
    const beyond = at > c.end && /[,.;]/.test(text.slice(c.end, at));
    const agent = beyond ? undefined : actors.find((a) => a.start >= at && a.start < at + 20 && sideOf(a));
    // "under the control of X", "fell to X": X holds.
    if (agent && state && !c.nominal) return flip(c, sideOf(agent)!);
    // ("has been liberated from the russian occupiers and is under the control of the Armed Forces": forces no word
    // gives a side are the speaker's own; who else the sentence names is not the holder.)
    const holder = beyond ? undefined : actors.find((a) => a.start >= at && a.start < at + 20);
    if (state && !c.nominal && !c.passive && holder && !sideOf(holder) && holder.kind === 'generic' && holder.role === 'military')
      return asParty(claimant.side);
  }
  // "was captured by Russian troops", "the capture of the city by Russian troops": the agent after "by" (not the
  // "of" before it: "was cleared of the Russians and liberated by ...").
  const cueBy = /\bby\s*$/i.test(c.text);
  // ("the occupation of A and B villages in the Dnipro region by Russian troops": a noun's agent may follow a longer
  // object, but not a verb of its own: "the capture of X was confirmed by Kyiv".)
  const byAgent =
    c.passive || c.nominal
      ? ((cueBy ? /^\s*/ : /^(?:[^,.;]{0,40}?\s)?by\s+/i).exec(text.slice(c.end, c.end + 70)) ??
        (c.nominal && !c.passive && !c.concession ? NOMINAL_BY.exec(text.slice(c.end, c.end + 100)) : null))
      : null;
  if (byAgent) {
    const at = c.end + byAgent[0].length;
    // "not confirmed by facts, the Ukrainian army said": the agent is in the "by" phrase, before any comma.
    const agent = actors.find((a) => a.start >= at && a.start < at + 45 && sideOf(a) && !/[,.;]/.test(text.slice(at, a.start)));
    if (agent) return flip(c, sideOf(agent)!);
  }
  // "was liberated from Ukrainian forces", "has been retaken from the Russians": taken from one side, so held by the
  // other.
  const fromSide = c.passive && !c.concession ? /^\s*(?:back\s+)?from\s+/i.exec(text.slice(c.end, c.end + 20)) : null;
  if (fromSide) {
    const at = c.end + fromSide[0].length;
    const held = actors.find((a) => a.start >= at && a.start < at + 12 && a.kind !== 'pronoun' && sideOf(a));
    if (held) return other(sideOf(held)!);
    // "freed from Russian control", "liberated from Ukrainian occupation": a side's word before its hold.
    const rule = /^(?:the\s+)?(\S+)\s+(?:control|occupation|rule)\b/i.exec(text.slice(at, at + 40));
    const marker = rule
      ? sideMarkers(rule[1]!)
          .map((m) => asParty(m.side))
          .find(Boolean)
      : null;
    if (marker) return other(marker);
  }
  // "the fall of Lastochkyne to Russian forces": the side it fell to. "Lines set up after the fall of Lastochkyne":
  // a fall a side tells as what came before its own move is its loss ("announced the fall of" is its gain).
  if (c.nominal && /\bfall\b/i.test(c.text)) {
    const to = /^(?:[^,.;]{0,40}?\s)?to\s+/i.exec(text.slice(c.end, c.end + 60));
    const at = to ? c.end + to[0].length : -1;
    const agent = to ? actors.find((a) => a.start >= at && a.start < at + 25 && sideOf(a)) : undefined;
    if (agent) return sideOf(agent)!;
    const own = asParty(claimant.side);
    const [clauseFrom] = [Math.max(0, text.lastIndexOf(',', c.start))];
    const defensive = /\b(?:defen[cs]\w*|withdr\w+|retreat\w*|regroup\w*|pull\w*\s+back|fell\s+back|lines?)\b/i.test(
      text.slice(clauseFrom, c.start),
    );
    if (own && defensive && /\b(?:after|following|since|before|with)\s+$/i.test(text.slice(Math.max(0, c.start - 12), c.start)))
      return other(own);
    // "Ukraine admits fall of Soledar": a fall a side admits is its loss.
    if (
      own &&
      /\b(?:admit|admits|admitted|admitting|acknowledge[sd]?|acknowledging|concede[sd]?|conceding)\s+(?:the\s+)?$/i.test(
        text.slice(Math.max(0, c.start - 20), c.start),
      )
    )
      return other(own);
  }
  // "the Kiev regime's loss of Bakhmut": a loss is its possessor's, the place the other side's.
  // ("the Kiev regime's loss of": a possessive whose head is the side's body.)
  if (c.nominal && c.concession && !c.possessor) {
    const owner = actors.find(
      (a) =>
        asParty(a.side) &&
        a.kind !== 'pronoun' &&
        a.end <= c.start &&
        /^(?:\s+[\w-]+){0,2}['’]s\s+(?:[\w-]+\s+)?$|^['’]s\s+(?:[\w-]+\s+)?$/.test(text.slice(a.end, c.start)),
    );
    if (owner) return other(asParty(owner.side)!);
    // "the loss of Kupiansk deprives Russia of a railway hub": the side it deprives lost it.
    const deprived = actors.find(
      (a) =>
        asParty(a.side) &&
        a.kind !== 'pronoun' &&
        a.start >= c.end &&
        /^[^.;:]{0,80}?\b(?:deprive[sd]?|depriving)\s+(?:the\s+)?$/i.test(text.slice(c.end, a.start)),
    );
    if (deprived) return other(asParty(deprived.side)!);
  }
  // "Ukraine's capture of Lyman": the side whose capture it is.
  if (c.nominal && c.possessor) {
    const owner = possessingSide(c, actors);
    if (owner) return flip(c, asParty(owner.side)!);
  }
  const verdict = verdictOf(c, text, actors);
  if (verdict) return verdict;
  // "Moscow's control over", "its control"
  const possessive = /([\w'’-]+)['’]s\s+(?:full\s+|complete\s+)?control|\b(its|their|our)\s+(?:full\s+)?control/i.exec(c.text);
  if (possessive) {
    const word = possessive[1] ?? possessive[2]!;
    if (/^(?:its|their|our)$/i.test(word)) {
      // "Ukrainian units have expanded their control": the subject the possessive refers to, else the speaker.
      const subject = [...actors]
        .reverse()
        .find(
          (a) =>
            a.end <= c.start &&
            a.kind !== 'pronoun' &&
            asParty(a.side) &&
            /^\s+(?:(?:have|has|had|also|now|further|\w+ly)\s+)*$/i.test(text.slice(a.end, c.start)),
        );
      // ("The Ukrainian forces have managed to take it under their control": the sided plural named before.)
      return asParty(/^our$/i.test(word) ? speaker.side : (subject?.side ?? theirs(word) ?? speaker.side));
    }
    const a = actors.find((x) => x.start >= c.start && x.end <= c.end && x.side);
    if (a) return asParty(a.side);
  }
  // "under Russian control", "in Ukrainian hands", "has been in Russian control", "Kupiansk is Ukraine": the side
  // word inside the cue.
  const underX =
    /under\s+(?:the\s+)?(?:full\s+|complete\s+)?([\w'’-]+)\s+(?:control|occupation)|in(?:to)?\s+(?:the\s+)?(?:full\s+|complete\s+)?([\w'’-]+)\s+(?:hands|control)/i.exec(
      c.text,
    );
  if (underX) {
    const a = actors.find((x) => x.start >= c.start && x.end <= c.end && x.side);
    if (a) return asParty(a.side);
    const word = underX[1] ?? underX[2] ?? '';
    if (/^(?:its|their|our)$/i.test(word)) return asParty(theirs(word) ?? speaker.side);
  }
  // "Russian capture of Pokrovsk", "the Ukrainian withdrawal from": a side word just before a noun names its agent.
  // "acknowledged the Ukrainian taking of the village": a gerund used as a noun, the same.
  if (c.nominal || (/^\w+ing\b/i.test(c.text) && /\bthe\s+\S+\s+$/i.test(text.slice(Math.max(0, c.start - 30), c.start)))) {
    const before = text.slice(Math.max(0, c.start - 30), c.start);
    const adjective = sideMarkers(before)
      .filter((m) => /^\s*(?:(?:alleged|reported|claimed|complete|full|final)\s+)?$/i.test(before.slice(m.end)))
      .at(-1);
    if (adjective && !/['’]s$/.test(before.slice(adjective.start, adjective.end))) return flip(c, asParty(adjective.side)!);
  }
  // "Russian flags were planted in Melitopol": the side word just before the flag.
  if (/^flags?\b/i.test(c.text)) {
    const before = text.slice(Math.max(0, c.start - 25), c.start);
    const flagSide = sideMarkers(before).find((m) => /^\s*(?:national\s+)?$/i.test(before.slice(m.end)));
    if (flagSide && asParty(flagSide.side)) return asParty(flagSide.side);
  }
  const marker = sideMarkers(c.text)[0];
  // ("Russian forces were still in Kherson", "Ukrainian troops remain in Bakhmut": the side word of the troops still there;
  // "was mainly Russian controlled": the side word of the hold.)
  if (
    marker &&
    (underX || /\bis\b|\bremain(?:s|ed)?\b|\bstay(?:s|ed)?\b|\bstill\b|\bflag\b|\bhands\b|\b(?:controlled|held|occupied)$/i.test(c.text))
  )
    return asParty(marker.side);
  // The subject: before the verb, not beyond "that", the previous clause or the frame reporting it; the nearest
  // actor, unless it is the object of an earlier verb of the same subject ("we managed to push back the Russians
  // from Kupiansk and take control of it": we), or sits in a prepositional phrase.
  const before = text.slice(0, c.start);
  const limit = Math.max(before.search(/\bthat\b(?!.*\bthat\b)/), before.lastIndexOf(';'), subjectFrom, 0);
  const candidates = actors.filter(
    (a) =>
      a.end <= c.start &&
      a.start >= limit &&
      c.start - a.end < AGENT_WINDOW &&
      (sideOf(a) || a.kind === 'generic') &&
      // ("Russian troops, the Ukrainian army said, have raised their flag in X": who says it is not who does it.)
      !SPEAKER_OF_FRAME.test(text.slice(a.end, c.start)) &&
      // "pressing their advance through eastern Ukraine have captured": a place-like country after a preposition
      // is where, not who.
      (!/\b(?:for|of|in|at|from|with|to|by|on|about|near|against|into|through|across|throughout|over|towards?|along|inside|within)\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?\(?$/i.test(
        text.slice(Math.max(0, a.start - 30), a.start),
      ) ||
        // "the units of the Battlegroup North captured": the body whose units they are.
        (a.kind === 'named' && OF_A_BODY.test(text.slice(Math.max(0, a.start - 40), a.start)))),
  );
  // ("Russian units that are trying to dig in at Kreminna after leaving Lyman": a relative clause with no subject of
  // its own has the one its "that", "which" or "who" stands for.)
  const relativeHead =
    !candidates.some((a) => sideOf(a)) && !c.passive && !c.nominal
      ? actors.find(
          (a) =>
            a.kind !== 'pronoun' &&
            (a.plural === true || a.role === 'military') &&
            sideOf(a) &&
            /^\s+(?:that|which|who)\s+(?!(?:[\w'’-]+\s+){0,2}(?:said|says|say|claimed|claims|reported|reports|announced)\b)/i.test(
              text.slice(a.end, Math.min(c.start, a.end + 12)) + ' ',
            ) &&
            a.end <= c.start &&
            a.end >= limit - 12 &&
            !/[;]/.test(text.slice(a.end, c.start)),
        )
      : undefined;
  if (relativeHead) candidates.push(relativeHead);
  const nearest = candidates.at(-1);
  const leading = candidates[0];
  const objectOfVerb = (a: ActorMention): boolean =>
    /\b[a-z]+(?:ed|e|h|k|sh)?\s+(?:back\s+|out\s+)?(?:the\s+)?\(?$/.test(text.slice(Math.max(limit, a.start - 20), a.start));
  // "Ukrainian Defense Forces have repelled Russian troops from Kupiansk and are maintaining control": the subject,
  // not the side its first verb drives back.
  const repelled = (a: ActorMention): boolean =>
    /\b(?:repelled|repulsed|pushed\s+back|drove\s+back|drove\s+out|expelled|ousted|routed)\s+(?:the\s+)?$/i.test(
      text.slice(Math.max(limit, a.start - 25), a.start),
    );
  // "the enemy threw soldiers at it and captured Toshkivka", "Russian forces attacked Ukrainian troops and took the
  // village": an actor right before "and" and the cue's verb ends the object of an earlier verb; the subject is the
  // one that leads the clause.
  const coordinated = (a: ActorMention): boolean =>
    !c.passive && !c.nominal && /^\s*,?\s+and\b/i.test(text.slice(a.end, c.start)) && COORDINATED_BEFORE.test(text.slice(a.end, c.start));
  // "Soldiers of the Tsentr group destroyed enemy positions before liberating X": a gerund's subject is that of the
  // clause it hangs on, the first side that clause names, not its verb's object; "After capturing the village, the
  // Russians deported ...": opening the sentence, it hangs on the clause after its comma.
  const clauseSubject = c.gerund ? (candidates.find((a) => sideOf(a)) ?? frontedSubject(c, text, actors, limit, sideOf)) : undefined;
  const subject =
    clauseSubject ??
    (nearest &&
    leading &&
    nearest !== leading &&
    ((leading.kind === 'pronoun' && objectOfVerb(nearest)) || (sideOf(leading) && (repelled(nearest) || coordinated(nearest))))
      ? leading
      : nearest);
  // "Ukrainian troops have been driven out of Kurakhovo": those driven out lost it.
  if (subject && sideOf(subject) && c.passive && c.expulsion) return other(sideOf(subject)!);
  // "our unit was forced out": the speaker's own; "His battalion was pushed out of Urozhaine, a Ukrainian officer said":
  // the speaker's own too when the speaker is one person who could have a battalion (not "Ukraine's army said").
  if (
    c.passive &&
    c.expulsion &&
    (/^(?:our|my)\b/i.test(subject?.name ?? '') || (/^(?:his|her)\b/i.test(subject?.name ?? '') && ONE_OF_THE_MILITARY.test(speaker.name)))
  ) {
    const own = asParty(speaker.side) ?? asParty(claimant.side);
    return own ? other(own) : null;
  }
  if (subject && sideOf(subject) && !c.passive) return flip(c, sideOf(subject)!);
  if (/^(?:its|their|our)\b/i.test(subject?.name ?? '') && !c.passive) {
    const own = asParty(speaker.side) ?? asParty(claimant.side);
    return own ? flip(c, own) : null;
  }
  // "Ukrainian forces are carrying out counterattacks against Russian positions ..., and have probably retaken
  // Makariv": a verb joined by "and" to an earlier one shares its subject, however far back, when every actor with
  // a side named before it is of that one side.
  if (!subject && !c.passive) {
    const sided = actors.filter((a) => a.end <= c.start && a.start >= limit && a.kind !== 'pronoun' && sideOf(a));
    const first = sided[0];
    if (
      first &&
      sided.every((a) => sideOf(a) === sideOf(first)) &&
      COORDINATED_BEFORE.test(text.slice(first.end, c.start)) &&
      !/\b(?:that|which|who|where|while|whereas|but)\b/i.test(text.slice(first.end, c.start))
    )
      return flip(c, sideOf(first)!);
  }
  // "Ukrainian Forces liberate Robotyne": a cue whose words begin with its subject's side (control.present-plural).
  const lead = !subject && !c.passive ? sideMarkers(c.text)[0] : undefined;
  if (lead && lead.start === 0 && asParty(lead.side)) return flip(c, asParty(lead.side)!);
  // Nobody named: a side claims its own gains, or concedes a loss — but what a side calls occupied is held by the
  // other ("the village was occupied", a Ukrainian officer said).
  const own = asParty(claimant.side);
  // ("Russian claims to have occupied the city": an active verb is the claimant's own capture.)
  // ("DeepState reported the occupation of Pishchane", "Deep State noted the town's fall", "reported the seizure of
  // Fedorivka": what a side's voice calls a fall, a seizure or an occupation, naming nobody, is the enemy's gain, where
  // the lexicon's conventions say that side's copy keeps these words for the enemy's gains; its own it calls liberated.)
  const enemyGain = own ? lexiconConventions().enemyGain.get(own) : undefined;
  if (own && OCCUPIED.test(c.text) && (c.passive || (!!enemyGain && c.nominal && !c.concession) || /\bunder\b/i.test(c.text)))
    return other(own);
  // ("Vuhledar has fallen, Ukraine's army said": a place's own fall, told with no taker, is such a change too.)
  if (
    own &&
    enemyGain &&
    !c.concession &&
    (c.passive || c.nominal || PLACE_FELL.test(c.text)) &&
    enemyGain.test(c.text) &&
    !OWN_GAIN_WORD.test(c.text)
  )
    return other(own);
  if (own) return flip(c, own);
  // Nobody named and no side telling it: a word only one side uses of a change says whose it is. "The village was
  // de-occupied" (Ukraine's word), "liberated from the occupiers" (the occupiers' enemy). (Not "liberated" alone, either
  // side's word for its own gains, nor "occupied", whose teller a neutral voice has often lost.)
  if (!c.concession && (c.passive || c.nominal || c.holding)) {
    const lexical = lexicalController(c, text);
    if (lexical) return lexical;
  }
  return null;
};

/**
 * The controller a neutral voice's agentless change implies by its own words alone: a word only one side uses of its
 * own gains ("de-occupied"), or what that side calls those driven out ("liberated from the occupiers"), from the
 * lexicon's conventions.
 */
const lexicalController = (c: Cue, text: string): Party | null => {
  const { ownGain, liberatedFrom } = lexiconConventions();
  for (const [side, words] of ownGain) if (words.test(c.text)) return side;
  if (c.passive) for (const [side, from] of liberatedFrom) if (from.test(text.slice(c.end, c.end + 40))) return side;
  return null;
};

/** "After capturing the former city of Lysychansk, Russian forces are advancing": a gerund phrase that opens its
 * clause (a few words before it, no comma: "Weeks after occupying X,") and the side named right after its comma. */
const frontedSubject = (
  c: Cue,
  text: string,
  actors: ActorMention[],
  limit: number,
  sideOf: (a: ActorMention) => Party | null,
): ActorMention | undefined => {
  if (!/^[\s"“‘]*(?:[\w'’-]+\s+){0,3}$/.test(text.slice(limit, c.start))) return undefined;
  const comma = /^[^,.;:]*,/.exec(text.slice(c.end));
  if (!comma) return undefined;
  const at = c.end + comma[0].length;
  return actors.find((a) => a.start >= at && /^\s*(?:[\w'’-]+\s+){0,2}$/.test(text.slice(at, a.start)) && sideOf(a) !== null);
};

/** "the Armed Forces", "the Defence Forces", "its army", "our troops": a side's forces by its own institution's name
 * or a possessive (not "the army" or "the troops", which go on about the forces the story named last, nor "the
 * defenders", "the mercenary group"). */
const OWN_FORCES =
  /^(?:(?:the\s+)?(?:armed\s+forces|defen[cs]e\s+forces)|(?:its|their|our)\s+(?:own\s+)?(?:armed\s+forces|army|defen[cs]e\s+forces|forces|troops|military|units))$/i;

/** One serving soldier or officer, or a person named: who may speak of "his battalion". */
const ONE_OF_THE_MILITARY =
  /\b(?:officer|commander|soldier|serviceman|servicewoman|fighter|marine|paratrooper|sergeant|lieutenant|colonel|captain|major)\b|^[A-Z][a-z]+ [A-Z][a-z'’-]+$/;

/** An actor that a reporting verb follows at once: the speaker of a frame, not an agent. */
const SPEAKER_OF_FRAME = new RegExp(`^\\s+(?:(?:also|later|has|have|had)\\s+)?(?:${SAYING_VERBS})\\b`, 'i');

/** A speaker's verb right after an actor: it reports what follows. */
const SPEAKS =
  /^\s+(?:[\w-]+\s+){0,3}?(?:report|reports|reported|reporting|say|says|said|claim|claims|claimed|write|wrote|writes|describe|describes|described|note|notes|noted)\b/i;

/** "semi-encircled", "half-encirclement": a ring only partly closed. */
const HEDGED_RING = /^(?:semi|half)-/i;
/** "have almost", "had the city practically": an active perfect before the ring. */
const HAVE_BEFORE = /\b(?:have|has|had|having)\s+(?:[\w"“”‘’'-]+\s+){0,3}$/i;
/** "put the city in", "have taken Bakhmut in": a ring a subject puts a place in. */
const PUT_IN =
  /\b(?:put|puts|putting|placed|taken|took|take|takes|taking|keep|keeps|kept|hold|holds|held)\s+(?:[\w'’-]+\s+){0,3}in\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i;
/** "de facto half surrounded", "almost encircled", "in an operational encirclement", "in partial encirclement". */
const HEDGED_BEFORE = /\b(?:semi|half|partial|partially|partly|almost|nearly|practically|virtually|facto|operational)[\s-]*["“‘']?$/i;

/** Occupation: a word each side uses of the other's holding. */
const OCCUPIED = /(?<!de-)\boccup(?:ied|y|ies|ying|ation)\b/i;

/** "under siege", "besieged", "under blockade": a place a side has put a ring around. */
const SIEGE = /\b(?:sie?ge|seige|besieged|sieged|blockade)\b/i;
/** A verb of telling or a source: what comes after it is reported, not done. */
const TELLS = /\b(?:said|says|say|claimed|claims|reported|reports|told|announced|according)\b/i;

/**
 * For CONTESTED: the side said to be gaining — the other side of whoever is pinned down; the subject of an advance,
 * a storm or a clearing (else the claimant's own side); for plain fighting, the side named as fighting there, unless
 * the speaker says it of its own ("our units are fighting in Bakhmut": holding on, not gaining) — else nobody.
 */
/** A preposition (and an adjective) just before an actor: "in southern Ukraine". */
const IN_PHRASE = /\b(?:in|of|from|across|inside|into|throughout)\s+(?:[\w-]+\s+)?$/i;

export const contestedController = (c: Cue, text: string, actors: ActorMention[], claimant: Claimant, clauseStart = 0): Party | null => {
  if (c.losing) {
    // "Pushilin admitted his forces no longer fully controlled Yampil": the side named just before is losing ground
    // (else the speaker's own), the other side gains.
    // ("..., and they are also being forced out of X": "they" is the side the sentence named before.)
    const they = /^[\s,;]*(?:(?:and|but)\s+)?they\b/i.test(text.slice(clauseStart, c.start));
    const loser =
      sideMarkers(text.slice(clauseStart, c.start)).at(-1) ?? (they ? sideMarkers(text.slice(0, clauseStart)).at(-1) : undefined);
    const side = asParty(loser?.side) ?? asParty(claimant.side);
    return side ? other(side) : null;
  }
  if (c.pinned) {
    // "the encirclement of Russian troops" names the pinned side after the words; "Russian troops are blocked inside", before.
    // "Russia encircles Myrnohrad", "despite surrounding Myrnohrad": an active verb's subject gains.
    // "Russian forces had encircled Ukrainian units", "Russian forces encircle the town": a verb with no "is" or "by"
    // around it is active too.
    const verb = /^(?:encircle|encircled|surround|surrounded|blockaded|envelop|enveloped)$/i.test(c.text);
    // "were “completely” surrounded", "the units encircled in Dimitrov", "encircled by Russian forces": passive.
    const passiveForm =
      /\b(?:is|are|was|were|be|been|being|remain|remains|remained|get|got|left)\s+(?:[\w"“”‘’'-]+\s+){0,3}["“‘']?$/i.test(
        text.slice(Math.max(0, c.start - 40), c.start),
      ) ||
      /^["”’']?\s+(?:(?:\w+\s+){0,2}?by|in|near|at|inside|within|around|on)\b/i.test(text.slice(c.end, c.end + 30)) ||
      /,\s*$/.test(text.slice(Math.max(0, c.start - 3), c.start));
    const active = (/(?:es|ing|surrounds)$/i.test(c.text) && !/ment/i.test(c.text)) || (verb && !passiveForm);
    const objectFirst = /ment|ing$|es$|surrounds$|^cut/i.test(c.text);
    const markers = sideMarkers(text).filter(
      (m) => !actors.some((a) => a.kind !== 'generic' && a.start <= m.start && a.end >= m.end && a.name === claimant.name),
    );
    const after = markers.find((m) => m.start >= c.end && m.start - c.end < 40 && !/[,;]/.test(text.slice(c.end, m.start)));
    const before = [...markers]
      .reverse()
      .find(
        (m) =>
          m.end <= c.start && c.start - m.end < 50 && !actors.some((a) => a.name === claimant.name && a.start <= m.start && a.end >= m.end),
      );
    // "is being encircled by Russian units": the agent after "by" gains.
    // ('was “semi-encircled” by the Ukrainian army': after a closing quote too.)
    // ("have been completely blocked by the Russian armed forces": the cue's words may end on "by"; "were encircled on
    // three sides by a combined force of the Russian army": a few words on.)
    const byAgent = (/\bby$/i.test(c.text) ? /^\s*/ : /^["”’']?\s+(?:\w+\s+){0,3}?by\s+/i).exec(text.slice(c.end, c.end + 40));
    const agentAt = (start: number): boolean =>
      !!byAgent && start >= c.end + byAgent[0].length - 1 && start - c.end < byAgent[0].length + 32;
    // ("surrounded by the enemy", the governor said: the side the speaker's enemy stands for.)
    const agent = byAgent ? (markers.find((m) => agentAt(m.start)) ?? actors.find((a) => agentAt(a.start) && asParty(a.side))) : undefined;
    if (agent) return asParty(agent.side);
    if (active && !after && before) return asParty(before.side);
    // "Russian forces had created an encirclement around Lisichansk", "closed the encircling ring around": whoever made
    // the ring gains.
    const made =
      /\b(?:create[sd]?|creating|form(?:s|ed|ing)?|close[sd]?|closing|complete[sd]?|completing|establish(?:es|ed|ing)?|tighten(?:s|ed|ing)?)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+)?$/i;
    if (before && made.test(text.slice(Math.max(0, c.start - 40), c.start))) return asParty(before.side);
    // "Russian forces had encircled Ukrainian units in Soledar": the subject gains, the object is pinned.
    // ("Russian forces are encircling Krasnoarmeysk in the DPR": a side word after the verb of the subject's own side
    // locates the place; it is not the side pinned.)
    if (active && after && before && after.side === before.side) return asParty(before.side);
    if (verb && active && after) return other(asParty(after.side)!);
    const pinned = objectFirst ? (after ?? before) : (before ?? after);
    if (pinned) return other(asParty(pinned.side)!);
    // Nobody named: "the city is completely surrounded" is a side's boast of its own ring; "the city was
    // 'semi-encircled'", "Avdiivka is de facto half surrounded", "the city is in an operational encirclement": a ring
    // only partly closed, or told as a state the place is in, is what a side admits of its own garrison.
    const own = asParty(claimant.side);
    // ("Our troops have semi-encircled the city", "had the city practically surrounded": a verb of its own subject gains.)
    const lead = text.slice(Math.max(0, c.start - 30), c.start);
    // ("forming a semi-encirclement", "put the city in semi-encirclement", "by partially encircling it": a ring
    // someone makes; "the operational encirclement of Artemovsk": a ring of a place, not the state it is in.)
    if (
      own &&
      (HEDGED_RING.test(c.text) || HEDGED_BEFORE.test(lead)) &&
      !active &&
      !HAVE_BEFORE.test(lead) &&
      !made.test(lead) &&
      !PUT_IN.test(lead) &&
      !/^\s+of\b/i.test(text.slice(c.end, c.end + 5))
    ) {
      // ("The Ukrainian military group stationed in Dimitrov ... is now virtually encircled": the side of the clause's
      // subject, however far before, is the one pinned.)
      // (Not before a "that" that opens the cue's own clause: "the Russians take advantage of the fact that Avdiivka ...".)
      const that = text.slice(clauseStart, c.start).search(/\b(?:that|which)\b(?![\s\S]*\b(?:that|which)\b)/i);
      const from = that < 0 ? clauseStart : clauseStart + that;
      const subject = markers.filter((m) => m.start >= from && m.end <= c.start).at(-1);
      return subject ? other(asParty(subject.side)!) : other(own);
    }
    // ("the town was surrounded but troops were holding on", a Ukrainian brigade said: a ring its own troops hold out in
    // is the other side's.)
    if (own && /\b(?:holding|hold|held)\s+(?:on|out)\b/i.test(text.slice(c.end))) return other(own);
    // ("Russian troops have achieved success near Pokrovsk, have practically surrounded Myrnohrad", analysts said: an
    // active ring whose subject stands further back.)
    return (
      own ??
      (active && !after ? soleSideBefore(c, text, actors, (a) => SPEAKS.test(text.slice(a.end, c.start)) || a.role === 'media') : null)
    );
  }
  // "Mariupol remains under siege", "Konotop was also besieged": a place under siege is held by the besieged and
  // pressed by the besieger — the side after "by", else the other side of the garrison a side word names ("Ukrainian
  // defenders in besieged Mariupol"), else, naming nobody, the side the lexicon's conventions give.
  if (SIEGE.test(c.text)) {
    const by = /^["”’']?\s+(?:\w+\s+){0,3}?by\s+/i.exec(text.slice(c.end, c.end + 40));
    const besieger = by ? sideMarkers(text.slice(c.end + by[0].length, c.end + by[0].length + 40))[0] : undefined;
    if (besieger && asParty(besieger.side)) return asParty(besieger.side);
    // (Not the side of who tells it: "Russian officials said Mariupol remains under siege".)
    const lead = text.slice(clauseStart, c.start);
    const garrison = sideMarkers(lead).at(-1);
    if (garrison && asParty(garrison.side) && !TELLS.test(lead.slice(garrison.end))) return other(asParty(garrison.side)!);
    return lexiconConventions().besieger;
  }
  // "Russian sources continue to report heavy fighting in X": whoever reports the fighting is not said to gain.
  // "told Ukrainian television that heavy fighting was going on": media and bloggers report, they do not fight.
  // "According to DeepState, A and B remain in the gray zone": the source named by "according to" reports too.
  const reports = (a: ActorMention): boolean =>
    SPEAKS.test(text.slice(a.end, c.start)) ||
    a.role === 'media' ||
    a.role === 'blogger' ||
    /\baccording\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i.test(text.slice(Math.max(0, a.start - 40), a.start));
  const subject =
    [...actors].reverse().find(
      (a) =>
        a.end <= c.start &&
        a.start >= clauseStart &&
        c.start - a.end < 60 &&
        (asParty(a.side) || a.kind === 'pronoun') &&
        !reports(a) &&
        // "Russian forces in southern Ukraine have advanced": a country inside a phrase is no subject.
        !(a.kind === 'country' && IN_PHRASE.test(text.slice(Math.max(0, a.start - 20), a.start))),
    ) ??
    // "Russian forces captured A and B in the Novopavlivka direction and pushed into C": a verb coordinated after
    // "and" has the clause's subject, however long the first verb's objects.
    (/\band\s+(?:then\s+|also\s+|later\s+)?$/i.test(text.slice(Math.max(0, c.start - 12), c.start))
      ? actors.find((a) => a.end <= c.start && asParty(a.side) && a.kind !== 'pronoun' && !reports(a))
      : undefined);
  // "Ukrainian and Russian troops fought for X": both sides are the subject, neither gains.
  const pre = subject ? text.slice(Math.max(0, subject.start - 30), subject.start) : '';
  const joined = sideMarkers(pre).at(-1);
  const both = !!subject && !!joined && joined.side !== subject.side && /^\s+and\s+$/.test(pre.slice(joined.end));
  const subjectSide = subject && subject.kind !== 'pronoun' && !both ? asParty(subject.side) : null;
  // "locate and eliminate enemy sabotage and reconnaissance groups that infiltrated the town", "dealing with the
  // remnants of the sabotage group that entered the village": those hunted inside are losing it, their hunters gain.
  if (
    subjectSide &&
    /^\s+(?:that|which|who)\s+(?:had\s+|have\s+|has\s+)?$/i.test(text.slice(subject!.end, c.start)) &&
    HUNTED.test(text.slice(Math.max(0, subject!.start - 60), subject!.start))
  )
    return other(subjectSide);
  const firstPerson =
    /^(?:our|we|my)\b/i.test(subject?.name ?? '') ||
    /\b(?:our|we)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(0, c.start - 30), c.start));
  // "is still holding out": whoever holds out gains nothing.
  // "gradual Russian territorial gains in Marinka", "the Ukrainian advance into", "Russian storm detachments are in": a side
  // word just before the noun gains.
  const nounBefore = text.slice(Math.max(0, c.start - 40), c.start);
  const ownWord = c.gaining
    ? sideMarkers(nounBefore)
        .filter((m) =>
          /^\s*(?:(?:territorial|recent|gradual|further|slow|steady|rapid|new|latest|reported|claimed)\s+){0,2}$/i.test(
            nounBefore.slice(m.end),
          ),
        )
        .at(-1)
    : undefined;
  // ("Ukrainian units continue to resist Russian advances in Pokrovsk", "the enemy is stuck in street battles in
  // Vovchansk": an advance held back, or a side bogged down, is no side gaining.)
  if (
    CHECKED_BEFORE.test(nounBefore.slice(0, ownWord?.start ?? nounBefore.length)) ||
    (subject && STUCK.test(text.slice(subject.end, c.start)))
  )
    return null;
  if (
    ownWord &&
    !/['’]s$/.test(nounBefore.slice(ownWord.start, ownWord.end)) &&
    /^(?:territorial\s+)?(?:gains?|advances?|advance|offensive|assaults?|storm(?:ing)?|push)\b/i.test(c.text)
  )
    return asParty(ownWord.side);
  if (!c.gaining) {
    // ("Ukrainian forces are still fighting in Krynky," Ukraine's southern command said: a side telling of its own
    // forces' fighting says no more than that there is fighting.)
    // ("Podolyaka said Russian forces were storming Hirnyk and fighting in its centre": unless the sentence tells that
    // side gaining ground too.)
    // ("hard battles are going on to keep Soledar": a fight to hold a place names nobody gaining it.)
    // ("Ukrainian troops were still fighting in Niu-York": forces told as still fighting hold on, gaining nothing.)
    if (firstPerson || /\bholding\s+(?:out|on)\b|\bto\s+(?:hold|keep|retain|defend)\b|^still\s+fighting\b/i.test(c.text)) return null;
    if (subjectSide && subjectSide === asParty(claimant.side))
      return gainingInSentence(text, actors) === subjectSide || successOf(text, actors, claimant) === subjectSide ? subjectSide : null;
    return (
      subjectSide ?? gainingInSentence(text, actors) ?? (!subject || subject.kind === 'pronoun' ? successOf(text, actors, claimant) : null)
    );
  }
  // "clearing Vovchansk of Russian subversive groups": the side a place is cleared of loses it, the other gains.
  const clearedOf = /^clear(?:s|ing)?\s+(?:[^\s,;.]+\s+){1,4}?(?:of|from)\s+(?:the\s+)?(?:remaining\s+|last\s+)?/i.exec(
    text.slice(c.start, c.end + 60),
  );
  const cleared = clearedOf ? sideMarkers(text.slice(c.start + clearedOf[0].length)).find((m) => m.start === 0) : undefined;
  const clearedSide = asParty(cleared?.side);
  if (clearedSide) return other(clearedSide);
  if (subjectSide && !firstPerson) return subjectSide;
  // ("they continue to storm us", a Ukrainian official said): a storm whose object is the speaker's own side is the
  // speaker's enemy storming, one whose object is a side's positions is the other side's; a storm done "by" someone
  // is that side's.
  if (STORM.test(c.text) && !firstPerson && asParty(claimant.side)) {
    const by = /^["”’']?\s+(?:[\w-]+\s+){0,4}?by\s+/i.exec(text.slice(c.end, c.end + 60));
    const stormer = by ? sideMarkers(text.slice(c.end + by[0].length, c.end + by[0].length + 40))[0] : undefined;
    if (stormer && asParty(stormer.side)) return asParty(stormer.side);
    if (STORMED_US.test(text.slice(c.end, c.end + 40))) return other(asParty(claimant.side)!);
    // ("they have stormed Ukrainian positions in the town": the side whose positions are stormed is not the stormer.)
    const held = STORMED_POSITIONS.exec(text.slice(c.end, c.end + 60));
    const defender = held ? sideMarkers(held[0]).at(-1) : undefined;
    if (defender && asParty(defender.side)) return other(asParty(defender.side)!);
  }
  // "Russian forces continue to advance": a side named just before an advance gains.
  const advancing = sideMarkers(text).find((m) => /^[^.;]{0,40}\badvanc/i.test(text.slice(m.end, m.end + 50)));
  return (advancing ? asParty(advancing.side) : null) ?? asParty(claimant.side) ?? soleSideBefore(c, text, actors, reports);
};

/**
 * "Russian forces continued ground attacks in the Bakhmut area and have made gains in and around the city," ISW
 * stated; "Russian units, which have reached the outskirts of X": an observer's gain or ring whose subject stands
 * further back than the words around the cue is the one side the sentence names before it (none when it names both),
 * the sources that only tell it left aside.
 */
const soleSideBefore = (c: Cue, text: string, actors: ActorMention[], reports: (a: ActorMention) => boolean): Party | null => {
  const telling = actors.filter((a) => a.end <= c.start && reports(a));
  const sides = new Set(
    sideMarkers(text.slice(0, c.start))
      .filter((m) => !telling.some((a) => a.start <= m.start && a.end >= m.end))
      .map((m) => asParty(m.side))
      .filter((s): s is Party => s !== null),
  );
  return sides.size === 1 ? [...sides][0]! : null;
};

/** "eliminate enemy", "neutralise the", "dealing with the remnants of the": a verb of hunting down those who follow. */
const HUNTED =
  /\b(?:eliminat(?:e|es|ed|ing)|neutrali[sz](?:e|es|ed|ing)|destroy(?:s|ed|ing)?|wip(?:e|es|ed|ing)\s+out|hunt(?:s|ed|ing)?\s+down|clear(?:s|ed|ing)?\s+(?:out\s+)?|(?:remnants|remains)\s+of)\s+(?:the\s+)?(?:remaining\s+|remnants\s+of\s+(?:the\s+)?)?(?:enemy\s+)?$/i;

/** "stormed", "continue to storm", "assaults on": a storm cue's words. */
const STORM = /\b(?:storm|assault)/i;
/** "stormed Ukrainian positions", "assaults on the Russian defences": a storm's object, a side's positions. */
const STORMED_POSITIONS =
  /^\s*(?:on\s+|against\s+)?(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:positions|defences|defenses|defensive\s+lines|lines|strongholds)\b/i;
/** "... storm us", "assaults on our positions": a storm whose object is the speaker's own side. */
const STORMED_US = /^\s*(?:us|our\s+(?:[\w-]+\s+)?(?:positions|defenders|troops|units|lines|soldiers|guys))\b/i;

/** "resist", "hold back", "repelled": words that check an advance they come before. */
const CHECKED_BEFORE =
  /\b(?:resist(?:s|ed|ing)?|hold(?:s|ing)?\s+back|held\s+back|repel(?:s|led|ling)?|repuls(?:e|es|ed|ing)|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|contain(?:s|ed|ing)?|thwart(?:s|ed|ing)?|slow(?:s|ed|ing)?\s+down|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "is stuck in", "has got bogged down in": a side that fights without moving. */
const STUCK = /\b(?:stuck|bogged\s+down|mired|pinned\s+down)\b/i;

/** What a side gaining ground does: "pushing closer to the centre", "broke into", "are storming", "making progress". */
const GAINING_PREDICATE =
  /^\s+(?:(?:are|were|is|was|have|has|had|been|also|now|still|continue[sd]?\s+to|steadily|slowly|gradually)\s+){0,3}(?:push(?:es|ed|ing)?\s+(?:deeper|closer|further|forward|into|towards?|through)\b|advanc(?:e|es|ed|ing)\b(?!\s+(?:near|towards?)\b)|br(?:oke|eaks?|eaking)\s+(?:into|through)\b|storm(?:s|ed|ing)\b|mak(?:e|es|ing)\s+(?:(?:some|slow|steady|recent|further)\s+)*(?:progress|gains)\b|gain(?:s|ed|ing)\s+ground\b|clos(?:e|es|ed|ing)\s+in\b|tighten(?:s|ed|ing)?\s+the\s+noose\b|increas(?:e|es|ed|ing)\s+their\s+presence\b)/i;

/** "Fighting intensified in the streets of X, with Russian forces pushing closer to the centre": a contest whose own
 * clause says nobody gains is won by the one side its sentence says is gaining ground (none when both are). */
const gainingInSentence = (text: string, actors: ActorMention[]): Party | null => {
  const sides = new Set(
    actors
      .filter(
        (a) =>
          a.kind !== 'pronoun' &&
          a.role !== 'media' &&
          a.role !== 'blogger' &&
          asParty(a.side) &&
          GAINING_PREDICATE.test(text.slice(a.end)),
      )
      .map((a) => asParty(a.side)!),
  );
  return sides.size === 1 ? [...sides][0]! : null;
};

/** "there are certain successes", "gained ground": a side's word that it is doing well where it fights. */
const SUCCESS = /\b(?:(?:certain|some|partial|further|tactical)\s+)?successe?s?\b|\bgain(?:s|ed|ing)?\s+ground\b/i;

/** ""Fighting continued in Urozhaine, there are certain successes," the deputy minister said": the side a success is
 * told of, the last one named before it (else the speaker's own) gains. */
const successOf = (text: string, actors: ActorMention[], claimant: Claimant): Party | null => {
  const m = SUCCESS.exec(text);
  if (!m || /\b(?:no|without|any|little)\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) return null;
  const named = actors
    .filter((a) => a.end <= m.index && a.kind !== 'pronoun' && asParty(a.side) && !SPEAKS.test(text.slice(a.end, m.index)))
    .at(-1);
  return asParty(named?.side) ?? asParty(claimant.side);
};

/** "units of the", "soldiers of": a unit word before the body it belongs to. */
const OF_A_BODY =
  /\b(?:units?|troops|forces|soldiers|fighters|servicemen|(?:assault\s+)?groups|formations|detachments|elements)\s+of\s+(?:the\s+)?$/i;

/** What ends right before a verb coordinated with an earlier one: "..., and have probably", "— and were". */
const COORDINATED_BEFORE = /\band\s+(?:(?:then|also|later|now|have|has|had|were|was|are|is|\w+ly)\s+){0,3}$/i;
