// A small token-pattern language for the extractor's rules, in the spirit of spaCy's Matcher: a pattern is a
// sequence of token tests, compiled once to one regular expression over a sentence's lower-cased tokens, and
// the words a pattern cannot match without ("anchors") are derived from it, so a sentence is tried only by the
// rules whose words it contains.
//
//   captured|seized|took      one token, any of these words
//   withdr...                 a token beginning with "withdr"
//   ...ing                    a token ending with "ing" (a test no sentence is pre-filtered on)
//   HAVE  SIDE  HAVE|did      a class: a word list from rules/classes.ts or from the lexicon (sides come from data),
//                             alone or among the alternatives of one token
//   ~                         any one token
//   !be|get                   not followed by these words: a test that takes no token ("could !be ~" is "could" and
//                             a word that is not "be")
//   NUM                       a number ("90", "1,000", "12.5")
//   ^                         the start of the sentence (a test that takes no token)
//   x?  x*  x+  x{0,3}        quantifiers, on a token test or a group
//   ( a b | c )               a group with alternatives (brackets and bars stand apart, between spaces)
//   , ; " ( ) —               punctuation tokens ("(" and ")" as tokens are written \( and \))
//   a b => c d                what must follow the match, not part of it: "a b" when "c d" comes next (a lookahead)
//
// Tokens: words (letters, digits, inner hyphens and apostrophes: "pro-kremlin", "o'clock"), a possessive "'s"
// and a negation "n't" ("did", "n't") as tokens of their own, and punctuation; quotes fold to ", dashes to —.

export interface Token {
  /** Lower case, apostrophes and quotes folded (’ → ', “ ” → "). */
  norm: string;
  start: number;
  end: number;
}

const TOKEN =
  /\p{N}+(?:[.,]\p{N}+)*(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+|['’ʼ](?!s\b)[\p{L}\p{N}]+)*|['’ʼ]s\b|[“”"]|[—–]|--|[^\s\p{L}\p{N}]/gu;

/** The token a capitalised month "May" reads as: no rule's word. */
export const MONTH_MAY = 'may(month)';
const BEFORE_MONTH = new Set([
  'in',
  'on',
  'of',
  'since',
  'until',
  'till',
  'by',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'from',
  'through',
  'throughout',
  'during',
  'before',
  'after',
]);

const NUMBER_FIRST = /^\p{N}/u;
const NUMBER_NEXT = /^\s*\p{N}/u;

/** "May" is the month after a number or a word that introduces a time ("21 May", "in May"), or before a number. */
const isMonthMay = (text: string, before: Token | undefined, end: number): boolean =>
  (before !== undefined && (NUMBER_FIRST.test(before.norm) || BEFORE_MONTH.has(before.norm))) || NUMBER_NEXT.test(text.slice(end, end + 3));

export const tokenize = (text: string): Token[] => {
  const out: Token[] = [];
  // An exec loop, not matchAll: no iterator and no copy of the expression per sentence (the matcher's hot path).
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let norm = m[0].toLowerCase();
    if (norm === '“' || norm === '”') norm = '"';
    else if (norm === '–' || norm === '--') norm = '—';
    else if (norm.includes('’') || norm.includes('ʼ')) norm = norm.replace(/[’ʼ]/g, "'");
    const start = m.index;
    const end = start + m[0].length;
    // "not only", "not just": no negation, one token that NEG does not match.
    const last = out[out.length - 1];
    if ((norm === 'only' || norm === 'just') && last?.norm === 'not' && /^\s+$/.test(text.slice(last.end, start))) {
      out[out.length - 1] = { norm: `not-${norm}`, start: last.start, end };
      continue;
    }
    // "on 21 May", "in May", "May 9": the month, not the modal "may" a rule reads as a plan or a guess.
    if (m[0] === 'May' && isMonthMay(text, last, end)) norm = MONTH_MAY;
    // "didn't" is "did" and "n't", as treebanks split it: NEG then matches every negated verb.
    if (norm.length > 3 && norm.endsWith("n't")) {
      out.push({ norm: norm.slice(0, -3), start, end: end - 3 });
      out.push({ norm: "n't", start: end - 3, end });
    } else out.push({ norm, start, end });
  }
  return out;
};

/** A sentence prepared for matching: its tokens joined by single spaces, with a leading space before each. */
export interface TokenText {
  text: string;
  tokens: Token[];
  /** " tok1 tok2 ... " */
  joined: string;
  /** Start of each token in `joined` (after its leading space). */
  at: number[];
  /** Every token, for the anchor test. */
  words: Set<string>;
}

const WORD_TOKEN = /^[\p{L}\p{N}]/u;

/**
 * Scare quotes: a pair of quote marks around one to five words inside a clause ('had been "forced to withdraw" from',
 * 'made "significant gains" in') is dropped, so a rule reads the words as if unquoted. A quotation's own marks, which
 * open after punctuation or at the start, stay.
 */
const withoutScareQuotes = (tokens: Token[]): Token[] => {
  const marks: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.norm === '"') marks.push(i);
  if (marks.length < 2) return tokens;
  const drop = new Set<number>();
  for (let k = 0; k + 1 < marks.length; k += 2) {
    const [a, b] = [marks[k]!, marks[k + 1]!];
    const inner = tokens.slice(a + 1, b);
    if (
      a > 0 &&
      WORD_TOKEN.test(tokens[a - 1]!.norm) &&
      inner.length >= 1 &&
      inner.length <= 5 &&
      inner.every((t) => WORD_TOKEN.test(t.norm))
    ) {
      drop.add(a);
      drop.add(b);
    }
  }
  return drop.size ? tokens.filter((_, i) => !drop.has(i)) : tokens;
};

