// What an article has said so far, for the sentences that follow: who spoke last, what "the city" and "the claim"
// refer to, which date the paragraph is about.
import type { Claim, Claimant, Party, PlaceRef, Side } from '../shared/model.js';
import { sideMarkers, type ActorMention } from './actors.js';
import type { ClaimDate } from './dates.js';
import type { Speaker } from './context.js';
import { SAYING_VERBS, STATEMENT_NOUN, STATEMENT_NOUNS } from './statements.js';

export interface Discourse {
  lastPerson: ActorMention | null;
  /** The sentence that named the last person. */
  lastPersonSentence: number;
  lastActor: ActorMention | null;
  /** The last forces a sentence named with a side ("Russian troops"), and which sentence: what "they" may be next. */
  lastForces: { side: Side; sentence: number } | null;
  lastCountry: ActorMention | null;
  /** The last outlet or monitor a sentence named ("the analysts of DeepState updated the map"), and which sentence: what
   * "according to it" in the next sentence is. */
  lastSource: { actor: ActorMention; sentence: number } | null;
  /** Institutions by head noun ("general staff" → Ukraine's General Staff), for a bare "the General Staff". */
  bySide: Map<string, Side>;
  /** The place "the town" refers to: the most mentioned so far, the latest of those on a tie. */
  focus: PlaceRef | null;
  /** Mentions of each place so far, by place key. */
  mentionCounts: Map<string, number>;
  /** The settlements the previous sentence named as places a claim could be about. */
  previousPlaces: PlaceRef[];
  /** The last sentence that was about two places or more (not places that only located others), unless one about a
   * single place came after it: what "the villages" are, in the next sentence or a few sentences on. */
  targetGroup: { places: PlaceRef[]; sentence: number } | null;
  /** The last region the story named, and in which sentence: what "60% of the region" refers to. */
  lastRegion: { place: PlaceRef; sentence: number } | null;
  /** The region whose capital the story named last, and in which sentence ("Kherson was captured ... 72% of the
   * region"). */
  lastCapitalRegion: { place: PlaceRef; sentence: number } | null;
  /** The places named so far, by place key, with their population where the gazetteer gives one. */
  mentioned: Map<string, { place: PlaceRef; population: number | null }>;
  lastClaim: Claim | null;
  lastControlClaim: Claim | null;
  /** The claims of control or of a contest the last few sentences told, by sentence index, one group per sentence,
   * claimant's side, stance and controller ("took A, B and C"): what "DeepState confirmed the Russian claim", "Kyiv
   * denied this" or a plural "these claims" refers back to. */
  claimGroups: { index: number; claims: Claim[] }[];
  /** The last capture told, with a place or not ("returned 29 settlements under the flag"): who told it, whose it is. */
  lastCapture: { sentence: number; claimant: Claimant; controller: Party; date: ClaimDate | null; counted: boolean } | null;
  lastExplicitDate: ClaimDate | null;
  /** The last day a sentence told outside quotes ("On 26 April"), with its sentence and paragraph: what "the next day"
   * counts from. */
  lastDay: { date: ClaimDate; sentence: number; paragraph: number } | null;
  /** The captures the lede told a side reported on a day before the story's ("Russia said on Wednesday it had seized
   * ..."): the sentence and paragraph, the reporting side, the taker, that day, and the places (by key) it named. */
  ledeReports: { sentence: number; paragraph: number; side: Side; controller: Party; date: ClaimDate; places: Set<string> }[];
  paragraphDate: { paragraph: number; date: ClaimDate } | null;
  /** The last year-month a date of the paragraph stated with its year ("On 2 April 2022"), outside quotes. */
  narrativeYear: { paragraph: number; value: string } | null;
  recentSpeaker: { claimant: Claimant; sentence: number; paragraph?: number } | null;
  /** The side of the outlet that published the story (a side's own media), for its unnamed officials. */
  outletSide: 'RU' | 'UA' | null;
  /** The claimant of the outlet's own voice when the outlet is a side's own media. */
  outletVoice?: Claimant;
  /** "side|place key" of every denial told so far. */
  denied: Set<string>;
  /** Ids of the claims read from a side's present hold on a place ("remains under our control"). */
  holding: Set<string>;
  /** A quote opened in an earlier sentence and not yet closed, and whose words it is. */
  openQuote: { speaker: Speaker; sentence: number; paragraph: number } | null;
  /** The people the story has named in full, by surname: "Smirnov" later is "Alexei Smirnov". */
  surnames: Map<string, ActorMention>;
  /** The last place the story called a town, a village or a settlement ("the village of Pryluky", "Pokrovsk, a key
   * city"), by that noun's class, and the sentence that did: what "the town" later refers to. */
  byNoun: Map<PlaceNoun, { place: PlaceRef; sentence: number }>;
  /** What the story last called each place, by place key. */
  nounOfPlace: Map<string, PlaceNoun>;
}

