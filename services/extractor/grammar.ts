// The grammar of claims: the words that assert control, deny it, or call it unsettled, and the words that
// report who says so. Each finder returns positions inside one sentence.
import type { Stance } from '../shared/model.js';

export interface Cue {
  /** "hold", "held": a claim only about the place it governs as its object. */
  objectOnly?: boolean;
  stance: Stance;
  start: number;
  end: number;
  /** "has been lost", "withdrew from": control passes to the other side. */
  concession: boolean;
  /** "was captured", "have been liberated": the agent, if any, follows with "by". */
  passive: boolean;
  /** "the capture of": a noun, which claims nothing unless someone reports or denies it. */
  nominal: boolean;
  /** A verb in the simple past or past perfect, for telling background from news. */
  past: boolean;
  /** "efforts to retake", "trapped inside": whose side is pinned down decides who gains. */
  pinned: boolean;
  /** "provocations", "fake": a denial only where the sentence names the place. */
  weak: boolean;
  text: string;
}

export interface Frame {
  /** Reporting verb or noun: "said", "according to", "claims made by", "denied". */
  start: number;
  end: number;
  kind: 'verb' | 'according' | 'by' | 'possessive' | 'participle';
  denial: boolean;
}

const rx = (source: string): RegExp => new RegExp(source, 'gi');

/**
 * `needs`: words or stems of which every match contains at least one, lower case. A sentence with none of them
 * skips the pattern: most sentences contain a cue stem but few patterns' words.
 */
interface CuePattern {
  re: RegExp;
  needs: readonly string[];
}

