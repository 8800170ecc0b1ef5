// Runs the rule records over a sentence: the cues of control, concession, denial and contest, the frames that
// report them, and the non-claims that block some of them. Each rule is tried only on sentences holding one of
// the words its pattern cannot match without (its anchors), so most sentences try few rules.
import type { Stance } from '../../shared/model.js';
import { patternClasses } from './classes.js';
import { ATTRIBUTION_RULES, CUE_RULES, NONCLAIM_RULES } from './index.js';
import { AnchorIndex, compilePattern, matchAll, tokenText, type CompiledPattern, type PatternMatch, type TokenText } from './pattern.js';
import type { AttributionRule, CueRule, NonClaimRule } from './types.js';

export interface Cue {
  /** Id of the rule that found it. */
  rule: string;
  stance: Stance;
  start: number;
  end: number;
  text: string;
  /** "has been lost", "withdrew from": control passes to the other side. */
  concession: boolean;
  /** "was captured": the agent, if any, follows with "by". */
  passive: boolean;
  /** "the capture of": claims nothing unless someone reports or denies it. */
  nominal: boolean;
  /** Simple past or past perfect, for telling background from news. */
  past: boolean;
  /** "encircled", "trapped inside": whose side is pinned down decides who gains. */
  pinned: boolean;
  /** "fake", "provocations": a denial only where the sentence names the place. */
  weak: boolean;
  /** "hold": a claim only about the place it governs as its object. */
  objectOnly: boolean;
  /** "drove ... out of". */
  expulsion: boolean;
  /** "has not captured": a denial carrying its own negated claim. */
  negated: boolean;
  /** "advanced into", "stormed": the subject of a contest is the side gaining. */
  gaining: boolean;
  /** "Robotyne's recapture": the place is the possessor before the cue. */
  possessor: boolean;
  /** "Izium, whose capture": the place is the one the relative clause hangs on. */
  antecedent: boolean;
  /** "left Avdiivka": the place must follow at once. */
  adjacentObject: boolean;
  /** "Bakhmut, captured by Russian forces in May": after a place and a comma, the outlet's aside. */
  aside: boolean;
  /** "these are A, B and C": goes on with the capture the sentence before told. */
  continues: boolean;
  /** "trying to oust Russian troops from X": the object's side holds the place. */
  heldByObject: boolean;
  /** "after capturing X, Russian forces ...": the subject is that of the clause the gerund hangs on. */
  gerund: boolean;
  /** "no longer fully controls X": the subject is losing ground there, the other side gaining. */
  losing: boolean;
  /** "still holds", "remains under": a present hold, which answers the other side's capture claim. */
  holding: boolean;
  /** "claims of full control", "claimed its capture": a claim naming no place, about the one its sentence is about. */
  unnamed: boolean;
  /** "confirmed the Russian claim": re-tells the control claim told just before. */
  confirms: boolean;
  /** "Kyiv confirmed its troops had withdrawn": a claim only as the word of the side that withdrew. */
  admitted: boolean;
  /** "Russia is spreading disinformation that": lies a side is said to spread (SentenceRules.spreads). */
  spread: boolean;
}

export interface Frame {
  rule: string;
  start: number;
  end: number;
  kind: 'verb' | 'according' | 'by' | 'possessive' | 'participle';
  /** A denial verb ("denied", "rejected") reporting what its subject says. */
  denial: boolean;
}

export interface Block {
  rule: string;
  start: number;
  end: number;
  /** Ids of the rules whose matches it dropped. */
  blocked: string[];
}

export interface SentenceRules {
  tokens: TokenText;
  cues: Cue[];
  /**
   * "Russia is spreading disinformation that ...": lies a side is said to spread, read beside the cues (the "fakes"
   * inside them stays a cue of its own) and by no reader of cues (extract.ts spreadDenials).
   */
  spreads: Cue[];
  frames: Frame[];
  blocks: Block[];
}

interface Compiled<R> {
  rule: R;
  pattern: CompiledPattern;
  spare?: CompiledPattern;
}

let compiled: {
  cues: Compiled<CueRule>[];
  frames: Compiled<AttributionRule>[];
  nonclaims: Compiled<NonClaimRule>[];
  /** The anchors of nonclaims, cues and frames, in that order. */
  index: AnchorIndex;
} | null = null;