export const newDiscourse = (outletSide: 'RU' | 'UA' | null = null): Discourse => ({
  outletSide,
  denied: new Set(),
  holding: new Set(),
  lastPerson: null,
  lastPersonSentence: -1,
  lastActor: null,
  lastForces: null,
  lastCountry: null,
  lastSource: null,
  bySide: new Map(),
  focus: null,
  mentionCounts: new Map(),
  mentioned: new Map(),
  previousPlaces: [],
  targetGroup: null,
  lastRegion: null,
  lastCapitalRegion: null,
  lastClaim: null,
  lastControlClaim: null,
  claimGroups: [],
  lastCapture: null,
  lastExplicitDate: null,
  lastDay: null,
  ledeReports: [],
  paragraphDate: null,
  narrativeYear: null,
  recentSpeaker: null,
  openQuote: null,
  surnames: new Map(),
  byNoun: new Map(),
  nounOfPlace: new Map(),
});

/** What a story calls a place: a town (or city), a village (or hamlet), or a settlement (either). */
export type PlaceNoun = 'town' | 'village' | 'settlement';
export const placeNounOf = (word: string): PlaceNoun => {
  const w = word.toLowerCase();
  return w === 'city' || w === 'town' ? 'town' : w === 'village' || w === 'hamlet' ? 'village' : 'settlement';
};

/** A person's full name of two or three words: its last word may stand for it later in the story. */
export const FULL_NAME = /^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}$/;

/** "According to Smirnov": surnames of people the story has named in full, as those people. */
export const withSurnames = (
  actors: ActorMention[],
  text: string,
  d: Discourse,
  taken: { start: number; end: number }[],
): ActorMention[] => {
  const out = [...actors];
  for (const [surname, known] of d.surnames) {
    // Most sentences name none of the story's people: a substring test first, the word boundaries only then.
    if (!text.includes(surname)) continue;
    for (const m of text.matchAll(new RegExp(`\\b${surname}\\b`, 'g'))) {
      const end = m.index + m[0].length;
      const overlaps = (x: { start: number; end: number }): boolean => x.start < end && x.end > m.index;
      if (out.some(overlaps) || taken.some(overlaps)) continue;
      out.push({ ...known, start: m.index, end });
    }
  }
  for (const a of actors)
    if (a.kind === 'named' && a.side && a.role !== 'media' && a.role !== 'country' && FULL_NAME.test(a.name))
      d.surnames.set(a.name.split(/\s+/).at(-1)!, a);
  return out.sort((a, b) => a.start - b.start);
};

/** A generic actor without a side takes it from the discourse: "his generals", "the General Staff". */
export const resolveActor = (a: ActorMention, d: Discourse): ActorMention => {
  if (a.side || a.kind === 'pronoun') return a;
  const head = a.name
    .toLowerCase()
    .replace(/defense/g, 'defence')
    .split(' ')
    .slice(-2)
    .join(' ');
  const known = d.bySide.get(head) ?? d.bySide.get(head.split(' ').pop()!);
  if (known) return { ...a, side: known, inherited: true };
  // "the General Staff said" in a side's own media: that side's.
  if (d.outletSide && OWN_INSTITUTION.test(a.name)) return { ...a, side: d.outletSide };
  return a;
};

/**
 * "his generals", "her forces": the person the sentence has named before them ("Wagner chief Yevgeny Prigozhin said
 * his units had taken Yahidne"), else the side the discourse gave their head noun, else the story's last person.
 */
/** "the head of", "the chief of Russia's": a title whose holder the body named next heads. */
const TITLE_OF =
  /\b(?:head|chief|leader|commander|founder|boss|owner|spokes(?:man|woman|person)|minister|governor|director)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i;

/**
 * "Russian troops captured Loskutivka. The day before, they captured Toshkivka": a "they" that nothing before it in its
 * own sentence stands for is the forces the sentence before named.
 */
export const theyFromBefore = (actors: ActorMention[], d: Discourse, sentence: number): ActorMention[] =>
  actors.map((a) =>
    a.kind === 'pronoun' &&
    /^they$/i.test(a.name) &&
    !a.side &&
    d.lastForces &&
    sentence - d.lastForces.sentence === 1 &&
    !actors.some((x) => x.end <= a.start && x.kind !== 'pronoun' && (x.plural || x.side))
      ? { ...a, side: d.lastForces.side }
      : a,
  );

