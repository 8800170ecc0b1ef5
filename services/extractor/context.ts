// Everything the readers need to know about one sentence, built once: its places, actors, dates, the cues, frames
// and blocks the rules found, its clauses, the speaker of each frame, and the article's discourse so far.
import type { Article, Claimant, PlaceRef } from '../shared/model.js';
import type { ActorMention } from './actors.js';
import type { ClaimDate, DateMention } from './dates.js';
import type { Discourse, PlaceNoun } from './discourse.js';
import type { PlaceMention } from './gazetteer/index.js';
import type { Cue, Frame } from './rules/matcher.js';
import type { TokenText } from './rules/pattern.js';
import type { Sentence } from './sentences.js';

/** A place named in the sentence; `start` and `end` are offsets in the sentence text. */
export interface SentencePlace {
  mention: PlaceMention;
  place: PlaceRef;
  start: number;
  end: number;
}

/** What a claim is about: a place named in the sentence, or one referred to ("the city", "the claim"). */
export interface Target {
  place: PlaceRef;
  /** Offset in the sentence, or null for a place referred to. */
  start: number | null;
}

export interface Speaker {
  claimant: Claimant;
  date: ClaimDate | null;
  /** Id of the rule that found the frame, or how the speaker was found otherwise. */
  rule: string | null;
}

export interface Clauses {
  breaks: { at: number; continues: boolean }[];
  /** The clause a position lies in. */
  of(pos: number): number;
  /** Start and end of clause k. */
  span(k: number): [number, number];
}

export interface SentenceContext {
  article: Article;
  /** The article's publication day, YYYY-MM-DD (receivedAt when undated). */
  published: string;
  sentence: Sentence;
  index: number;
  text: string;
  tokens: TokenText;
  places: SentencePlace[];
  actors: ActorMention[];
  dates: DateMention[];
  cues: Cue[];
  /** Lies a side is said to spread ("Russia is spreading disinformation that"): no cues of claims (matcher.ts). */
  spreads: Cue[];
  frames: Frame[];
  speakers: Map<Frame, Speaker>;
  clauses: Clauses;
  discourse: Discourse;
  /** The place the next sentences name first: what "the town" means before the story has named any place. */
  upcoming: PlaceRef | null;
  /**
   * The settlements the next two sentences name, with the noun the story calls each ("The village of Andriivka ..."):
   * what "a village" a sentence tells of without naming it turns out to be.
   */
  introduced: () => { place: PlaceRef; noun: PlaceNoun }[];
  /** The speaker a later sentence names for this one ("... This was stated by the army's spokesman."), if any. */
  saidBy: Speaker | null;
  /** Whether a place named here can be what a claim is about (not a landmark, an army's name or a speaker's title). */
  isTarget(p: SentencePlace): boolean;
}

export const clausesOf = (text: string, breaks: { at: number; continues: boolean }[]): Clauses => ({
  breaks,
  of: (pos) => breaks.reduce((k, b, i) => (b.at <= pos ? i : k), 0),
  span: (k) => [breaks[k]!.at, breaks[k + 1]?.at ?? text.length],
});
