// Reads a cue of control or concession: its places (an active verb's objects, else the clause's places), and whose
// control it asserts (the agent, else the claimant's side; a concession gives the place to the other side).
import { RESUMING_AUXILIARIES } from '../clauses.js';
import { controllerOf, possessingSide } from './sides.js';
import type { Reader } from './reading.js';
import type { SentenceContext, SentencePlace } from '../context.js';
import type { Cue } from '../rules/matcher.js';
import {
  UNNAMED_SETTLEMENT,
  clauseTargets,
  countedList,
  countedRegion,
  countedSubjectRegion,
  isRegion,
  listFrom,
  listInClause,
  named,
  objectsOf,
  withoutLocatingRegions,
} from './targets.js';

/** "left Avdiivka", "lost the town of Robotyne": only a determiner or a settlement noun between the verb and its place
 * ("controls the Sumy region's Novenke": or the region that locates it, as a possessive). */
const ADJACENT =
  /^\s*["”’]?\s*(?:(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+(?:region|oblast|province))?['’]s\s+)?(?:(?:dozens|scores|hundreds|several|a\s+number|\d+)\s+(?:of\s+)?(?:places|settlements|villages|towns|localities|communities),?\s+(?:including|among\s+them|such\s+as)\s+)?(?:the\s+|an?\s+)?(?:(?:['‘’"“”]?[a-z-]+['‘’"“”]?\s+){0,2}(?:towns?|city|cities|villages?|settlements?|parts?|portions?|sections?|areas?)\s+of\s+(?:the\s+)?)?(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+(?:and\s+)?)*$/i;

/**
 * "controls the neighbouring Novoselivka", "took the strategic Vuhledar": a place a cue takes at once after "the" and
 * an adjective or two (not a preposition's object: "the road to Pokrovsk", "the heights above").
 */
const DESCRIBING = String.raw`(?:(?!(?:of|in|to|near|from|at|on|by|for|with|and|or|above|below|around|outside|towards?|beyond|behind|along|across|into|past|between|over|under|whole|entire|rest|remainder|remaining)\b)[a-z-]+\s+){1,2}$`;
/** Right after the cue: "the" and the adjectives, or the adjectives when the cue's words end on "the". */
const THE_DESCRIBED = new RegExp(String.raw`^\s*the\s+${DESCRIBING}`);
const DESCRIBED = new RegExp(String.raw`^\s*${DESCRIBING}`);

const PART_OF_TOWN =
  /^\s*(?:the\s+)?(?:[\w'’-]+\s+){1,2}(?:neighbou?rhoods?|(?:micro|sub)-?districts?|districts?|quarters?)(?:\s+\([^)]{1,30}\))?\s+(?:of|in)\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?$/i;

/** The place an aside participle hangs on: the last place before the comma or dash that opens it, when only a few words
 * of apposition stand between that mark and the participle. */
const asideHead = (c: Cue, ctx: SentenceContext): SentencePlace | undefined => {
  const text = ctx.text;
  const mark = Math.max(text.lastIndexOf(',', c.start), text.lastIndexOf('—', c.start), text.lastIndexOf('–', c.start));
  if (mark < 0 || !ASIDE_APPOSITION.test(text.slice(mark + 1, c.start))) return undefined;
  const head = [...ctx.places].reverse().find((p) => p.end <= mark);
  return head && /^\s*(?:\([^()]{1,40}\))?\s*$/.test(text.slice(head.end, mark)) ? head : undefined;
};

/** What may stand between the comma of an aside and its participle: a few words of apposition, no preposition or verb. */
const ASIDE_APPOSITION =
  /^\s*(?:(?!(?:from|to|in|into|of|near|at|on|with|and|that|which|who|is|was|were|are|has|have|had|be|been)\b)[\w'’-]+\s+){0,7}$/i;

/** "... D and E that have been liberated": the place a "that" or "which" without a comma opens a passive after. */
const listBeforeThat = (c: Cue, ctx: SentenceContext): SentencePlace | undefined =>
  [...ctx.places]
    .reverse()
    .find((p) => p.end <= c.start && ctx.isTarget(p) && /^\s+(?:that|which)\s+$/i.test(ctx.text.slice(p.end, c.start)));

/** ", about half of which", ", most of which", ", which": a relative clause just before a passive verb (", which
 * Kadyrov claimed was captured": or before the speaker's words it opens). */
const RELATIVE_BEFORE =
  /,\s+(?:[\w%]+\s+){0,4}?(?:of\s+)?(?:which|that)\s+(?:(?:[\w'’.-]+\s+){1,5}(?:claim(?:ed|s)?|sa(?:id|ys)|announced|reported|insist(?:ed|s)?|maintain(?:ed|s)?)\s+)?$/i;
/** " that is still", " that had": a relative clause right after a place, up to a holding cue ("that had been under
 * Russian occupation": the cue begins at "been"). */
const RELATIVE_THAT = new RegExp(String.raw`^\s+that\s+${RESUMING_AUXILIARIES}$`, 'i');

/** ", which Moscow claimed to have", ", a town that Russia said it had", "the city of Kupiansk that Moscow claimed to have":
 * a relative clause whose object is its pronoun (the place it hangs on is checked to stand right before it); not
 * one whose pronoun is the subject ("villages that had fallen under Russian control"). */
const RELATIVE_OBJECT =
  /(?:,\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,4})?|\s+)(?:which|that)\s+(?![^,;]*\b(?:is|are|was|were|has|have|had)\s+been\b)(?!(?:(?:has|have|had|is|are|was|were|will|would|may|might|also|already|now|since|reportedly|recently|just|then|later|eventually|finally)\s+)+$)[^,;]{2,70}$/i;

/** ", a town in the", ", a village of the": an apposition that locates the place before it in a region. */
const APPOSED_LOCATION = /^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:in|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i;
/** "near Bakhmut", "outside Kupiansk": a place that only says where the noun before it is. */
const LOCATING_BEFORE = /\b(?:near|outside|around|from|towards?|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s+$/i;

/** "Kupiansk in the country's northeastern Kharkiv region": a settlement, then the region that locates it. */
const LOCATED_IN = /^\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i;

/** "four villages inside the border that he said were", "two settlements which": a count of places as a subject. */
const COUNTED_SUBJECT =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:villages|settlements|towns|localities|communities)\b[^.;]*$/i;

/** ": ", " -- ", " – •": what sets a list off after a cue, a few words on ("are under Russian control in the region: "). */
const SET_OFF = /^[^.;:—–]{0,50}?\s*(?:--|—|–|:)\s+(?:[•·▪◦*]\s*|\d{1,2}[.)]\s+)?/;

/** An object noun phrase without a name: "one village after another", "several positions", "two settlements". */
const COMMON_OBJECT =
  /^\s+(?:(?:(?:the|new|previously|pre-?prepared|prepared|more|advantageous|defensive|fortified|reserve)\s+)+(?:lines|positions|fortifications)\b|(?:one|two|three|four|five|several|many|more|some|dozens\s+of|a\s+(?:number|series)\s+of|\d+)\s+(?:(?:more|new|other|small|key|frontline|front-line|nearby|border)\s+)?(?:village|villages|settlement|settlements|town|towns|positions?|hamlets?|localities|locality|communities|community|territor(?:y|ies)|square)\b(?!\s+of\s+[A-Z]|\s*[,:–—-]\s*[A-Z]))/i;

/**
 * ", Pletenivka", " in the Sumy region – Ryzhivka", " 70 miles northeast of Kherson, Vysokopillya": the name an unnamed
 * settlement goes on to get, set off after the words that locate it (or given it: ", the ministry said, identifying it
 * as Synkivka").
 */
const NAME_APPOSED =
  /^(?:\s+[^,;:.—–()]{1,70}?)?\s*(?:,|:|--|—|–)\s*(?:the\s+(?:village|town|settlement|city)\s+of\s+)?["“]?$|^[^.;]{0,80}\b(?:naming|named|identifying|identified)\s+(?:it|the\s+(?:village|town|settlement|locality))\s+as\s+["“]?$/i;

/**
 * "captured another village in east Ukraine, closing in on the town of Kurakhove", "the capture of a village in the
 * south of the Donetsk region": the places after an unnamed settlement only say where it is or where the advance
 * goes, unless one is set off as its name.
 */
const pastUnnamedObject = (c: Cue, objects: SentencePlace[], text: string): SentencePlace[] => {
  const object = UNNAMED_SETTLEMENT.exec(text.slice(c.end, c.end + 60));
  if (!object) return objects;
  const nounEnd = c.end + object[0].length;
  return objects.filter((p) => p.start < c.end || (p.start >= nounEnd && NAME_APPOSED.test(text.slice(nounEnd, p.start))));
};

/** "his army", "their troops", "our forces" just before a possessive cue: the speaker's own side. */
const OWN_FORCES_BEFORE =
  /\b(?:his|her|its|their|our)\s+(?:own\s+)?(?:army|armed\s+forces|forces|troops|military|soldiers|units|fighters)\s*$/i;

/** "Russian troops, it said, “have raised their flag in the village”": a frame set off by commas inside the clause it
 * reports, whose subject comes before it. */
const parenthetical = (f: { start: number; end: number }, text: string): boolean =>
  /^\s*,/.test(text.slice(f.end, f.end + 3)) && /,\s*(?:[\w'’-]+\s+){1,3}$/.test(text.slice(Math.max(0, f.start - 40), f.start));

/** "Kreminna, which came under Russian control", ", which has been under their control since", ", which fell to":
 * a relative pronoun that is the subject of the cue right after it. */
const RELATIVE_SUBJECT =
  /^,\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:town|city|village|settlement|hub|stronghold)\s+(?:that|which)|which)\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:(?:also|already|now|later|eventually|since|then|finally|reportedly|quickly|soon)\s+)?$/i;

export const readControl: Reader = (c, ctx, who) => {
  const { text } = ctx;
  // "Kurakhove, a key hub that Moscow claimed to have seized last week", "Sergiivka, which Moscow claimed to have
  // taken control of": a verb whose object is the relative pronoun is about the place the clause hangs on.
  const relative = c.passive || c.nominal ? null : RELATIVE_OBJECT.exec(text.slice(Math.max(0, c.start - 90), c.start));
  if (relative) {
    const at = Math.max(0, c.start - 90) + relative.index;
    const last = [...ctx.places].reverse().find((p) => p.end <= at && /^\s*$/.test(text.slice(p.end, at)));
    // "the city of Kupiansk in the Kharkiv region, which Russia claimed": the settlement, not the region locating it.
    const located =
      last && last.mention.cue === 'region'
        ? ctx.places.find((p) => p.end <= last.start && LOCATED_IN.test(text.slice(p.end, last.start)))
        : undefined;
    // "a town in the Kharkiv region that Ukraine said it had recaptured": the town the apposition is about.
    const apposed =
      !located && last && (last.mention.cue === 'region' || last.place.id?.startsWith('geonames-admin1'))
        ? [...ctx.places].reverse().find((p) => p.end <= last.start && APPOSED_LOCATION.test(text.slice(p.end, last.start)))
        : undefined;
    const head = located ?? apposed ?? last;
    // Without a comma the clause may hang on a noun before the place: "another village near Bakhmut which ...".
    const bare = !relative[0].startsWith(',');
    const hangsOnNoun =
      bare && head !== undefined && head === last && LOCATING_BEFORE.test(text.slice(Math.max(0, head.start - 12), head.start));
    if (head && !hangsOnNoun && !ctx.places.some((p) => p.start >= c.end && p.start - c.end < 25))
      return {
        stance: 'CONTROL',
        controller: controllerOf(c, text, ctx.actors, who.claimant, who.claimant, at),
        // Its extent is the relative clause's ("nearly 90% of Kupiansk, which Russia claimed to have captured": all).
        // "which they have 'captured' several times": a capture in scare quotes is mocked, not claimed.
        // "a village in the Sumy region, which Russian troops had occupied": the unnamed village the region locates.
        targets:
          /['‘"“]\s*$/.test(text.slice(0, c.start)) ||
          /['‘"“]/.test(c.text) ||
          (head === last && (head.mention.cue === 'region' || isRegion(head)) && !ctx.isTarget(head))
            ? []
            : [{ place: head.place, start: at + relative[0].search(/\b(?:which|that)\b/i) }],
        answers: null,
      };
  }
  let targets = clauseTargets(c, ctx);
  const counted = c.concession || c.passive ? null : countedRegion(c, ctx);
  const countedSubject = c.concession ? null : countedSubjectRegion(c, ctx);
  const thatHead = c.passive ? listBeforeThat(c, ctx) : undefined;
  if (counted) targets = [counted];
  else if (countedSubject) targets = [countedSubject];
  else if (c.possessor) {
    // "Robotyne's recapture": the possessor; 'Kostiantynivka "is ours"': the subject a quote opens after.
    // "Ukraine's capture of Lyman", "Moscow's capture of": a side's capture names its place after "of" (a side is no
    // place a possessive capture takes).
    const agent = possessingSide(c, ctx.actors);
    const owner = agent ? undefined : ctx.places.find((p) => p.end <= c.start && /^\s*["“‘']?\s*$/.test(text.slice(p.end, c.start)));
    // "Putin hailed his army's capture of Avdiivka": the speaker's own forces, by a possessive pronoun.
    const ownForces = !owner && !agent && OWN_FORCES_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start));
    const of =
      agent || ownForces
        ? /^\s+of\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|settlement)\s+of\s+)?/i.exec(text.slice(c.end))
        : null;
    const object = of ? targets.find((p) => p.start === c.end + of[0].length) : undefined;
    targets = owner ? [owner] : object ? listFrom(object, ctx).filter((p) => targets.includes(p)) : [];
  } else if (c.antecedent) {
    // "Izium, whose capture ...": the place before the comma.
    const head = [...ctx.places].reverse().find((p) => p.end <= c.start && /^\s*,\s*$/.test(text.slice(p.end, c.start)));
    targets = head ? [head] : [];
  } else if (thatHead) {
    // "the settlements of A, B, C, and D that have been liberated": the list the relative clause hangs on.
    targets = listFrom(thatHead, ctx, -1);
  } else if (!c.passive && c.holding && ctx.places.some((p) => ctx.isTarget(p) && RELATIVE_THAT.test(text.slice(p.end, c.start)))) {
    // "evacuated to Kharkiv from the nearby village of Ruska Lozova that had been under Russian occupation": the place a
    // "that" clause hangs on, not the others of the sentence.
    targets = ctx.places.filter((p) => ctx.isTarget(p) && RELATIVE_THAT.test(text.slice(p.end, c.start)));
  } else if (
    c.passive
      ? RELATIVE_BEFORE.test(text.slice(Math.max(0, c.start - 80), c.start))
      : // ("Kherson, which fell to Russia in the early days of the war": a change told in an aside is background unless
        // the aside dates it: "Kreminna, which came under the control of the LPR on April 19".)
        (c.holding || (!c.concession && ctx.dates.some((x) => x.start >= c.end && ctx.clauses.of(x.start) === ctx.clauses.of(c.start)))) &&
        !targets.some((p) => p.start >= c.end) &&
        // ("Krynky, which had been under their control since October": a hold told as over.)
        ctx.places.some(
          (p) =>
            ctx.isTarget(p) &&
            RELATIVE_SUBJECT.test(text.slice(p.end, c.start)) &&
            !(c.holding && /\bhad\s+$/i.test(text.slice(p.end, c.start))),
        )
  ) {
    // "the Donetsk region, about half of which is controlled by Russia", "Izium, which is still under their control":
    // the place the relative clause hangs on.
    const comma = text.lastIndexOf(',', c.start);
    // ("The village of Ryzhivka (Sumy Oblast), which": what brackets add after the place is skipped, places and all.)
    const before = [...ctx.places]
      .reverse()
      .filter(
        (p) =>
          p.end <= comma && !(/\(\s*$/.test(text.slice(Math.max(0, p.start - 3), p.start)) && /^\s*\)/.test(text.slice(p.end, p.end + 3))),
      );
    // "Storozheve in the Donetsk region, which had been captured": the settlement, not the region locating it.
    const head =
      before[0] && /^\s*(?:\([^()]{1,40}\))?\s*$/.test(text.slice(before[0].end, comma))
        ? before[1] && /^\s+in\s+(?:the\s+)?$/i.test(text.slice(before[1].end, before[0].start)) && !ctx.isTarget(before[0])
          ? before[1]
          : before[0]
        : undefined;
    targets = head ? [head] : [];
  } else if (c.passive && c.aside && asideHead(c, ctx)) {
    // "the city of Donetsk, occupied by Russia since 2014", "Tokmak — a rail hub now occupied by": the place the
    // participle hangs on, right before the comma or dash (a few words of apposition between), not the others of the
    // sentence.
    targets = listFrom(asideHead(c, ctx)!, ctx, -1).filter((p) => targets.includes(p));
  } else if (c.adjacentObject) {
    const first = targets.find(
      (p) =>
        p.start >= c.end &&
        (ADJACENT.test(text.slice(c.end, p.start)) ||
          (/\bthe$/.test(c.text) ? DESCRIBED : THE_DESCRIBED).test(text.slice(c.end, p.start)) ||
          // "left the Kanal neighborhood in Chasiv Yar": a part of a town named by a word that is no place of its own
          // ("the Pokrovsk district of Donetsk" is a district of a region).
          (PART_OF_TOWN.test(text.slice(c.end, p.start)) &&
            !ctx.places.some((q) => q.start >= c.end && q.end <= p.start && !/\(\s*$/.test(text.slice(0, q.start))))),
    );
    targets = first ? listInClause(first, targets, ctx) : [];
  } else if (c.concession && !c.passive) {
    // "withdrew from X": a concession is about the place it leaves, never the places around it.
    targets = pastUnnamedObject(c, objectsOf(c, targets, ctx), text);
  } else if (!c.passive) {
    // "Russia says it has retaken Sudzha": an active verb's object is what it claims; the places before it
    // count only when nothing follows ("the villages of A and B have been liberated").
    const objects = objectsOf(c, targets, ctx);
    const unnamed = UNNAMED_SETTLEMENT.test(text.slice(c.end, c.end + 60));
    // "focused on taking control of the eastern Donbas region": an object that is no target (a region told as a whole,
    // a landmark) leaves the verb nothing to take from the other places of its clause.
    const object = c.holding
      ? undefined
      : ctx.places.find(
          (p) =>
            p.start >= c.end &&
            /^\s*["“]?(?:the\s+)?(?:(?!(?:in|of|near|at|from|to|on)\s)[a-z'’-]+\s+){0,2}$/.test(text.slice(c.end, p.start)),
        );
    // "Russian forces overran one village after another and took up positions close to Chasiv Yar": an object that
    // is no place takes nothing from the places around it.
    if (!objects.length && !c.objectOnly && (COMMON_OBJECT.test(text.slice(c.end, c.end + 40)) || (object && !ctx.isTarget(object))))
      targets = [];
    else if (unnamed && !c.objectOnly) targets = pastUnnamedObject(c, objects, text);
    else if (objects.length || c.objectOnly)
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
  // "took two villages nearby, A and B", "Lysychansk and a number of settlements, the largest of which are A and B":
  // a count of places after an active verb, then their names.
  if (!c.passive && !c.possessor && !c.antecedent) {
    const listed = countedList(c, ctx);
    if (listed.length)
      targets = counted ? listed : [...targets.filter((t) => t.start < listed[0]!.start && !listed.includes(t)), ...listed];
  }
  // "four villages that he said were now held by Russian forces -- A, B, C and D", "17 settlements in the Dnipropetrovsk
  // region are under Russian control: A, B, C": a list set off after the cue (or set out one name per line), when the
  // cue's own subject is a count of places; the region the count is in stays a claim of its own.
  if ((c.passive || c.holding) && (!targets.length || (countedSubject && targets[0] === countedSubject))) {
    const setOff = SET_OFF.exec(text.slice(c.end, c.end + 80));
    const first = setOff ? ctx.places.find((p) => p.start === c.end + setOff[0].length) : undefined;
    if (first && COUNTED_SUBJECT.test(text.slice(Math.max(0, c.start - 80), c.start))) targets = [...targets, ...listFrom(first, ctx)];
    // "more than 1,100 km of territory were freed, including several villages such as A, B and C": a count of places
    // after the passive names some of what it took.
    else if (!targets.length && c.passive) targets = countedList(c, ctx);
  }
  // "These are A, B and C": places named as a list, each followed by the next or the sentence's end, not a noun.
  // ("Basivka of the Yunakivska community": a name with the community it is in; "Two of the villages -- Katerynivka
  // and Rusyn Yar -- are located near ...": a list set off by dashes.)
  if (c.continues)
    targets = targets.filter((p) =>
      /^\s*(?:[,.;:—–]|--|and\b|or\b|\(|$|(?:of|in)\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?:community|hromada|district|raion|region|oblast)\b)/i.test(
        text.slice(p.end),
      ),
    );
  return {
    stance: 'CONTROL',
    controller: controllerOf(
      c,
      text,
      ctx.actors,
      who.claimant,
      who.claimant,
      // "Russian reports about the capture of X": the statement's maker claims it, whoever the sentence's subject is.
      who.speaker?.rule === 'attribution.statement-of'
        ? c.start
        : who.frame && who.frame.end <= c.start && !parenthetical(who.frame, text)
          ? who.frame.end
          : 0,
    ),
    // (The region a counted subject is in is claimed beside the places the count goes on to name.)
    targets: named(
      countedSubject && targets[0] === countedSubject
        ? [countedSubject, ...withoutLocatingRegions(targets.slice(1), text)]
        : withoutLocatingRegions(targets, text),
    ),
    answers: null,
  };
};