export const tokenText = (text: string): TokenText => {
  const tokens = withoutScareQuotes(tokenize(text));
  let joined = '';
  const at: number[] = [];
  const words = new Set<string>();
  for (const t of tokens) {
    joined += ' ';
    at.push(joined.length);
    joined += t.norm;
    words.add(t.norm);
  }
  joined += ' ';
  return { text, tokens, joined, at, words };
};

/** A compiled pattern: the regular expression over `TokenText.joined`, and its anchors. */
export interface CompiledPattern {
  source: string;
  re: RegExp;
  /**
   * Words (or prefixes ending in `...`) of which every match contains at least one; null when the pattern has no
   * such test (it is then tried on every sentence).
   */
  anchors: string[] | null;
  /**
   * Every word test a match cannot do without, each as the words (or `prefix...`es) it accepts: a sentence must
   * hold one word of every set. Sets of a pattern's alternatives are folded into one.
   */
  requires: string[][];
}

export interface PatternMatch {
  /** Token indexes, end exclusive. */
  first: number;
  last: number;
  /** Character offsets in the sentence. */
  start: number;
  end: number;
  text: string;
}

type Node =
  | { kind: 'word'; alts: string[] }
  | { kind: 'any' }
  | { kind: 'not'; alts: string[] }
  | { kind: 'num' }
  | { kind: 'start' }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'rep'; node: Node; min: number; max: number };