export const ownedByPerson = (actors: ActorMention[], d: Discourse, text = ''): ActorMention[] =>
  actors.map((a, i) => {
    if (a.kind !== 'generic' || !/^(?:his|her)\b/i.test(a.name)) return a;
    const before = actors.slice(0, i).reverse();
    const person = before.find((p) => p.kind === 'named' && p.side && p.role !== 'media' && p.role !== 'group');
    // "Cherevatyi spoke after the head of Russia's Wagner group said his forces ...": a title of a body named after the
    // person is nearer, and "his" is its holder's.
    const titled = before.find(
      (p) => p.side && p.start > (person?.end ?? -1) && TITLE_OF.test(text.slice(Math.max(person?.end ?? 0, p.start - 60), p.start)),
    );
    // "Ukraine's top military commander ordered his forces to withdraw": a described holder the sentence gave a side.
    const described = before.find((p) => p.side && !p.plural && !p.adversary && p.role !== 'media' && p.role !== 'group');
    const side = titled?.side ?? person?.side ?? a.side ?? described?.side ?? d.lastPerson?.side;
    return side ? { ...a, side } : a;
  });

/**
 * "Moscow has made gains since its forces captured Avdiivka", "Kyiv said its troops held Chasiv Yar": whose "its"
 * forces are — the speaker before them who "said" or "claimed" (that) they did, else the nearest country or body
 * before them in the sentence that has a side, not a person (a person's are "his" or "her"); "their" forces, the
 * nearest plural one's ("Ukrainian officials said their units had left"). It is kept as the forces' owner, for whose
 * control their verb asserts; who speaks is read as before. With nothing fitting before them, it stays open.
 */
