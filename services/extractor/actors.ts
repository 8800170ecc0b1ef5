// Who speaks: named people and institutions from data/actors.json, noun phrases that carry their side in a
// descriptor ("a Ukrainian military spokesman", "pro-Kremlin bloggers"), capitals and countries standing for
// their governments, and pronouns, which the discourse resolves to the last fitting actor.
import { readFileSync } from 'node:fs';
import type { Side } from '../shared/model.js';

export interface ActorMention {
  start: number;
  end: number;
  name: string;
  side: Side | null;
  role: string | null;
  kind: 'named' | 'generic' | 'country' | 'pronoun';
  /** For a pronoun or a bare institution ("the General Staff"): what it may refer back to. */
  plural: boolean;
  /** "the enemy", "the occupiers": the side opposite to whoever speaks (extract.ts gives it that side). */
  adversary?: boolean;
  /** "the occupiers", "the invaders": the one side whose word for the other this is (the lexicon's adversaryNounsUsedBy). */
  usedBy?: 'RU' | 'UA';
  /** A person the lexicon does not know, taken from two capitalised words and a side around them: a place's name may look the same. */
  guessed?: boolean;
  /** "its forces", "their troops": the side of the body whose forces they are (discourse.ts ownedByBody). */
  owner?: Side | null;
  /** "the Armed Forces", "the army": a bare noun whose side the story gave (discourse.ts resolveActor), not a side word of its own. */
  inherited?: boolean;
}

interface ActorFile {
  /** `ownVoice`: "NEUTRAL" for a side's outlet whose own unattributed copy is its reporting, not its side's word. */
  actors: { names: string[]; side: Side; role: string; ownVoice?: 'NEUTRAL' }[];
  sideWords: Record<'RU' | 'UA', string[]>;
  countries: Record<'RU' | 'UA', string[]>;
  roleNouns: Record<string, string[]>;
  adversaryNouns?: string[];
  /** Adversary nouns only one side uses for the other ("occupiers", "invaders": Ukraine's words for Russia's forces). */
  adversaryNounsUsedBy?: Partial<Record<'RU' | 'UA', string[]>>;
  /** "Western", "US", "independent": words that make a body an observer of neither side ("Western officials"). */
  observerWords?: string[];
  /** Words of a unit's designation only one side's army uses ("Motorized Infantry", "Motor Rifle"). */
  unitTypeWords?: Record<'RU' | 'UA', string[]>;
  /** How one side's own copy words a change of hands (the file's `sideConventions.about`). */
  sideConventions?: {
    ownGainWords?: Partial<Record<'RU' | 'UA', string[]>>;
    liberatedFrom?: Partial<Record<'RU' | 'UA', string[]>>;
    enemyGainWords?: Partial<Record<'RU' | 'UA', string[]>>;
    besiegerNamingNobody?: 'RU' | 'UA' | null;
    announcesEachCapture?: ('RU' | 'UA')[];
    theCapital?: string;
  };
}

interface NamedActor {
  name: string;
  side: Side;
  role: string;
  /** An outlet of a side whose own copy speaks for no side (the lexicon's `ownVoice`). */
  neutralVoice?: boolean;
}

/** The named phrases word by word: a walk from a token reads every name beginning there without building strings. */
interface NameNode {
  next: Map<string, NameNode>;
  actor?: NamedActor;
}

interface Lexicon {
  /** Lower-cased phrase of 1–7 words → actor. */
  named: Map<string, NamedActor>;
  /** The same phrases as a tree of their lower-cased words. */
  namedTree: NameNode;
  /** First word of a role noun phrase → its longest length. */
  roleStarts: Map<string, number>;
  sideOf: Map<string, Side>;
  /** Countries and capitals standing for their governments, lower case. */
  countryOf: Map<string, Side>;
  roleOf: Map<string, string>;
  maxWords: number;
  /** "enemy", "enemy forces", "occupiers": lower-cased phrases. */
  adversaries: Set<string>;
  /** "occupiers" → UA: the adversary phrases only one side uses for the other, with that side. */
  adversaryUsedBy: Map<string, 'RU' | 'UA'>;
  /** First word of an adversary phrase of two words or more → the most words such a phrase has ("sabotage" → 4). */
  adversaryStarts: Map<string, number>;
  /** Last word of an adversary phrase of two words or more → the most words such a phrase has ("groups" → 4). */
  adversaryEnds: Map<string, number>;
  /** "western", "us", "independent": lower-cased descriptors of observers (side NEUTRAL). */
  observers: Set<string>;
  /** Per side, the words of a unit's designation only that side's army uses, as one expression. */
  unitTypes: { side: Side; words: RegExp }[];
  /** One-word names by their spelling key ("Gerashimov", "Sirskyi", "Gaiday"): the actor, or its side alone when
   * several of one side share the key; keys shared by both sides are left out. */
  spellings: Map<string, { actor: NamedActor; unique: boolean }>;
}

/**
 * A name's spelling key: what transliterations of one Cyrillic name have in common (y/j/i, g/h, kh/k, zh/z, sh/s,
 * ch/c, ie/e, w/v, doubled letters, a final -yi/-iy/-yy), so "Gerashimov" is Gerasimov and "Synegubov" Syniehubov.
 */
export const spellingKey = (word: string): string =>
  word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[jy]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/g/g, 'h')
    .replace(/([kzsct])h/g, '$1')
    .replace(/ie/g, 'e')
    .replace(/(.)\1+/g, '$1')
    .replace(/i$/, '');

/** Spelling keys of the words seen so far: names repeat, and the key takes eight replacements to build. */
const spellingKeys = new Map<string, string>();
const cachedSpellingKey = (word: string): string => {
  let key = spellingKeys.get(word);
  if (key === undefined) {
    if (spellingKeys.size > 50_000) spellingKeys.clear();
    spellingKeys.set(word, (key = spellingKey(word)));
  }
  return key;
};

/** A one-word name is looked up by its spelling key only from this length on: shorter keys collide too often. */
const SPELLING_MIN = 6;

// ("U.S.", "U.K.", "U.K.'s": initials with their dots are one word, as the lexicon spells them.)
const WORD = /(?:[A-Z]\.){2,}(?:['’]s\b)?|[A-Za-z\u00C0-\u024F0-9][\w\u00C0-\u024F]*(?:[-'’][\w\u00C0-\u024F]+)*/g;

interface Token {
  text: string;
  lower: string;
  /** Lower case without a possessive 's. */
  base: string;
  capitalised: boolean;
  start: number;
  end: number;
}