export class PatternError extends Error {
  override name = 'PatternError';
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A word as the tokenizer splits it ("Ukraine's" → "ukraine 's"), its tokens joined by spaces. */
const asTokens = (word: string): string =>
  tokenize(word)
    .map((t) => t.norm)
    .join(' ');

/** One whitespace-separated piece of a pattern: an atom or a group bracket, and its quantifier. */
interface Piece {
  body: string;
  quant: string | null;
}

const QUANT = /(\?|\*|\+|\{\d*,?\d*\})$/;

const lex = (source: string): Piece[] =>
  source
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((chunk) => {
      if (chunk === '(' || chunk === '|' || chunk === '\\(' || chunk === '\\)') return { body: chunk, quant: null };
      const q = chunk.length > 1 && !chunk.endsWith('...') ? QUANT.exec(chunk) : null;
      return q ? { body: chunk.slice(0, -q[1]!.length), quant: q[1]! } : { body: chunk, quant: null };
    });

/**
 * Compiles a pattern. `classes` maps an upper-case class name to its words (each word one token, or several
 * tokens separated by spaces: "all but").
 */
export const compilePattern = (source: string, classes: ReadonlyMap<string, readonly string[]>): CompiledPattern => {
  // "a b => c d": the words after the arrow must follow the match, and are no part of it.
  const [own, ahead, ...more] = source.split(/\s=>\s/);
  if (more.length) throw new PatternError(`two "=>" in "${source}"`);
  const tree = parseTree(own!, source, classes);
  const follows = ahead === undefined ? '' : `(?=${toRegex(parseTree(ahead, source, classes))} )`;
  return { source, re: new RegExp(toRegex(tree) + follows, 'g'), anchors: anchorsOf(tree), requires: requiredOf(tree) };
};

const parseTree = (part: string, source: string, classes: ReadonlyMap<string, readonly string[]>): Node => {
  const pieces = lex(part);
  let i = 0;
  const quantify = (node: Node, q: string | null): Node => {
    if (!q) return node;
    const [min, max] = q === '?' ? [0, 1] : q === '*' ? [0, Infinity] : q === '+' ? [1, Infinity] : rangeOf(q, source);
    return { kind: 'rep', node, min, max };
  };
  const parseSeq = (): Node => {
    const options: Node[] = [];
    let items: Node[] = [];
    while (i < pieces.length && pieces[i]!.body !== ')') {
      const p = pieces[i]!;
      i++;
      if (p.body === '|') {
        options.push({ kind: 'seq', items });
        items = [];
      } else if (p.body === '(') {
        const group = parseSeq();
        const close = pieces[i];
        if (!close || close.body !== ')') throw new PatternError(`unclosed group in "${source}"`);
        i++;
        items.push(quantify(group, close.quant));
      } else items.push(quantify(parseAtom(p.body), p.quant));
    }
    options.push({ kind: 'seq', items });
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  };
  const parseAtom = (body: string): Node => {
    if (body === '~') return { kind: 'any' };
    if (body === '^') return { kind: 'start' };
    if (body === 'NUM') return { kind: 'num' };
    if (body.length > 1 && body.startsWith('!')) {
      const not = parseAtom(body.slice(1));
      if (not.kind !== 'word') throw new PatternError(`"!" takes words in "${source}"`);
      return { kind: 'not', alts: not.alts };
    }
    if (body === '\\(' || body === '\\)') return { kind: 'word', alts: [body.slice(1)] };
    const alts = body.split('|');
    if (alts.some((a) => a === '')) throw new PatternError(`empty alternative in "${source}"`);
    const words = alts.flatMap((a) => {
      if (!/^[A-Z][A-Z_0-9]+$/.test(a)) return [a.endsWith('...') || isSuffix(a) ? a.toLowerCase() : asTokens(a)];
      const members = classes.get(a);
      if (!members) throw new PatternError(`unknown class ${a} in "${source}"`);
      return members.map(asTokens);
    });
    return { kind: 'word', alts: [...new Set(words)] };
  };
  const tree = parseSeq();
  if (i < pieces.length) throw new PatternError(`unmatched ")" in "${source}"`);
  return tree;
};

const rangeOf = (q: string, source: string): [number, number] => {
  const m = /^\{(\d*),?(\d*)\}$/.exec(q)!;
  const min = m[1] ? Number(m[1]) : 0;
  const max = q.includes(',') ? (m[2] ? Number(m[2]) : Infinity) : min;
  if (max < min) throw new PatternError(`bad range ${q} in "${source}"`);
  return [min, max];
};

/** "...ing": a test of a word's ending. */
const isSuffix = (w: string): boolean => w.startsWith('...') && w.length > 3;

const wordRegex = (w: string): string =>
  isSuffix(w)
    ? ` [^ ]*${escape(w.slice(3))}(?= )`
    : w.endsWith('...') && w.length > 3
      ? ` ${escape(w.slice(0, -3))}[^ ]*`
      : ` ${w
          .split(' ')
          .map((part) => escape(part))
          .join(' ')}(?= )`;

const toRegex = (n: Node): string => {
  switch (n.kind) {
    case 'word':
      return n.alts.length === 1 ? wordRegex(n.alts[0]!) : `(?:${n.alts.map(wordRegex).join('|')})`;
    case 'any':
      return ' [^ ]+';
    case 'not':
      return `(?!${n.alts.map(wordRegex).join('|')})`;
    case 'num':
      return ' [0-9][0-9.,]*(?= )';
    case 'start':
      return '^';
    case 'seq':
      return n.items.map(toRegex).join('');
    case 'alt':
      return `(?:${n.options.map(toRegex).join('|')})`;
    case 'rep': {
      const inner = `(?:${toRegex(n.node)})`;
      const max = n.max === Infinity ? '' : String(n.max);
      // Greedy, like a regular expression: a match takes in every optional word that is there.
      return n.min === 0 && n.max === 1 ? `${inner}?` : `${inner}{${n.min},${max}}`;
    }
  }
};

/**
 * The words every match must contain one of: the tests of one element that cannot be skipped, chosen as the
 * smallest such set; null if every element can be skipped or matches any token.
 */
/** Words and punctuation nearly every English sentence holds: a word set with one of them rules out almost no sentence. */
const UBIQUITOUS = new Set(
  'the a an of in on at to by for from with and or but as that this it its is are was were be been has have had said says , . "'.split(' '),
);

/** Words so common that a rule anchored on them would be tried on most sentences: the ubiquitous ones and a few more. */
const COMMON = new Set([...UBIQUITOUS, ...'being their his her these those out up not no all'.split(' ')]);

/** How often a set of anchors lets a sentence through, roughly: a common word counts as a hundred rare ones. */
const rarity = (anchors: readonly string[]): number => anchors.reduce((sum, a) => sum + (COMMON.has(a) ? 100 : 1), 0);

const anchorsOf = (n: Node): string[] | null => {
  switch (n.kind) {
    case 'word':
      // (A word's ending narrows nothing down: no sentence is looked up by it.)
      if (n.alts.some(isSuffix)) return null;
      return n.alts.map((a) => (a.endsWith('...') ? a : a.split(' ')[0]!));
    case 'any':
    case 'not':
    case 'num':
    case 'start':
      return null;
    case 'rep':
      return n.min === 0 ? null : anchorsOf(n.node);
    case 'alt': {
      const sets = n.options.map(anchorsOf);
      return sets.some((s) => s === null) ? null : [...new Set(sets.flatMap((s) => s!))];
    }
    case 'seq': {
      let best: string[] | null = null;
      for (const item of n.items) {
        const a = anchorsOf(item);
        if (a && (!best || rarity(a) < rarity(best))) best = a;
      }
      return best;
    }
  }
};

/** The word sets a match needs, one per required test of the pattern's top-level sequence. */
const requiredOf = (n: Node): string[][] => {
  switch (n.kind) {
    case 'seq':
      return n.items.flatMap(requiredOf);
    case 'rep':
      return n.min === 0 ? [] : requiredOf(n.node);
    default: {
      const a = anchorsOf(n);
      return a ? [a] : [];
    }
  }
};

const holds = (t: TokenText, a: string): boolean => (a.endsWith('...') ? t.joined.includes(` ${a.slice(0, -3)}`) : t.words.has(a));

/** Whether a sentence holds a word of every set the pattern requires (a word, or one beginning with a `prefix...`). */
export const mayMatch = (p: CompiledPattern, t: TokenText): boolean => {
  for (const set of p.requires) if (!set.some((a) => holds(t, a))) return false;
  return true;
};

/**
 * The required word sets of many patterns, indexed by word: which patterns a sentence may match, found from the
 * sentence's own words in one pass instead of testing every pattern's sets.
 */
export class AnchorIndex {
  private readonly byWord = new Map<string, number[]>();
  private readonly byPrefix = new Map<string, number[]>();
  /** First set slot of each pattern, and one past its last. */
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private readonly slots: number;
  /** Which slots a sentence holds: one buffer, cleared per sentence (the hot path allocates nothing for it). */
  private readonly held: Uint8Array;