const compile = (): NonNullable<typeof compiled> => {
  if (compiled) return compiled;
  const classes = patternClasses();
  const one = <R extends { id: string; pattern: string }>(rule: R): Compiled<R> => {
    try {
      return { rule, pattern: compilePattern(rule.pattern, classes) };
    } catch (error) {
      throw new Error(`rule ${rule.id}: ${(error as Error).message}`);
    }
  };
  const cues = CUE_RULES.map(one);
  const frames = ATTRIBUTION_RULES.map(one);
  const nonclaims = NONCLAIM_RULES.map((rule) => ({
    ...one(rule),
    spare: rule.yields.spare ? compilePattern(rule.yields.spare, classes) : undefined,
  }));
  compiled = { cues, frames, nonclaims, index: new AnchorIndex([...nonclaims, ...cues, ...frames].map((c) => c.pattern)) };
  return compiled;
};

/** The tokens `first..last` as a sentence of their own, for the patterns that test a cue's own words. */
const slice = (t: TokenText, first: number, last: number): TokenText =>
  tokenText(t.text.slice(t.tokens[first]!.start, t.tokens[last - 1]!.end));

/** Simple past or past perfect in a cue's words: background when the outlet tells it without a date. */
const PAST = /\b(?:had|was|were)\b/i;
const pastForm = (text: string): boolean =>
  PAST.test(text) || (/ed\b|\btook\b|\bfell\b|\bheld\b/i.test(text) && !/\b(?:has|have|is|are|remains?|be|being)\b/i.test(text));

/** "the capture and clearing of X": a noun phrase naming an operation, like "the capture of". */
const nounPhrase = (t: TokenText, m: PatternMatch): boolean =>
  t.tokens[m.last]?.norm === 'of' && (t.tokens[m.first - 1]?.norm === 'the' || t.tokens[m.first - 1]?.norm === 'and');

/** Whether a token from `from` up to `to` (exclusive) passes the test: no array is made on the hot path. */
const someToken = (t: TokenText, from: number, to: number, test: (norm: string) => boolean): boolean => {
  for (let i = from; i < to; i++) if (test(t.tokens[i]!.norm)) return true;
  return false;
};