export const ownedByBody = (actors: ActorMention[], text: string): ActorMention[] =>
  actors.map((a, i) => {
    // (Or a side the story gave its head noun: "its army" is still the possessor's.)
    if (a.kind !== 'generic' || (a.side && !a.inherited) || a.role !== 'military') return a;
    const its = /^its\b/i.test(a.name);
    if (!its && !/^their\b/i.test(a.name)) return a;
    const before = actors
      .slice(0, i)
      .reverse()
      .filter(
        (p) =>
          p.side &&
          !p.adversary &&
          p.kind !== 'pronoun' &&
          p.role !== 'media' &&
          // ("in Ukraine's eastern Donetsk region, Russia's Defence Ministry said its forces": where is not whose.)
          !AFTER_PREPOSITION.test(text.slice(Math.max(0, p.start - 12), p.start)),
      );
    // ("Ukraine's military denied claims by Moscow that their troops were ousted": troops said to be driven out in a
    // claim a side denies are the denier's own, not the claimant's; a body owns "their troops" as a plural does, so
    // the number the fallback below asks of "its" and "their" is not asked here.)
    const denier = LOST_BY_SUBJECT.test(text.slice(a.end, a.end + 40))
      ? before.find((p) => DENIES_CLAIM_OF_OWN.test(text.slice(p.end, a.start)))
      : undefined;
    // ("The Ukrainian military denied Russian claims that its troops had taken Chasiv Yar": forces of a claim a side
    // word makes someone's are that side's, when they gain.)
    const claimedBy = denier ? undefined : CLAIM_OF_SIDE.exec(text.slice(Math.max(0, a.start - 60), a.start));
    const claimSide = claimedBy ? sideMarkers(claimedBy[1]!).find((m) => m.side !== 'NEUTRAL')?.side : undefined;
    const owner =
      denier ??
      (claimSide && !LOST_BY_SUBJECT.test(text.slice(a.end, a.end + 40)) ? { side: claimSide } : undefined) ??
      // ("Kyiv dismissed Moscow's assertions that Bakhmut had fallen, saying its troops still held part of it": the
      // forces of a participle's clause are its subject's, the body the sentence opens with.)
      (PARTICIPLE_BEFORE.test(text.slice(0, a.start)) && !/[”"]/.test(text.slice(0, a.start))
        ? before.filter((p) => OPENS_SENTENCE.test(text.slice(0, p.start))).at(-1)
        : undefined) ??
      before.find((p) => {
        const says = SAYS_OF_OWN.exec(text.slice(p.end, a.start));
        // ("Russia said ..., denying a Ukrainian claim that their own troops ...": not past another's claim.)
        return says !== null && !STATEMENT_NOUN.test(text.slice(p.end + says[0].length, a.start));
      }) ??
      before.find((p) => (its ? !p.plural && !(p.kind === 'named' && FULL_NAME.test(p.name)) : p.plural));
    return owner ? { ...a, owner: owner.side } : a;
  });

/** ", saying its", ", insisting that their": a participle whose subject is its sentence's. */
const PARTICIPLE_BEFORE = /,\s+(?:saying|adding|insisting|noting|stating|claiming|arguing|explaining)\s+(?:that\s+)?$/i;

/** At most three words before a sentence's subject ("On Saturday Kyiv denied"). */
const OPENS_SENTENCE = /^\W*(?:[\w'’-]+\W+){0,3}$/;

/** "Russian claims that", "Ukrainian reports that": a statement a side word before its noun makes that side's. */
const CLAIM_OF_SIDE = new RegExp(String.raw`\b([\w-]+)\s+(?:${STATEMENT_NOUNS})\s+that\s+$`, 'i');

/** A preposition right before a word: "in Ukraine's", "of Russia". */
const AFTER_PREPOSITION = /\b(?:in|of|from|across|inside|into|throughout|for|to|against|with|near)\s+(?:the\s+)?$/i;

/** "Ukraine has asserted that", "Russia says", "claims by Kiev that": a speaker's verb, or "that", right after it. */
const SAYS_OF_OWN = new RegExp(`^\\s+(?:(?:[\\w-]+\\s+){0,3}?(?:${SAYING_VERBS})\\b|that\\s)`, 'i');

/** "denied claims by Moscow that", "firmly refuted claims that": a denial of a claim about the denier's own forces. */
const DENIES_CLAIM_OF_OWN = new RegExp(
  String.raw`^\s+(?:[\w-]+\s+){0,2}?(?:denied|denies|rejected|rejects|refuted|refutes|dismissed|dismisses)\s+(?:the\s+)?(?:${STATEMENT_NOUNS})\b[^.;"“”]{0,60}?\bthat\s+$`,
  'i',
);

/** "were ousted", "had been driven", "withdrew": what the troops before it lost. */
const LOST_BY_SUBJECT =
  /^\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:ousted|expelled|driven|pushed|forced|kicked|knocked|encircled|surrounded|trapped)\b|(?:had\s+|have\s+|has\s+)?(?:withdrawn|withdrew|retreated|fled|left|abandoned)\b)/i;

/** Institutions a side's own media names without saying whose: its own. */
const OWN_INSTITUTION = /\b(?:general\s+staff|ministry|command|press\s+service|spokes(?:man|woman|person))\b/i;

/** What a story calls a monitoring group it has named (not "analysts" or "experts", who are often others). */
const OBSERVER_BACK_REFERENCES = [
  'researchers',
  'project',
  'monitors',
  'mappers',
  'mapping project',
  'monitoring project',
  'monitoring group',
];

/** Remembers an actor the sentence named, for pronouns and bare institutions later on. */
export const remember = (a: ActorMention, d: Discourse, sentence: number): void => {
  if (a.kind === 'pronoun' || !a.side) return;
  // ("the Russian Federation" is named, but no "he".)
  if (a.kind === 'named' && a.role !== 'media' && a.role !== 'group' && a.role !== 'country') {
    d.lastPerson = a;
    d.lastPersonSentence = sentence;
  }
  if (a.kind === 'country') d.lastCountry = a;
  if (a.kind === 'named' && (a.role === 'media' || a.role === 'observer')) d.lastSource = { actor: a, sentence };
  d.lastActor = a;
  if (a.kind === 'generic' && a.plural && a.role === 'military' && !a.adversary) d.lastForces = { side: a.side, sentence };
  const words = a.name
    .toLowerCase()
    .replace(/defense/g, 'defence')
    .split(' ');
  d.bySide.set(words.slice(-2).join(' '), a.side);
  // "the ministry" after "the Russian Defence Ministry": a singular head noun alone refers back too ("forces" or
  // "troops" do not: "its forces" is whoever "it" is; "the bloggers" after "pro-Russian bloggers" does: bloggers
  // only speak).
  // "DeepState reported ... The researchers also confirm": a monitor named once is "the researchers", "the project".
  if (a.kind === 'named' && a.role === 'observer') for (const noun of OBSERVER_BACK_REFERENCES) d.bySide.set(noun, a.side);
  const head = words.at(-1)!;
  if (a.kind !== 'country' && words.length > 1 && (!/s$/.test(head) || a.role === 'blogger') && !/^(?:its|their|his|her)$/.test(words[0]!))
    d.bySide.set(head, a.side);
};