export const tokens = (text: string): Token[] => {
  const out: Token[] = [];
  // An exec loop, not matchAll: no iterator and no copy of the expression per sentence.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let lower = m[0].toLowerCase();
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    const code = m[0].charCodeAt(0);
    out.push({
      text: m[0],
      lower,
      base: lower.endsWith("'s") ? lower.slice(0, -2) : lower,
      capitalised: code >= 65 && code <= 90,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
};

let lexicon: Lexicon | null = null;
let sideWordsOfFile: Record<'RU' | 'UA', readonly string[]> | null = null;
let countriesOfFile: Record<'RU' | 'UA', readonly string[]> | null = null;
let conventionsOfFile: SideConventions | null = null;

/** How one side's own copy words a change of hands, from the lexicon's `sideConventions`, for readings that name nobody. */
export interface SideConventions {
  /** "de-occupied": a word only this side uses of its own gains. */
  ownGain: ReadonlyMap<'RU' | 'UA', RegExp>;
  /** "from the occupiers" (at the start of the text after a passive capture): this side gains. */
  liberatedFrom: ReadonlyMap<'RU' | 'UA', RegExp>;
  /** "the fall of", "the seizure of": what this side's voice, naming no taker, says only of the other side's gains. */
  enemyGain: ReadonlyMap<'RU' | 'UA', RegExp>;
  /** Whose ring a siege nobody is named for is. */
  besieger: 'RU' | 'UA' | null;
  /** The sides whose command announces each capture: a hedged gain of theirs relays their word. */
  announcesEachCapture: ReadonlySet<'RU' | 'UA'>;
  /** The city "the capital" is in the copy. */
  theCapital: string | null;
}

/** The lexicon's side conventions. */
export const lexiconConventions = (): SideConventions => {
  if (!conventionsOfFile) loadLexicon();
  return conventionsOfFile!;
};

/** Words, or `prefix...`es, as one case-insensitive expression of whole words. */
const wordsExpression = (words: readonly string[]): string =>
  `(?:${words.map((w) => (w.endsWith('...') ? `${escapeWord(w.slice(0, -3))}[\\w-]*` : escapeWord(w))).join('|')})\\b`;
const escapeWord = (w: string): string => w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const bySide = (
  words: Partial<Record<'RU' | 'UA', string[]>> | undefined,
  source: (expression: string) => string,
): ReadonlyMap<'RU' | 'UA', RegExp> =>
  new Map(
    (['RU', 'UA'] as const)
      .filter((side) => words?.[side]?.length)
      .map((side) => [side, new RegExp(source(wordsExpression(words![side]!)), 'i')]),
  );

/** The lexicon's side adjectives ("Russian", "pro-Kremlin", "Moscow-backed"): descriptors of a noun, never a name or a verb's subject. */
export const lexiconSideAdjectives = (): readonly string[] => {
  const sides = lexiconSideWords();
  return [...sides.RU, ...sides.UA].filter((w) => /an$|^pro-|-(?:backed|installed|controlled|appointed|loyal|aligned|friendly)$/i.test(w));
};

/** The lexicon's countries and capitals ("Russia", "Ukraine", "Kyiv"), every side. */
export const lexiconCountries = (): readonly string[] => {
  if (!countriesOfFile) loadLexicon();
  return [...countriesOfFile!.RU, ...countriesOfFile!.UA];
};

/**
 * "the Southern Military District of Ukraine": a body the lexicon gives one side, named with the other side's country
 * right after it, is that country's namesake body.
 */
const ofCountry = (text: string, end: number, actor: { side: Side | null; role: string }, lex: Lexicon): Side | null => {
  if (actor.role !== 'military' && actor.role !== 'government') return actor.side;
  const m = /^\s+of\s+(?:the\s+)?([A-Z]\w+)/.exec(text.slice(end, end + 30));
  return (m ? lex.countryOf.get(m[1]!.toLowerCase()) : undefined) ?? actor.side;
};

/** The country the lexicon names first for a side ("Russia"): the claimant a side's unnamed word is given to. */
export const lexiconCountryOf = (side: 'RU' | 'UA'): string => {
  if (!countriesOfFile) loadLexicon();
  return countriesOfFile![side][0]!;
};

const escapeName = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The country the lexicon names first for each side, as a regular expression's alternation ("(?:Russia|Ukraine)", case
 * kept): for patterns that say where a place is ("in Ukraine's east", "known in Ukraine as"), not who speaks.
 */
export const lexiconCountriesExpression = (): string =>
  `(?:${(['RU', 'UA'] as const).map((side) => escapeName(lexiconCountryOf(side))).join('|')})`;

/** The side whose country or capital the lexicon's `countries` name ("Kyiv" → UA), if any. */
export const lexiconCountrySide = (name: string): 'RU' | 'UA' | null => {
  const side = loadLexicon().countryOf.get(name.toLowerCase());
  return side === 'RU' || side === 'UA' ? side : null;
};

/** A side's demonym ("Russian", "Ukrainian"): the first of its side words that is one capitalised word ending in "an". */
export const lexiconDemonym = (side: 'RU' | 'UA'): string => {
  const word = lexiconSideWords()[side].find((w) => /^[A-Z][a-z]+an$/.test(w));
  if (!word) throw new Error(`data/actors.json: sideWords.${side} holds no demonym (one capitalised word ending in "an")`);
  return word;
};

/** The lexicon's side words that are acronyms ("DPR", "LNR"): republics and bodies named by their letters. */
export const lexiconSideAcronyms = (): readonly string[] => {
  const sides = lexiconSideWords();
  return [...sides.RU, ...sides.UA].filter((w) => /^[A-Z]{2,5}$/.test(w));
};

/** The lexicon's words that give a side ("Russian", "Kyiv's", "pro-Kremlin") and its countries and capitals, per side. */
export const lexiconSideWords = (): Record<'RU' | 'UA', readonly string[]> => {
  if (!sideWordsOfFile) loadLexicon();
  return sideWordsOfFile!;
};

const loadLexicon = (): Lexicon => {
  if (lexicon) return lexicon;
  const file = JSON.parse(readFileSync(new URL('../../data/actors.json', import.meta.url), 'utf8')) as ActorFile;
  const named = new Map<string, NamedActor>();
  let maxWords = 1;
  for (const actor of file.actors) {
    const display = actor.names[0]!;
    for (const n of actor.names) {
      const key = tokens(n)
        .map((t) => t.lower)
        .join(' ');
      named.set(key, {
        name: display,
        side: actor.side,
        role: actor.role,
        ...(actor.ownVoice === 'NEUTRAL' ? { neutralVoice: true } : {}),
      });
      maxWords = Math.max(maxWords, key.split(' ').length);
    }
  }
  countriesOfFile = file.countries;
  const conventions = file.sideConventions ?? {};
  conventionsOfFile = {
    ownGain: bySide(conventions.ownGainWords, (words) => `\\b${words}`),
    liberatedFrom: bySide(conventions.liberatedFrom, (words) => `^\\s*(?:back\\s+)?from\\s+(?:the\\s+)?${words}`),
    enemyGain: bySide(conventions.enemyGainWords, (words) => `\\b${words}`),
    besieger: conventions.besiegerNamingNobody ?? null,
    announcesEachCapture: new Set(conventions.announcesEachCapture ?? []),
    theCapital: conventions.theCapital ?? null,
  };
  sideWordsOfFile = {
    RU: [...new Set([...file.sideWords.RU, ...file.countries.RU])],
    UA: [...new Set([...file.sideWords.UA, ...file.countries.UA])],
  };
  const sideOf = new Map<string, Side>();
  for (const side of ['RU', 'UA'] as const) for (const w of file.sideWords[side]) sideOf.set(w.toLowerCase().replace(/’/g, "'"), side);
  const countryOf = new Map<string, Side>();
  for (const side of ['RU', 'UA'] as const) for (const w of file.countries[side]) countryOf.set(w.toLowerCase(), side);
  const roleOf = new Map<string, string>();
  for (const [role, nouns] of Object.entries(file.roleNouns))
    for (const n of nouns)
      roleOf.set(
        tokens(n)
          .map((t) => t.lower)
          .join(' '),
        role,
      );
  const starts = (keys: Iterable<string>): Map<string, number> => {
    const out = new Map<string, number>();
    for (const key of keys) {
      const words = key.split(' ');
      const first = words[0]!.replace(/'s$/, '');
      const start = first === 'the' && words.length > 1 ? words[1]!.replace(/'s$/, '') : first;
      out.set(start, Math.max(out.get(start) ?? 0, words.length));
      out.set(first, Math.max(out.get(first) ?? 0, words.length));
    }
    return out;
  };
  const namedTree: NameNode = { next: new Map() };
  for (const [key, actor] of named) {
    let node = namedTree;
    for (const word of key.split(' ')) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map() }));
      node = child;
    }
    node.actor = actor;
  }
  // One-word names of people and bodies by spelling key; a key both sides share says nothing.
  const spellings = new Map<string, { actor: NamedActor; unique: boolean } | null>();
  for (const actor of file.actors)
    for (const n of actor.names) {
      if (!/^[A-Z][a-z]+$/.test(n) || n.length < SPELLING_MIN) continue;
      const key = spellingKey(n);
      const seen = spellings.get(key);
      const found: NamedActor = { name: actor.names[0]!, side: actor.side, role: actor.role };
      if (seen === undefined) spellings.set(key, { actor: found, unique: true });
      else if (seen && seen.actor.side !== actor.side) spellings.set(key, null);
      else if (seen && seen.actor.name !== found.name) spellings.set(key, { actor: seen.actor, unique: false });
    }
  lexicon = {
    spellings: new Map([...spellings].filter((e): e is [string, { actor: NamedActor; unique: boolean }] => e[1] !== null)),
    named,
    namedTree,
    sideOf,
    countryOf,
    roleOf,
    maxWords,
    roleStarts: starts(roleOf.keys()),
    adversaries: new Set((file.adversaryNouns ?? []).map((n) => n.toLowerCase())),
    adversaryUsedBy: new Map(
      (['RU', 'UA'] as const).flatMap((side) => (file.adversaryNounsUsedBy?.[side] ?? []).map((n) => [n.toLowerCase(), side] as const)),
    ),
    adversaryStarts: longestBy(file.adversaryNouns ?? [], (words) => words[0]!),
    adversaryEnds: longestBy(file.adversaryNouns ?? [], (words) => words[words.length - 1]!),
    observers: new Set((file.observerWords ?? []).map((n) => n.toLowerCase())),
    unitTypes: (['RU', 'UA'] as const)
      .filter((side) => file.unitTypeWords?.[side]?.length)
      .map((side) => ({
        side,
        words: new RegExp(
          `\\b(?:${file.unitTypeWords![side].map((w) => w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`,
        ),
      })),
  };
  return lexicon;
};