  constructor(patterns: readonly CompiledPattern[]) {
    let slot = 0;
    for (const p of patterns) {
      this.from.push(slot);
      // A set holding a word nearly every sentence has ("the", "of", "is") rules out almost nothing and costs a long
      // slot list per sentence: the regular expression tests it instead.
      for (const set of p.requires.filter((words) => !words.some((w) => UBIQUITOUS.has(w)))) {
        for (const a of new Set(set)) {
          const [map, key] = a.endsWith('...') ? [this.byPrefix, a.slice(0, -3)] : [this.byWord, a];
          const slotsOf = map.get(key) ?? [];
          slotsOf.push(slot);
          map.set(key, slotsOf);
        }
        slot++;
      }
      this.to.push(slot);
    }
    this.slots = slot;
    this.held = new Uint8Array(slot);
  }

  /** For each pattern, in the order given, whether the sentence holds a word of every set it requires. */
  candidates(t: TokenText): boolean[] {
    const held = this.held.fill(0);
    for (const w of t.words) {
      const slotsOf = this.byWord.get(w);
      if (slotsOf) for (let k = 0; k < slotsOf.length; k++) held[slotsOf[k]!] = 1;
    }
    for (const [prefix, slotsOf] of this.byPrefix) if (t.joined.includes(` ${prefix}`)) for (const slot of slotsOf) held[slot] = 1;
    const out = new Array<boolean>(this.from.length);
    for (let i = 0; i < this.from.length; i++) {
      let all = true;
      for (let slot = this.from[i]!; slot < this.to[i]! && all; slot++) if (!held[slot]) all = false;
      out[i] = all;
    }
    return out;
  }
}

/** Every non-overlapping match of a pattern in a sentence, left to right (`checked`: its anchors are known held). */
export const matchAll = (p: CompiledPattern, t: TokenText, checked = false): PatternMatch[] => {
  if (!checked && !mayMatch(p, t)) return [];
  const out: PatternMatch[] = [];
  p.re.lastIndex = 0;
  for (let m = p.re.exec(t.joined); m; m = p.re.exec(t.joined)) {
    if (m[0].length === 0) {
      p.re.lastIndex++;
      continue;
    }
    const first = tokenIndexAt(t, m.index + 1);
    const last = tokenIndexAt(t, m.index + m[0].length - 1) + 1;
    out.push({
      first,
      last,
      start: t.tokens[first]!.start,
      end: t.tokens[last - 1]!.end,
      text: t.text.slice(t.tokens[first]!.start, t.tokens[last - 1]!.end),
    });
    // Matches end at a token's end; the next search starts at the following space.
    p.re.lastIndex = m.index + m[0].length;
  }
  return out;
};

/** The token whose text covers position `pos` of `joined` (binary search over token starts). */
const tokenIndexAt = (t: TokenText, pos: number): number => {
  let lo = 0;
  let hi = t.at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.at[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
};