const CONTROL_PATTERNS: (CuePattern & {
  passive?: boolean;
  nominal?: boolean;
  past?: boolean;
  concession?: boolean;
  objectOnly?: boolean;
  expulsion?: boolean;
})[] = [
  {
    re: rx(
      String.raw`\b(?:has|have|had)\s+(?:(?:now|already|also|since|reportedly|fully|completely|effectively|all but)\s+)*["“]?(?:(?:fully|completely)\s+)?(?:captured|seized|taken|retaken|recaptured|regained|liberated|occupied|conquered|secured|cleared)\b["”]?`,
    ),
    needs: ['captured', 'seized', 'taken', 'liberated', 'occupied', 'conquered', 'secured', 'cleared', 'regained'],
  },
  {
    re: rx(
      String.raw`\b(?:was|were|is|are|has been|have been|had been|being|been)\s+(?:(?:now|already|also|fully|completely|reportedly|almost|nearly|largely|mostly|effectively|practically)\s+)*["“]?(?:captured|seized|taken|retaken|recaptured|regained|liberated|occupied|conquered)["”]?`,
    ),
    needs: ['captured', 'seized', 'taken', 'liberated', 'occupied', 'conquered', 'regained'],
    passive: true,
  },
  {
    re: rx(String.raw`\b(?:captured|seized|retook|recaptured|regained|liberated|occupied|conquered)\b`),
    needs: ['captured', 'seized', 'retook', 'regained', 'liberated', 'occupied', 'conquered'],
    past: true,
  },
  {
    re: rx(String.raw`\b(?:captures|seizes|retakes|recaptures|regains|liberates|occupies|conquers)\b`),
    needs: ['captures', 'seizes', 'retakes', 'regains', 'liberates', 'occupies', 'conquers'],
  },
  {
    re: rx(
      String.raw`\b(?:took|taken|take|takes|taking|retook|retaken|retake|regain|regained|gained|seized|assumed|established|have|has|had|in|under|full|complete|total|effective)\s+(?:(?:full|complete|total|effective|operational)\s+)?control\s+(?:of|over)\b`,
    ),
    needs: ['control'],
  },
  {
    re: rx(
      String.raw`\b(?:control|controls|controlled|controlling)\s+(?:(?:nearly|almost|about|around|roughly|some|over|more than|at least)\s+)?(?:\d{1,3}(?:\.\d+)?\s*(?:%|percent|per cent)|(?:most|all|the|much|large parts|half|a\s+(?:third|quarter|half)|one\s+(?:third|quarter)|two[-\s]thirds|three[-\s]quarters)\b)`,
    ),
    needs: ['control'],
  },
  {
    re: rx(
      String.raw`\b(?:remains?|remained|is|are|was|were|has been|have been|stays?|stayed)\s+(?:firmly\s+|fully\s+|still\s+)?(?:and\s+remains?\s+)?(?:under|in)\s+(?:the\s+)?(?:full\s+|complete\s+|firm\s+)?(?:[\w'’-]+\s+){0,4}(?:control|hands)\b`,
    ),
    needs: ['control', 'hands'],
  },
  { re: rx(String.raw`["“]?\bunder\s+(?:the\s+)?(?:full\s+|complete\s+)?control\s+of\b`), needs: ['control'] },
  { re: rx(String.raw`\b[\w'’-]+['’]s\s+(?:full\s+|complete\s+)?control\s+(?:over|of)\b`), needs: ['control'] },
  {
    re: rx(
      String.raw`\b(?:holds?|held|holding)\b(?!\s+(?:talks|a\s+meeting|meetings|elections|a\s+press|the\s+line\s+against|off|back|out|responsible|accountable))`,
    ),
    needs: ['hold', 'held'],
    objectOnly: true,
  },
  { re: rx(String.raw`\b(?:has|have|had)\s+fallen\b|\bfell\s+to\b|\bfallen\s+to\b`), needs: ['fallen', 'fell'] },
  // "raised the Russian flag over the town hall of X", "raised flags in the centre of the town"
  {
    re: rx(String.raw`\b(?:raised|hoisted|planted)\s+(?:(?:the|a|their|its|our)\s+)?(?:[\w'’-]+\s+)?flags?\s+(?:over|in|above|on)\b`),
    needs: ['flag'],
  },
  {
    re: rx(String.raw`\b(?:the\s+)?(?:capture|recapture|seizure|liberation|fall|takeover|occupation)\s+of\b`),
    needs: ['capture', 'seizure', 'liberation', 'fall', 'takeover', 'occupation'],
    nominal: true,
  },
  {
    re: rx(
      String.raw`\b(?:drove|driven|drive|drives|driving|pushed|pushing|forced|expelled|expelling|ousted|kicked|knocked)\s+(?:[\w'’]+\s+){0,3}?out\b(?:\s+(?:of|from)\b)?`,
    ),
    needs: ['out'],
    expulsion: true,
  },
  {
    re: rx(String.raw`\b(?:has|have|had)\s+been\s+lost\b|\b(?:was|were)\s+lost\b|\blost\s+control\s+(?:of|over)\b`),
    needs: ['lost'],
    concession: true,
  },
  {
    re: rx(
      String.raw`\b(?:withdrew|withdrawn|withdrawing|withdraws|withdraw|retreated|retreating|retreat|pulled|pulling|pulls|pull)\s+(?:(?:out|back)\s+)?(?:(?:its|their|our|his|the|all|remaining|last)\s+)?(?:(?:troops|forces|units|soldiers|fighters|defenders)\s+)?(?:(?:out|back)\s+)?(?:from|of)\b`,
    ),
    needs: ['withdr', 'retreat', 'pull'],
    concession: true,
  },
  {
    re: rx(String.raw`\b(?:left|abandoned|ceded|surrendered)\s+(?:the\s+)?(?:town|city|village|settlement)\s+of\b`),
    needs: ['left', 'abandoned', 'ceded', 'surrendered'],
    concession: true,
  },
];

const DENIAL_VERBS = rx(
  String.raw`\b(?:denied|denies|deny|denying|rejected|rejects|reject|rejecting|dismissed|dismisses|dismissing|refuted|refutes|refuting|disputed|disputes)\b`,
);
const DENIAL_WORDS = rx(
  String.raw`\b(?:untrue|not\s+true|fake|fakes|fabricat\w+|provocations?|disinformation|false\s+(?:claims?|reports?|information))\b`,
);
const NEGATED_CONTROL = rx(
  String.raw`\b(?:has|have|had|did|does|do)\s*(?:not|n['’]t|never)\s+(?:been\s+)?(?:captured|fallen|taken|seized|occupied|capture|take|seize|fall|occupy)\b|\b(?:was|were|is|are|remains?)\s*(?:not|n['’]t|never)\s+(?:been\s+)?(?:captured|taken|seized|occupied|under\s+(?:[\w'’-]+\s+){0,3}control)\b`,
);