const APPOSITION_NOT_A_NOUN_PHRASE =
  /^(?:which|who|whom|whose|that|where|when|according|in|on|at|during|after|before|with|to|from|speaking|writing|citing)\b|\b(?:denied|denies|rejected|confirmed|is|are|was|were|has|have|had|will|would|said|says|say|told|claimed|claims|stated|states|reported|reports|wrote|writes|added|announced|noted|continue[sd]?|launched|captured|took|seized|advanced)\b/i;
const NOT_A_DESCRIPTOR = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'for',
  'with',
  'to',
  'by',
  'from',
  'that',
  'said',
  'says',
  'say',
  'claim',
  'claims',
  'told',
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'not',
  'but',
  'while',
  'as',
  'after',
  'before',
  'when',
  'where',
  'which',
  'who',
  'whose',
  'if',
  'than',
  'then',
  'so',
  'because',
  'although',
  'though',
  'since',
  'until',
  'into',
  'over',
  'under',
  'about',
  'against',
  'between',
  'during',
  'without',
  'also',
  'still',
  'now',
  'it',
  'they',
  'this',
  'these',
  'those',
  'there',
]);
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
const PRONOUNS = new Set(['he', 'she', 'him', 'they', 'it', 'we']);
const PERSON_WORD = /^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/;
const NOT_A_NAME = new Set([
  'on',
  'in',
  'at',
  'the',
  'since',
  'by',
  'for',
  'after',
  'before',
  'during',
  'until',
  'when',
  'while',
  'but',
  'and',
  'as',
  'this',
  'that',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'president',
  'prime',
  'minister',
  'general',
  'chief',
  'commander',
  'colonel',
  'lieutenant',
  'major',
  'captain',
  'governor',
  'mayor',
  'spokesman',
  'spokeswoman',
  // "Dnipropetrovsk Oblast, the settlement of X fell under Russian control": a region, not a person.
  'oblast',
  'region',
  'province',
  'district',
  'raion',
  'republic',
  'krai',
]);
const DESCRIPTOR_SKIP = new Set([
  'the',
  'a',
  'an',
  'another',
  'top',
  'senior',
  'state',
  'local',
  'regional',
  'war',
  'its',
  'their',
  'his',
  'her',
  'of',
  'own',
  'main',
  'chief',
  'deputy',
  'former',
  'self-proclaimed',
]);