/** Every cue, frame and block of a sentence. */
export const matchSentence = (text: string): SentenceRules => {
  const { cues: cueRules, frames: frameRules, nonclaims, index } = compile();
  const t = tokenText(text);
  // Which rules the sentence holds the words of: nonclaims first, then cues, then frames (the index's order).
  const may = index.candidates(t);
  const mayCue = nonclaims.length;
  const mayFrame = nonclaims.length + cueRules.length;

  const blocks: (Block & { first: number; last: number; rule: string; of: Compiled<NonClaimRule> })[] = [];
  // Index loops over the rules, skipping at once those whose words the sentence lacks (most of them).
  for (let i = 0; i < nonclaims.length; i++) {
    if (!may[i]) continue;
    const c = nonclaims[i]!;
    for (const m of matchAll(c.pattern, t, true))
      blocks.push({ rule: c.rule.id, start: m.start, end: m.end, first: m.first, last: m.last, blocked: [], of: c });
  }
  const blockerOf = (kind: string, id: string, m: PatternMatch): (typeof blocks)[number] | undefined =>
    blocks.find(
      (b) =>
        ((b.of.rule.yields.blocks as readonly string[]).includes(kind) || (b.of.rule.yields.blocks as readonly string[]).includes(id)) &&
        // The cue overlaps the non-claim, or begins within `reach` tokens after it.
        m.last > b.first &&
        m.first < b.last + b.of.rule.yields.reach &&
        // ... but not across a semicolon or a dash that ends its clause ("is difficult – fighting continues in X").
        !someToken(t, b.last, m.first, (norm) => norm === ';' || norm === '—') &&
        // A spared cue escapes, unless "to" brings it in: "had hoped to have control over" is the goal's own words.
        !(b.of.spare && t.tokens[m.first - 1]?.norm !== 'to' && matchAll(b.of.spare, slice(t, m.first, m.last)).length),
    );

  const cues: Cue[] = [];
  const spreads: Cue[] = [];
  for (let i = 0; i < cueRules.length; i++) {
    if (!may[mayCue + i]) continue;
    const { rule, pattern } = cueRules[i]!;
    for (const m of matchAll(pattern, t, true)) {
      const blocker = blockerOf(rule.kind, rule.id, m);
      if (blocker) {
        blocker.blocked.push(rule.id);
        continue;
      }
      const y = rule.yields as Partial<Record<string, unknown>> & { stance: Stance };
      if (y.spread === true) {
        spreads.push(spreadCue(rule.id, m));
        continue;
      }
      // Overlapping cues: the earlier rule wins, unless the later one reads more of the same stance ("fierce fighting
      // with Russian troops for control of" is one contest, not "fierce fighting" and a bare "control"), or is a
      // concession whose verb governs the other's words ("have lost control over the town of X": a loss, not a hold); an
      // earlier concession keeps its place over a longer hold that starts inside its words, for the same reason.
      const overlap = cues.findIndex((c) => m.start < c.end && m.end > c.start);
      if (overlap >= 0) {
        const c = cues[overlap]!;
        const governs = y.concession === true && !c.concession && m.start < c.start;
        const governed = c.concession && y.concession !== true && c.start < m.start;
        if (
          c.stance !== y.stance ||
          governed ||
          (m.end - m.start <= c.end - c.start && !governs) ||
          cues.some((o, k) => k !== overlap && m.start < o.end && m.end > o.start)
        )
          continue;
        cues.splice(overlap, 1);
      }
      cues.push({
        rule: rule.id,
        stance: y.stance,
        start: m.start,
        end: m.end,
        text: m.text,
        concession: y.concession === true,
        passive: y.passive === true,
        nominal: y.nominal === true || (rule.kind === 'contest' && nounPhrase(t, m)),
        past: typeof y.past === 'boolean' ? y.past : pastForm(m.text),
        pinned: y.pinned === true,
        weak: y.weak === true,
        objectOnly: y.objectOnly === true,
        holding: y.holding === true,
        expulsion: y.expulsion === true,
        negated: y.negated === true,
        gaining: y.gaining === true,
        possessor: y.possessor === true,
        antecedent: y.antecedent === true,
        adjacentObject: y.adjacentObject === true,
        aside: y.aside === true,
        continues: y.continues === true,
        heldByObject: y.heldByObject === true,
        gerund: y.gerund === true,
        losing: y.losing === true,
        unnamed: y.unnamed === true,
        confirms: y.confirms === true,
        admitted: 'admitted' in y && y.admitted === true,
        spread: false,
      });
    }
  }
  cues.sort((a, b) => a.start - b.start);

  const frames: Frame[] = [];
  for (let i = 0; i < frameRules.length; i++) {
    if (!may[mayFrame + i]) continue;
    const { rule, pattern } = frameRules[i]!;
    for (const m of matchAll(pattern, t, true)) {
      const blocker = blockerOf('attribution', rule.id, m);
      if (blocker) {
        blocker.blocked.push(rule.id);
        continue;
      }
      if (frames.some((f) => m.start < f.end && m.end > f.start)) continue;
      // "Claims that Russian troops entered X are false", "Reports say": a sentence's first word is its subject, a
      // noun, not a verb with no subject.
      if (rule.yields.frame === 'verb' && !someToken(t, 0, m.first, (norm) => norm !== '"')) continue;
      const start = t.tokens[m.first + (rule.yields.skip ?? 0)]!.start;
      frames.push({ rule: rule.id, start, end: m.end, kind: rule.yields.frame, denial: false });
    }
  }
  // A denial verb reports what its subject says, as "said" does.
  for (const c of cues)
    if (SPEECH.has(c.rule))
      frames.push({ rule: c.rule, start: c.start, end: c.end, kind: /ing$/i.test(c.text) ? 'participle' : 'verb', denial: true });
  frames.sort((a, b) => a.start - b.start);

  return { tokens: t, cues, spreads, frames, blocks: blocks.map(({ rule, start, end, blocked }) => ({ rule, start, end, blocked })) };
};

/** A cue of lies a side is said to spread: a denial of no words of its own. */
const spreadCue = (rule: string, m: PatternMatch): Cue => ({
  rule,
  stance: 'DENIAL',
  start: m.start,
  end: m.end,
  text: m.text,
  concession: false,
  passive: false,
  nominal: false,
  past: false,
  pinned: false,
  weak: false,
  objectOnly: false,
  expulsion: false,
  negated: false,
  gaining: false,
  possessor: false,
  antecedent: false,
  adjacentObject: false,
  aside: false,
  continues: false,
  heldByObject: false,
  gerund: false,
  losing: false,
  holding: false,
  unnamed: false,
  confirms: false,
  admitted: false,
  spread: true,
});

/** Ids of the denial rules whose verbs report speech ("denied", "rejected"). */
const SPEECH = new Set(CUE_RULES.filter((r) => r.kind === 'denial' && r.yields.speech).map((r) => r.id));