const CONTESTED_PATTERNS: (CuePattern & { pinned?: boolean })[] = [
  {
    re: rx(
      String.raw`\bfighting\s+(?:(?:continues|continued|rages|raged|is\s+ongoing|is\s+under\s+way|goes\s+on|still)\s+)?(?:in|inside|for|within|around|on\s+the\s+outskirts\s+of|in\s+and\s+around)\b`,
    ),
    needs: ['fighting'],
  },
  {
    re: rx(
      String.raw`\b(?:heavy|fierce|intense|street|urban|renewed|ongoing|house-to-house|close-quarters)\s+(?:fighting|battles?|clashes|combat)\b`,
    ),
    needs: ['fighting', 'battle', 'clashes', 'combat'],
  },
  {
    re: rx(String.raw`\b(?:encircle[ds]?|encirclement|encircling|surrounded|semi-encircled|cut\s+off)\b`),
    needs: ['encircl', 'surrounded', 'cut'],
    pinned: true,
  },
  {
    re: rx(String.raw`\b(?:blocked|trapped|besieged|bottled\s+up)\s+(?:inside|in|within)\b`),
    needs: ['blocked', 'trapped', 'besieged', 'bottled'],
    pinned: true,
  },
  { re: rx(String.raw`\b(?:infiltrated|infiltrating|infiltration|sabotage\s+groups?)\b`), needs: ['infiltrat', 'sabotage'], pinned: true },
  { re: rx(String.raw`\b(?:clearing|mopping\s+up|mop-up|sweeping)\b`), needs: ['clearing', 'mopping', 'mop-up', 'sweeping'] },
  {
    re: rx(
      String.raw`\befforts?\s+(?:are\s+|were\s+|is\s+)?(?:ongoing|under\s+way|underway|continuing|continue)\s+to\s+(?:retake|take|recapture|regain|clear|liberate)\b`,
    ),
    needs: ['effort'],
  },
  { re: rx(String.raw`\b(?:territorial\s+gains|gains)\s+(?:in|inside|near|around)\b`), needs: ['gains'] },
  {
    re: rx(String.raw`\b(?:advanc(?:e|ed|es|ing)|pushing|pushed|broke|broken)\s+(?:deeper\s+|further\s+)?(?:in|into|inside)\b`),
    needs: ['advanc', 'pushing', 'pushed', 'broke'],
  },
  { re: rx(String.raw`\b(?:battles?|struggle|fight)\s+for\s+(?:control\s+of\s+)?\b`), needs: ['battle', 'struggle', 'fight'] },
  { re: rx(String.raw`\b(?:storm(?:ed|ing|s)?|assault(?:ed|ing)?\s+on)\b`), needs: ['storm', 'assault'] },
  { re: rx(String.raw`\bcounter-?offensive\b`), needs: ['counter'] },
];

/** Words before a cue that turn it into a goal, a plan or a failure rather than a claim. */
const NOT_A_CLAIM_BEFORE =
  /\b(?:try|tries|trying|tried|avoid(?:s|ed|ing)?|prepared|ready|willing|offer(?:s|ed)?|propos(?:e|es|ed)|agree(?:s|d)?|provided|demand(?:s|ed)?|attempt(?:s|ed|ing)?|aim(?:s|ed|ing)?|seek(?:s|ing)?|sought|plan(?:s|ned|ning)?|intend(?:s|ed)?|want(?:s|ed)?|hope(?:s|d)?|goal|objective|bid|would|could|might|may|will|if|whether|unless|failed|unsuccessful(?:ly)?|in\s+order|threaten(?:s|ed)?|vow(?:s|ed)?|push(?:es|ed|ing)?\s+to|able|unable|order(?:ed|s)?|bent\s+on|so\s+as)\b[^.;]{0,40}$/i;
const GERUND_GOAL_AFTER =
  /^[^.;]{0,80}\b(?:serves?|is|was|remains?|would|will)\s+(?:as\s+)?(?:\w+\s+){0,3}(?:goal|objective|aim|priority|target)\b/i;

const pastForm = (text: string): boolean =>
  /\b(?:had|was|were)\b/i.test(text) || (/ed\b|\btook\b|\bfell\b|\bheld\b/i.test(text) && !/\b(?:has|have|is|are|remains?)\b/i.test(text));