/** " of the aggressor country", " of the terrorist state": what Ukrainian copy calls Russia, after a body's noun. */
const AGGRESSOR_STATE_AFTER = /^\s+of\s+(?:the\s+)?(?:aggressor|terrorist|occupying)\s+(?:country|state)\b/i;

/** The capitals of the breakaway republics, whose militias and armies are named after them. */
const BREAKAWAY_SEATS = new Set(['luhansk', 'lugansk', 'donetsk']);

/**
 * Where "Luhansk" stands right before a militia, an army or forces (with "popular", "people's" between), -1 for none:
 * the breakaway republic's forces ("the Lugansk popular militia"), not a region's ("the Luhansk region's forces").
 */
const breakawaySeatBefore = (ts: Token[], nameStart: number, head: number, text: string): number => {
  // (Not "Ukraine's Luhansk group of forces": a command of a side's own, named after where it fights.)
  if (!/^(?:militias?|army|forces)$/.test(ts[head]!.lower) || ts[head - 1]?.lower === 'of') return -1;
  let k = nameStart - 1;
  while (k >= 0 && /^(?:popular|people's|people’s)$/.test(ts[k]!.lower)) k--;
  if (k < 0 || !BREAKAWAY_SEATS.has(ts[k]!.lower) || !ts[k]!.capitalised || /['’]s$/.test(ts[k - 1]?.lower ?? '')) return -1;
  return text.slice(ts[k]!.end, ts[nameStart]!.start).trim().replace(/\s+/g, ' ').split(' ').length <= 1 ? k : -1;
};

/** The side a descriptor word gives, following possessives: "Ukraine's" → UA. */
const sideWord = (lower: string, lex: Lexicon): Side | null =>
  lex.sideOf.get(lower) ?? (lower.endsWith("'s") ? lex.sideOf.get(lower.slice(0, -2)) : undefined) ?? affiliatedSide(lower, lex);

/** "VDV-affiliated", "Wagner-linked", "Kremlin-aligned": the side of the actor or side word before the hyphen. */
const affiliatedSide = (lower: string, lex: Lexicon): Side | null => {
  const m = /^(.+)-(?:affiliated|linked|aligned|backed|allied|run|led|funded|connected|controlled)$/.exec(lower);
  if (!m) return null;
  const side = lex.sideOf.get(m[1]!) ?? lex.countryOf.get(m[1]!) ?? lex.named.get(m[1]!)?.side ?? null;
  return side === 'RU' || side === 'UA' ? side : null;
};

/**
 * Actor mentions in a sentence, in text order, non-overlapping. Longer phrases win: "Russia's Defence
 * Ministry" is one institution, "Russian military bloggers" one group, "Leonid Sharov, spokesman for the
 * Sapad group" one person whose side comes from his title.
 */
/**
 * The side an outlet speaks for when it is a side's own media (TASS, Ukrinform); null for others. "Ukrinform via
 * MENAFN" is Ukrinform's copy.
 */
/** The lexicon's entry for an outlet: the longest known name its origin's words begin with. */
const knownOutlet = (outlet: string | null): NamedActor | null => {
  if (!outlet) return null;
  // "TASS via MENAFN": the origin; "MENAFN (RT copy)": the copy's origin in brackets; "Sputnik International": the
  // longest known name its words begin with.
  const origin = outlet.split(/\s+via\s+/i)[0]!;
  const bracketed = /\(([^)]+)\)/.exec(origin)?.[1];
  const named = loadLexicon().named;
  for (const name of [bracketed, origin.replace(/\([^)]*\)/g, ' ')]) {
    if (!name) continue;
    const words = tokens(name).map((t) => t.lower);
    for (let n = words.length; n >= 1; n--) {
      const known = named.get(words.slice(0, n).join(' '));
      // "RT (AFP copy)": a copy's known origin decides, whatever its side.
      if (known) return known;
    }
  }
  return null;
};

/** The side an outlet belongs to (its "own forces", "the General Staff"), or null. */
export const sideOfOutlet = (outlet: string | null): 'RU' | 'UA' | null => {
  const known = knownOutlet(outlet);
  return known && (known.side === 'RU' || known.side === 'UA') ? known.side : null;
};

/**
 * The side an outlet's own unattributed copy speaks for: a side's media (TASS, Ukrinform) relay that side's word,
 * unless the lexicon gives the outlet a voice of its own ("ownVoice": the Kyiv Independent's reporting is its own).
 */
export const voiceOfOutlet = (outlet: string | null): 'RU' | 'UA' | null =>
  knownOutlet(outlet)?.neutralVoice ? null : sideOfOutlet(outlet);

/**
 * The names the lexicon knows that begin at token `i`, walking `tree` word by word: the result's entry n is the actor
 * named by the n words from `i` (the last of them may drop its possessive "'s"), undefined where those words name no
 * one. The words of a name follow each other with only spaces between, or a pair of quotes around one of them.
 */
const NO_NAMES: readonly (NamedActor | undefined)[] = [];
const namesFrom = (tree: NameNode | undefined, ts: Token[], i: number, text: string): readonly (NamedActor | undefined)[] => {
  // Most words begin no name: no array is made for them.
  const t0 = ts[i];
  if (!tree || !t0 || (!tree.next.has(t0.lower) && (t0.lower === t0.base || !tree.next.has(t0.base)))) return NO_NAMES;
  const out: (NamedActor | undefined)[] = [];
  let node: NameNode | undefined = tree;
  for (let n = 1; node && i + n - 1 < ts.length; n++) {
    const t = ts[i + n - 1]!;
    if (n > 1 && !isBlank(text, ts[i + n - 2]!.end, t.start)) break;
    const exact = node.next.get(t.lower);
    const actor = exact?.actor ?? (t.lower !== t.base ? node.next.get(t.base)?.actor : undefined);
    if (actor) out[n] = actor;
    node = exact;
  }
  return out;
};

/**
 * Whether text[from, to) holds only whitespace (a single space, most often), or, beside it, one quote of a pair set
 * around a single word of the name ("the ‘Sever’ military group", 'the "West" grouping'): an opening quote before the
 * word, its closing one right after it, or the other way round.
 */
const isBlank = (text: string, from: number, to: number): boolean => {
  if ((to === from + 1 && text.charCodeAt(from) === 32) || text.slice(from, to).trim() === '') return true;
  const gap = text.slice(from, to);
  const opening = /^\s+["“‘«]$/.exec(gap);
  if (opening) return QUOTED_WORD_AFTER.test(text.slice(to, to + 40));
  const closing = /^["”’»]\s+$/.exec(gap);
  return closing !== null && QUOTED_WORD_BEFORE.test(text.slice(Math.max(0, from - 40), from));
};
/** A word and its closing quote, right after an opening one. */
const QUOTED_WORD_AFTER = /^[\w-]+["”’»]/;
/** An opening quote and a word, right before a closing one. */
const QUOTED_WORD_BEFORE = /(?:^|\s)["“‘«][\w-]+$/;

/** The one side whose army alone uses words of this unit's designation, or null (none, or both). */
const unitTypeSide = (designation: string, lex: Lexicon): Side | null => {
  const sides = lex.unitTypes.filter((u) => u.words.test(designation));
  return sides.length === 1 ? sides[0]!.side : null;
};

/** Whether words read as a headline in title case: four or more, most of them capitalised. */
export const inTitleCase = (words: readonly string[]): boolean => {
  if (words.length < 4) return false;
  let capitalised = 0;
  for (const w of words) if (/^[A-Z]/.test(w)) capitalised++;
  return capitalised / words.length > 0.6;
};

/** Where "his", "her", "its", "their" or "our" stands before a role noun at `i`, up to two plain lower-case words between. */
const possessorBefore = (ts: Token[], i: number, taken: boolean[], text: string): number => {
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    if (taken[k] || text.slice(ts[k]!.end, ts[k + 1]!.start) !== ' ') return -1;
    if (/^(?:his|her|their|its|our)$/.test(ts[k]!.lower)) return k;
    if (ts[k]!.capitalised || !/^[a-z-]+$/.test(ts[k]!.lower)) return -1;
  }
  return -1;
};

/** The words of an adversary phrase of `n` words from `i`, as the lexicon lists them. */
const phraseOf = (ts: Token[], i: number, n: number): string =>
  ts
    .slice(i, i + n)
    .map((t) => t.lower)
    .join(' ');

/** For the phrases of two words or more, lower-cased: the word `at` picks out → the most words a phrase it picks has. */
const longestBy = (phrases: readonly string[], at: (words: string[]) => string): Map<string, number> => {
  const out = new Map<string, number>();
  for (const phrase of phrases) {
    const words = phrase.toLowerCase().split(' ');
    if (words.length > 1) out.set(at(words), Math.max(out.get(at(words)) ?? 0, words.length));
  }
  return out;
};

/** Whether none of the tokens [from, to) is taken. */
const free = (taken: boolean[], from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (taken[k]) return false;
  return true;
};

/**
 * How many words the longest adversary phrase at `i` has, 0 for none ("enemy's": a possessive's base). Only a word that
 * begins a phrase of the lexicon's is looked at further: the lookup runs on every word of every sentence.
 */
const adversaryAt = (ts: Token[], i: number, taken: boolean[], lex: Lexicon): number => {
  const longest = lex.adversaryStarts.get(ts[i]!.lower) ?? 0;
  for (let n = Math.min(longest, ts.length - i); n >= 2; n--)
    if (free(taken, i, i + n) && lex.adversaries.has(phraseOf(ts, i, n))) return n;
  return lex.adversaries.has(ts[i]!.base) ? 1 : 0;
};

/** Where an adversary phrase of two words or more that ends at `head` begins, -1 for none. */
const adversaryEndingAt = (ts: Token[], head: number, taken: boolean[], lex: Lexicon): number => {
  const longest = lex.adversaryEnds.get(ts[head]!.lower) ?? 0;
  for (let n = Math.min(longest, head + 1); n >= 2; n--)
    if (free(taken, head - n + 1, head) && lex.adversaries.has(phraseOf(ts, head - n + 1, n))) return head - n + 1;
  return -1;
};

export const findActors = (text: string): ActorMention[] => {
  const lex = loadLexicon();
  const ts = tokens(text);
  const found: ActorMention[] = [];
  const taken = new Array<boolean>(ts.length).fill(false);
  const add = (i: number, j: number, m: Omit<ActorMention, 'start' | 'end'>): void => {
    for (let k = i; k <= j; k++) taken[k] = true;
    found.push({ start: ts[i]!.start, end: ts[j]!.end, ...m });
  };

  // 1. Named actors from the lexicon (longest phrase first); a one-word person name must be capitalised.
  for (let i = 0; i < ts.length; i++) {
    if (taken[i]) continue;
    // Every name beginning at this word, longest first; "the" before it may be part of the name.
    const direct = namesFrom(lex.namedTree, ts, i, text);
    const afterThe = i > 0 && ts[i - 1]!.lower === 'the' ? namesFrom(lex.namedTree.next.get('the'), ts, i, text) : [];
    if (!direct.length && !afterThe.length) {
      // "Gerashimov", "Sirskyi": a capitalised word the lexicon knows in another spelling.
      const t = ts[i]!;
      const known = t.capitalised && t.base.length >= SPELLING_MIN ? lex.spellings.get(cachedSpellingKey(t.base)) : undefined;
      if (known) {
        const name = known.unique ? known.actor.name : t.text.replace(/['’]s$/, '');
        add(i, i, { name, side: known.actor.side, role: known.actor.role, kind: 'named', plural: false });
      }
      continue;
    }
    const longest = Math.max(direct.length, afterThe.length) - 1;
    for (let n = longest; n >= 1; n--) {
      const actor = direct[n] ?? afterThe[n];
      if (!actor || (n === 1 && !/^[A-Z]/.test(ts[i]!.text))) continue;
      if (n === 1 && actor.role !== 'media' && /'s$/.test(ts[i]!.lower) && lex.roleOf.has(ts[i + 1]?.lower ?? '')) break;
      // "the Ukrainian brigade Chartia": the descriptor before a named unit belongs to its name.
      let from = i;
      if (from > 0 && /^(?:brigade|battalion|regiment|unit|group|division|corps|detachment)$/.test(ts[from - 1]!.lower)) {
        while (
          from > 0 &&
          !taken[from - 1] &&
          (lex.roleOf.has(ts[from - 1]!.lower) || sideWord(ts[from - 1]!.lower, lex)) &&
          text.slice(ts[from - 1]!.end, ts[from]!.start) === ' '
        )
          from--;
      }
      const name = from < i && actor.role === 'military' ? text.slice(ts[from]!.start, ts[i + n - 1]!.end) : actor.name;
      add(from, i + n - 1, { name, side: ofCountry(text, ts[i + n - 1]!.end, actor, lex), role: actor.role, kind: 'named', plural: false });
      i += n - 1;
      break;
    }
  }

  // 2. People the lexicon does not know, whose side their title gives: "Russian war propagandist Yuri X",
  //    "Viktor X, a Ukrainian military spokesman". Not in a headline in title case ("Ukraine Withdraws From
  //    Vuhledar"), where every word is capitalised.
  const titleCase = inTitleCase(ts.filter((t) => /^[A-Za-z]/.test(t.text)).map((t) => t.text));
  for (let i = 0; !titleCase && i + 1 < ts.length; i++) {
    if (taken[i] || taken[i + 1]) continue;
    if (!ts[i]!.capitalised || !ts[i + 1]!.capitalised || ts[i + 1]!.start !== ts[i]!.end + 1) continue;
    if (!PERSON_WORD.test(ts[i]!.text) || !PERSON_WORD.test(ts[i + 1]!.text)) continue;
    if (
      sideWord(ts[i]!.lower, lex) ||
      lex.roleOf.has(ts[i]!.lower) ||
      lex.countryOf.has(ts[i]!.lower) ||
      NOT_A_NAME.has(ts[i]!.lower) ||
      NOT_A_NAME.has(ts[i + 1]!.lower)
    )
      continue;
    if (lex.roleOf.has(`${ts[i]!.lower} ${ts[i + 1]!.lower}`) || lex.roleOf.has(ts[i + 1]!.lower)) continue;
    // "Southern Defence Forces": two capitalised words before a role noun name an institution, not a person.
    if (lex.roleOf.has(ts[i + 2]?.lower ?? '') && ts[i + 2]!.capitalised) continue;
    const before = descriptorSide(ts, i - 1, -1, lex, text);
    const afterText = text.slice(ts[i + 1]!.end, ts[i + 1]!.end + 90);
    // An apposition is a noun phrase ("Viktor X, a Ukrainian military spokesman,"), not the next clause.
    const phrase = /^,\s+(?:a|an|the)?\s*([^,]{3,80}?)(?:,|$)/.exec(afterText)?.[1];
    const apposition = phrase && !APPOSITION_NOT_A_NOUN_PHRASE.test(phrase) ? phrase : null;
    const after = apposition ? sideOfPhrase(apposition, lex) : null;
    // "The head of Russia's Vostok group, Andrei X, said": the title before the name, set off by commas.
    const titleBefore = /(?:^|[,;]\s+)([^,;]{3,80}),\s+$/.exec(text.slice(Math.max(0, ts[i]!.start - 90), ts[i]!.start))?.[1];
    const title = titleBefore && !APPOSITION_NOT_A_NOUN_PHRASE.test(titleBefore) ? sideOfPhrase(titleBefore, lex) : null;
    const side = before?.side ?? after?.side ?? (title?.role ? title.side : null) ?? null;
    if (!side) continue;
    add(i, i + 1, {
      name: `${ts[i]!.text} ${ts[i + 1]!.text}`,
      side,
      role: before?.role ?? after?.role ?? title?.role ?? 'official',
      kind: 'named',
      plural: false,
      guessed: true,
    });
    i++;
  }

  // 3. Noun phrases headed by a role noun, their side from a descriptor: "Russian military bloggers".
  for (let i = 0; i < ts.length; i++) {
    if (taken[i]) continue;
    const roleLength = lex.roleStarts.get(ts[i]!.lower);
    if (!roleLength) continue;
    let head = -1;
    let role: string | undefined;
    for (let n = Math.min(3, roleLength); n >= 1 && head < 0; n--) {
      if (i + n > ts.length || ts.slice(i, i + n).some((_, k) => taken[i + k])) continue;
      const key = ts
        .slice(i, i + n)
        .map((t) => t.lower)
        .join(' ');
      role = lex.roleOf.get(key);
      if (role) head = i + n - 1;
    }
    if (head < 0 || !role) continue;
    // "a sabotage group", "sabotage and reconnaissance groups": a role noun that ends an adversary phrase is read with
    // it below, unless a side word stands before it ("Russian sabotage groups").
    const adversaryFrom = adversaryEndingAt(ts, head, taken, lex);
    // "military spokesman", "defence ministry officials": the phrase ends at its last role noun.
    while (
      head + 1 < ts.length &&
      !taken[head + 1] &&
      lex.roleOf.has(ts[head + 1]!.lower) &&
      text.slice(ts[head]!.end, ts[head + 1]!.start) === ' '
    )
      head++;
    // A unit's or command's proper name before its head noun: "Ukraine's 7th Rapid Response Corps", "the 3rd Separate
    // Assault Brigade", "Ukraine's Southern Defence Forces".
    let nameStart = i;
    if (ts[i]!.capitalised && ts[head]!.capitalised) {
      while (
        nameStart > 0 &&
        i - nameStart < 5 &&
        !taken[nameStart - 1] &&
        text.slice(ts[nameStart - 1]!.end, ts[nameStart]!.start) === ' ' &&
        (ORDINAL.test(ts[nameStart - 1]!.lower) ||
          (ts[nameStart - 1]!.capitalised &&
            !sideWord(ts[nameStart - 1]!.lower, lex) &&
            !lex.countryOf.has(ts[nameStart - 1]!.base) &&
            !DETERMINERS.has(ts[nameStart - 1]!.lower) &&
            !ts[nameStart - 1]!.lower.endsWith("'s")))
      )
        nameStart--;
    }
    let descriptor = firstOfJoinedSides(ts, head, descriptorSide(ts, nameStart - 1, -1, lex, text), lex, text);
    if (adversaryFrom >= 0 && !descriptor) continue;
    // Capitalised words count as the unit's name only when numbered or when a side stands before them.
    if (nameStart < i && !descriptor && !ts.slice(nameStart, i).some((t) => ORDINAL.test(t.lower))) {
      nameStart = i;
      descriptor = descriptorSide(ts, i - 1, -1, lex, text);
    }
    // "the Luhansk militia", "the Lugansk popular militia", "the Luhansk armed forces": the forces of a breakaway
    // republic, named by its city, fight for Russia.
    const breakaway = descriptor ? -1 : breakawaySeatBefore(ts, nameStart, head, text);
    if (breakaway >= 0) descriptor = { side: 'RU', role, from: breakaway };
    // "the head of Russia's Vostok group", "a spokesman for the Russian defence ministry", "an official with the
    // Russian-backed Donetsk People's Republic", "a sabotage group from Ukraine".
    // ("a spokesman for the 93rd Separate Mechanized Brigade": a numbered unit's whole designation.)
    const ofSide = /^ (?:of|for|at|with|from|representing) (?:the )?(\d+(?:st|nd|rd|th)(?: [A-Z][\w'’-]+)+|[\w'’-]+(?: [\w'’-]+)?)/.exec(
      text.slice(ts[head]!.end, ts[head]!.end + 60),
    );
    // "the ministry in Moscow", "officials in Kyiv": a capital or country the body sits in.
    const seat = /^ in ([A-Z][\w'’-]+)(?![\w'’-]*\s+(?:region|oblast|province|direction))/.exec(
      text.slice(ts[head]!.end, ts[head]!.end + 40),
    );
    // "the Ministry of Defense of the aggressor country", "the army of the terrorist state": Russia, as Ukrainian copy
    // names it.
    const aggressorSide = AGGRESSOR_STATE_AFTER.test(text.slice(ts[head]!.end, ts[head]!.end + 40)) ? 'RU' : null;
    const seatSide =
      seat && (role === 'government' || role === 'military')
        ? (lex.countryOf.get(seat[1]!.replace(/['’]s$/, '').toLowerCase()) ?? null)
        : null;
    // "the 59th Separate Motorized Infantry Brigade", "the 136th Motor Rifle Brigade": a numbered unit the lexicon
    // does not name, whose designation only one side's army uses.
    const numbered = nameStart < i && ts.slice(nameStart, i).some((t) => ORDINAL.test(t.lower));
    const unitSide = numbered ? unitTypeSide(text.slice(ts[nameStart]!.start, ts[head]!.end).toLowerCase(), lex) : null;
    // "separatists": a role noun that is itself a side word. ("Ukrainian separatists": a nationality before it says
    // where they are from, not whom they fight for; the noun's side wins.)
    const headSide = sideWord(ts[head]!.lower, lex);
    const side =
      headSide ?? descriptor?.side ?? (ofSide ? sideOfPhrase(ofSide[1]!, lex)?.side : null) ?? aggressorSide ?? seatSide ?? unitSide;
    // "his forces", "his outgunned forces", "its remaining troops": a possessive pronoun, up to two plain words before.
    const possessor = descriptor ? -1 : possessorBefore(ts, i, taken, text);
    const from = descriptor ? descriptor.from : possessor >= 0 ? possessor : nameStart;
    const name = text.slice(ts[from]!.start, ts[head]!.end).replace(/^(?:the|a|an|another)\s+/i, '');
    const plural = /s$/.test(ts[head]!.lower) && !/ss$/.test(ts[head]!.lower);
    add(from, head, { name, side, role, kind: 'generic', plural });
    i = head;
  }

  // 4. The other side, as a side calls it: "the enemy", "the occupiers", "enemy forces", "sabotage and reconnaissance
  // groups" (the longest phrase of the lexicon's).
  for (let i = 0; i < ts.length; i++) {
    if (taken[i]) continue;
    // ("the enemy's control": the possessive too.)
    const n = adversaryAt(ts, i, taken, lex);
    if (!n) continue;
    const phrase = n === 1 ? ts[i]!.base : phraseOf(ts, i, n);
    const usedBy = lex.adversaryUsedBy.get(phrase);
    // "the Russian occupiers": a side word before the noun says whose.
    const named = i > 0 && !taken[i - 1] && isBlank(text, ts[i - 1]!.end, ts[i]!.start) ? sideWord(ts[i - 1]!.lower, lex) : null;
    if (named) {
      add(i - 1, i + n - 1, {
        name: text.slice(ts[i - 1]!.start, ts[i + n - 1]!.end),
        side: named,
        role: 'military',
        kind: 'generic',
        plural: true,
      });
      i += n - 1;
      continue;
    }
    add(i, i + n - 1, {
      name: text.slice(ts[i]!.start, ts[i + n - 1]!.end),
      side: null,
      role: 'military',
      kind: 'generic',
      plural: true,
      adversary: true,
      ...(usedBy ? { usedBy } : {}),
    });
    i += n - 1;
  }

  // 5. "The Russians", "the Ukrainians": a people named by its side stands for its forces.
  for (let i = 0; i < ts.length; i++) {
    if (taken[i] || !ts[i]!.capitalised || !/(?:ians|ans)$/.test(ts[i]!.lower)) continue;
    const side = lex.sideOf.get(ts[i]!.lower);
    if (side) add(i, i, { name: ts[i]!.text, side, role: 'military', kind: 'generic', plural: true });
  }

  // 6. Countries and capitals as their governments, and pronouns.
  for (let i = 0; i < ts.length; i++) {
    if (taken[i]) continue;
    const side = lex.countryOf.get(ts[i]!.base);
    // "KYIV, May 21 (Reuters) -": a dateline names where the story was filed, not who speaks.
    // "Kyiv Oblast", "the Kyiv region": a capital naming its region is a place, not a government.
    // (Both only asked of a country's or capital's name.)
    const dateline =
      side !== undefined &&
      i === 0 &&
      ts[i]!.text.length > 2 &&
      ts[i]!.text === ts[i]!.text.toUpperCase() &&
      /^[,(]|^\s+\(/.test(text.slice(ts[i]!.end));
    const region = side !== undefined && /^(?:oblast|region|province)$/.test(ts[i + 1]?.lower ?? '');
    if (side && /^[A-Z]/.test(ts[i]!.text) && !dateline && !region)
      add(i, i, { name: ts[i]!.text.replace(/['’]s$/, ''), side, role: 'country', kind: 'country', plural: false });
    else if (
      PRONOUNS.has(ts[i]!.lower) ||
      (ts[i]!.lower === 'head' && ts[i - 1]?.lower === 'the' && ts[i + 2]?.lower === 'state') ||
      // "according to her": "her" as an object, not a possessive ("her unit").
      (ts[i]!.lower === 'her' && ts[i - 1]?.lower === 'to' && ts[i - 2]?.lower === 'according')
    ) {
      add(i, ts[i]!.lower === 'head' ? i + 2 : i, {
        name: ts[i]!.text,
        side: null,
        role: null,
        kind: 'pronoun',
        plural: ts[i]!.lower === 'they' || ts[i]!.lower === 'we',
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
};

/** The roles of those who report rather than fight (the lexicon's role nouns): "sources", "Telegram channels",
 * "military bloggers", "analysts". */
const REPORTING_ROLES = new Set(['media', 'blogger', 'observer']);

/**
 * "Russian and Ukrainian sources reported", "Russia and Ukrainian Telegram channels": sides joined before one noun of
 * those who report; the labels read such a phrase as its first side's. (Not "Russian and Ukrainian forces fought":
 * forces of both sides are each side's own.)
 */
const firstOfJoinedSides = (
  ts: Token[],
  head: number,
  descriptor: { side: Side; role: string | null; from: number } | null,
  lex: Lexicon,
  text: string,
): { side: Side; role: string | null; from: number } | null => {
  if (!descriptor || descriptor.side === 'NEUTRAL' || !REPORTING_ROLES.has(lex.roleOf.get(ts[head]!.lower) ?? '')) return descriptor;
  const [before, joint] = [ts[descriptor.from - 2], ts[descriptor.from - 1]];
  if (!before || !joint || !/^(?:and|or)$/.test(joint.lower) || before.lower.endsWith("'s")) return descriptor;
  if (text.slice(before.end, joint.start) !== ' ' || text.slice(joint.end, ts[descriptor.from]!.start) !== ' ') return descriptor;
  const first = sideWord(before.lower, lex) ?? lex.countryOf.get(before.base) ?? null;
  return first && first !== 'NEUTRAL' ? { ...descriptor, side: first, from: descriptor.from - 2 } : descriptor;
};

/** The side and role of the words just before (or after) a name, stopping at anything that is not a descriptor. */
const descriptorSide = (
  ts: Token[],
  from: number,
  step: -1 | 1,
  lex: Lexicon,
  text: string,
): { side: Side; role: string | null; from: number } | null => {
  let side: Side | null = null;
  let role: string | null = null;
  let first = from + 1;
  let skipped = 0;
  for (let k = from, seen = 0; k >= 0 && k < ts.length && seen < 5; k += step, seen++) {
    const next = ts[k - step];
    // 'the Ukrainian “Khortytsia” group': quote marks around a unit's name do not part it from its descriptor.
    if (
      next &&
      text
        .slice(Math.min(ts[k]!.end, next.end), Math.max(ts[k]!.start, next.start))
        .replace(/["“”«»]/g, '')
        .trim() !== ''
    )
      break;
    const lower = ts[k]!.lower;
    // "Western officials", "US intelligence": observers, whose side is neither.
    const s = sideWord(lower, lex) ?? (lex.observers.has(lower) ? 'NEUTRAL' : null);
    if (s) {
      // "Independent Ukrainian analysts": a side word outranks an observer word.
      if (s !== 'NEUTRAL' || !side) side = s;
      first = k;
      // "bloggers say Moscow's forces": a possessive begins its noun phrase.
      if (step === -1 && lower.endsWith("'s")) break;
      continue;
    }
    const r = lex.roleOf.get(lower);
    if (r) {
      role ??= r;
      first = k;
      continue;
    }
    // "under the control of Russian forces": before its side word, "of" begins another noun phrase, unless a role
    // noun heads it ("the commander of Russian forces").
    if (side && step === -1 && lower === 'of' && !lex.roleOf.has(ts[k - 1]?.lower ?? '')) break;
    // "Russia denied its forces ...": a possessive determiner begins its noun phrase; nothing before it describes it.
    if (step === -1 && /^(?:its|their|his|her|our)$/.test(lower)) break;
    if (
      DESCRIPTOR_SKIP.has(lower) ||
      /^(?:military|defence|defense|foreign|armed|war|army|ministry|media|news|agency|intelligence|operational|command|grouping|official)$/.test(
        lower,
      )
    ) {
      first = k;
      continue;
    }
    // "a Ukrainian monitoring group", "Russian state media": a plain word or two between the side and the head.
    // ("Ukraine started a military operation": a verb in the past is no descriptor.)
    if (
      !(side && step === -1) &&
      skipped < 2 &&
      /^[a-z][a-z-]+$/.test(lower) &&
      !/[^-]ed$/.test(lower) &&
      !NOT_A_DESCRIPTOR.has(lower) &&
      ts[k]!.text === lower
    ) {
      skipped++;
      continue;
    }
    break;
  }
  if (!side) return null;
  while (first < ts.length && /^(?:of)$/.test(ts[first]!.lower)) first++;
  return { side, role, from: first };
};

/** The longest name the lexicon knows inside a phrase's tokens, the first such from the left. */
const namedWithin = (ts: Token[], text: string, lex: Lexicon): NamedActor | undefined => {
  for (let i = 0; i < ts.length; i++) {
    const names = namesFrom(lex.namedTree, ts, i, text);
    for (let n = names.length - 1; n >= 1; n--) if (names[n]) return names[n];
  }
  return undefined;
};

const sideOfPhrase = (phrase: string, lex: Lexicon): { side: Side; role: string | null } | null => {
  let side: Side | null = null;
  let role: string | null = null;
  let numbered = false;
  const ts = tokens(phrase);
  for (const t of ts) {
    side ??= sideWord(t.lower, lex) ?? lex.countryOf.get(t.base) ?? lex.named.get(t.lower)?.side ?? null;
    role ??= lex.roleOf.get(t.lower) ?? null;
    numbered ||= ORDINAL.test(t.lower);
  }
  // ("deputy head of the Kharkiv Regional Military Administration": a name of several words the lexicon knows.)
  side ??= namedWithin(ts, phrase, lex)?.side ?? null;
  // "a spokesman for the 24th Mechanized Brigade": a numbered unit whose designation only one side's army uses.
  side ??= numbered ? unitTypeSide(phrase.toLowerCase(), lex) : null;
  return side ? { side, role } : null;
};

/** Side markers in a stretch of text ("Russian", "Kyiv's", "pro-Kremlin"): for agents of verbs. */
export const sideMarkers = (text: string): readonly SideMarker[] => {
  // The readers ask again and again of the same sentence: the last few answers are kept (they are never changed).
  for (const [known, markers] of recentMarkers) if (known === text) return markers;
  const lex = loadLexicon();
  const out: SideMarker[] = [];
  for (const t of tokens(text)) {
    const side = sideWord(t.lower, lex) ?? lex.countryOf.get(t.base);
    if (side) out.push({ side, start: t.start, end: t.end });
  }
  recentMarkers.unshift([text, out]);
  if (recentMarkers.length > RECENT_MARKERS) recentMarkers.pop();
  return out;
};

export interface SideMarker {
  side: Side;
  start: number;
  end: number;
}
const RECENT_MARKERS = 4;
const recentMarkers: [string, readonly SideMarker[]][] = [];