/** Stems every cue contains: most sentences have none, and skip the full grammar. */
const CUE_HINT =
  /captur|seiz|took|take|taken|taking|retak|retook|recaptur|regain|gain|liberat|occup|conquer|control|hold|held|fall|fell|lost|withdr|retreat|pull|left|abandon|ceded|surrender|den(?:y|i)|reject|dismiss|refut|disput|untrue|not\s+true|fake|fabricat|provocation|disinformation|false|fight|battle|clash|combat|encircl|surround|cut\s+off|block|trap|besieg|bottled|infiltrat|sabotage|clear|mop|sweep|effort|advanc|push|broke|struggle|storm|assault|counter-?offensive|hands|flag/i;

const NEGATION_HINT = /\b(?:not|n['’]t|never)\b/i;
const CONTESTED_HINT =
  /fight|battle|clash|combat|encircl|surround|cut\s+off|block|trap|besieg|bottled|infiltrat|sabotage|clear|mop|sweep|effort|gain|advanc|push|broke|struggle|storm|assault|counter-?offensive/i;

/** Every cue of control, denial or contest in a sentence, in text order, non-overlapping. */
const ATTRIBUTIVE_PARTICIPLE = /^(?:held|captured|seized|occupied|controlled|taken|retaken|liberated)$/i;
const HEAD_NOUN_BEFORE =
  /\b(?:settlements?|towns?|city|cities|villages?|territory|territories|areas?|lands?|parts?|regions?|positions|hub|stronghold)\s+$/i;

export const findCues = (text: string): Cue[] => {
  if (!CUE_HINT.test(text)) return [];
  const cues: Cue[] = [];
  const overlaps = (s: number, e: number): boolean => cues.some((c) => s < c.end && e > c.start);
  const push = (cue: Cue): void => {
    if (!overlaps(cue.start, cue.end)) cues.push(cue);
  };
  if (NEGATION_HINT.test(text)) for (const m of text.matchAll(NEGATED_CONTROL)) push(cue('DENIAL', m, { past: false }));
  const lower = text.toLowerCase();
  const mayMatch = (p: CuePattern): boolean => p.needs.some((word) => lower.includes(word));
  const contested = CONTESTED_HINT.test(text);
  for (const p of contested ? CONTESTED_PATTERNS : []) {
    if (!mayMatch(p)) continue;
    for (const m of text.matchAll(p.re)) {
      // "the capture and clearing of X" names an operation; like "the capture of", it claims nothing unreported.
      const nominal =
        /^\s+of\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)) &&
        /\b(?:the|and)\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index));
      if (NOT_A_CLAIM_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) && !/efforts?/i.test(m[0])) continue;
      if (/\b(?:not|n['’]t|never|no)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      push(cue('CONTESTED', m, { pinned: !!p.pinned, nominal }));
    }
  }
  for (const p of CONTROL_PATTERNS) {
    if (!mayMatch(p)) continue;
    for (const m of text.matchAll(p.re)) {
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      if (
        NOT_A_CLAIM_BEFORE.test(before) &&
        !/\b(?:has|have|had)\b/i.test(m[0]) &&
        !(p.concession && /\border(?:ed|s)?\b[^.;]{0,40}$/i.test(before))
      )
        continue;
      if (/^capturing|^taking/i.test(m[0]) && GERUND_GOAL_AFTER.test(text.slice(m.index))) continue;
      // "the largest settlement held by Ukrainian forces", "territory occupied by Russia": a participle describing a
      // noun is background to the sentence's claim, not a claim of its own.
      if (ATTRIBUTIVE_PARTICIPLE.test(m[0]) && HEAD_NOUN_BEFORE.test(before) && /^\s+by\b/.test(text.slice(m.index + m[0].length)))
        continue;
      // "being driven out by Ukrainian forces": the agent after "by" took the place.
      const expelledPassive = !!p.expulsion && /\b(?:was|were|been|being|is|are)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index));
      push(
        cue('CONTROL', m, {
          passive: !!p.passive || expelledPassive,
          nominal: !!p.nominal,
          concession: !!p.concession,
          past: p.past ?? pastForm(m[0]),
          objectOnly: !!p.objectOnly,
        }),
      );
    }
  }
  for (const m of text.matchAll(DENIAL_VERBS)) push(cue('DENIAL', m, {}));
  for (const m of text.matchAll(DENIAL_WORDS)) push(cue('DENIAL', m, { weak: true }));
  return cues.sort((a, b) => a.start - b.start);
};

const cue = (stance: Stance, m: RegExpMatchArray, flags: Partial<Cue>): Cue => ({
  stance,
  start: m.index!,
  end: m.index! + m[0].length,
  concession: false,
  passive: false,
  nominal: false,
  past: false,
  pinned: false,
  weak: false,
  text: m[0],
  ...flags,
});

const REPORTING =
  /\b(?:said|says|say|saying|told|tells|tell|wrote|writes|write|declared|declares|declare|claimed|claims|claim|claiming|reported|reports|reporting|announced|announces|announcing|insisted|insists|stated|states|added|adds|adding|noted|notes|confirmed|confirms|confirming|admitted|admits|conceded|concedes|acknowledged|acknowledges|emphasi[sz]ed|emphasi[sz]es|stressed|countered|reaffirmed|reaffirming|reaffirms|boasted|boasts|asserted|asserts|alleged|alleges|posted|warned|explained|clarified|clarifies|reiterated|reiterates|repeated|underlined|underscored|pointed\s+out|described|maintained|maintains|argued|showed|shows|indicated|suggest|suggests|suggested|informed)\b/gi;

/** Reporting verbs and phrases in a sentence: who-says-what frames. */
export const findFrames = (text: string): Frame[] => {
  const frames: Frame[] = [];
  for (const m of text.matchAll(/\baccording\s+to\b/gi))
    frames.push({ start: m.index, end: m.index + m[0].length, kind: 'according', denial: false });
  for (const m of text.matchAll(
    /\b(?:claims?|statements?|reports?|assertions?)\s+(?:made\s+)?by\b|\binformed\s+by\b|\b(?:was|were)\s+told\s+by\b/gi,
  )) {
    frames.push({ start: m.index, end: m.index + m[0].length, kind: 'by', denial: false });
  }
  for (const m of text.matchAll(/\b[\w'’-]+['’]s\s+(?:claims?|statements?|assertions?)\b/gi)) {
    const at = m.index + m[0].search(/\s(?:claims?|statements?|assertions?)\b/) + 1;
    frames.push({ start: at, end: m.index + m[0].length, kind: 'possessive', denial: false });
  }
  for (const m of text.matchAll(REPORTING)) {
    if (frames.some((f) => m.index < f.end && m.index + m[0].length > f.start)) continue;
    // "incorrect reports", "the claims", "Latest reports": nouns, not verbs.
    if (
      /s$/i.test(m[0]) &&
      /\b(?:the|a|an|these|those|such|latest|incorrect|false|new|media|news|some|initial|unconfirmed|conflicting|earlier|recent|its|their|his|her|Russian|Ukrainian)\s+$/i.test(
        text.slice(Math.max(0, m.index - 14), m.index),
      )
    )
      continue;
    frames.push({ start: m.index, end: m.index + m[0].length, kind: /ing$/i.test(m[0]) ? 'participle' : 'verb', denial: false });
  }
  for (const m of text.matchAll(DENIAL_VERBS))
    frames.push({ start: m.index, end: m.index + m[0].length, kind: /ing$/i.test(m[0]) ? 'participle' : 'verb', denial: true });
  return frames.sort((a, b) => a.start - b.start);
};

/** Where a sentence's clauses begin: a frame speaks for its own clause, and for clauses that continue its speech. */
export const clauseBreaks = (text: string): { at: number; continues: boolean }[] => {
  const breaks: { at: number; continues: boolean }[] = [{ at: 0, continues: false }];
  const re =
    /;\s+|\s+[—–]\s+|,\s+(?:while|whereas|but|which|who|as|when|after|before|although|though|and)\s+|(?<!\ball)\s+(?:but|before|after|while)\s+(?=[a-z])|\s+and\s+(?=\w+ed\b|\w+s\b\s+(?:to|the|a)\b)|,\s+(?=(?:claiming|adding|saying|insisting|noting|stressing|reaffirming|confirming|denying|rejecting|dismissing)\b)/g;
  for (const m of text.matchAll(re)) {
    const continues =
      /claiming|adding|saying|insisting|noting|stressing|reaffirming|confirming|denying|rejecting|dismissing|while\s+also/.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 25),
      ) || /,\s+(?:while|although|though)\s+$/.test(m[0]);
    breaks.push({ at: m.index + m[0].length, continues });
  }
  return breaks;
};
