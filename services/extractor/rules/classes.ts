// Word classes the rules' patterns name in capitals. Grammar words live here; words that give a side (SIDE) come
// from the lexicon (data/actors.json), so that the rules of another conflict would need data, not code.
import { lexiconSideAdjectives, lexiconSideWords } from '../actors.js';

const GRAMMAR: Record<string, readonly string[]> = {
  HAVE: ['has', 'have', 'had'],
  BE: ['is', 'are', 'was', 'were', 'be', 'been', 'being'],
  NEG: ['not', "n't", 'never'],
  /** Words of an attempt not yet carried out: "trying to oust", "working to push ... out of", "unable to dislodge". */
  ATTEMPT: [
    'trying',
    'tried',
    'try',
    'tries',
    'attempting',
    'attempted',
    'attempts',
    'attempt',
    'seeking',
    'sought',
    'failed',
    'failing',
    'unable',
    'struggling',
    'struggled',
    'measures',
    'working',
  ],
  /**
   * Verbs of spreading lies ("Russia is spreading disinformation that ..."): the denial.spread-lies rule, and the
   * spreader's own frame, which tells no one's denial (extract.ts spreadDenials).
   */
  SPREAD: [
    'spread',
    'spreads',
    'spreading',
    'disseminate',
    'disseminates',
    'disseminated',
    'disseminating',
    'circulate',
    'circulates',
    'circulated',
    'circulating',
    'peddle',
    'peddles',
    'peddled',
    'peddling',
    'throw in',
    'throws in',
    'throwing in',
  ],
  /** The pace of something still going on: "are smoothly pushing the enemy out", "is being gradually liberated". */
  PACE: ['gradually', 'steadily', 'smoothly', 'slowly', 'methodically', 'systematically'],
  /** Words that say an operation is over: "completed mop-up operations", "finished clearing". */
  COMPLETED: ['completed', 'complete', 'completes', 'finished', 'finish', 'finishes', 'completion', 'end', 'ended'],
  /** Adverbs between an auxiliary and its participle: "has now fully captured", "was reportedly taken", and quotes. */
  ADV: [
    // "had not only retaken X but": one token (rules/pattern.ts), no negation.
    'not-only',
    'not-just',
    'now',
    'already',
    'also',
    'since',
    'reportedly',
    'fully',
    'completely',
    'effectively',
    'all but',
    'almost',
    'nearly',
    'virtually',
    'basically',
    'essentially',
    'largely',
    'mostly',
    'practically',
    'finally',
    'officially',
    'just',
    'recently',
    'currently',
    'successfully',
    'partially',
    'partly',
    'entirely',
    'wholly',
    'totally',
    'still',
    'probably',
    'likely',
    'highly',
    'apparently',
    'evidently',
    'seemingly',
    // "is temporarily occupied by Russia": how Ukrainian copy words an occupation.
    'temporarily',
    // Scare quotes around the adverb or the participle: 'was “completely” under Russian control'.
    '"',
  ],
  /** Words that round a share: "nearly 90%", "more than half". */
  APPROX: [
    'nearly',
    'almost',
    'about',
    'around',
    'roughly',
    'approximately',
    'some',
    'over',
    'more than',
    'less than',
    'at least',
    'up to',
    'close to',
  ],
  /** Determiners and adjectives before a report noun: "the claims", "Russian reports" (nouns, not verbs). */
  REPORT_DET: [
    'the',
    'a',
    'an',
    'these',
    'those',
    'such',
    'latest',
    'incorrect',
    'false',
    'new',
    'media',
    'news',
    'some',
    'initial',
    'unconfirmed',
    'conflicting',
    'earlier',
    'recent',
    'its',
    'their',
    'his',
    'her',
    'our',
    'official',
    'unconfirmed',
    'some',
    'local',
    'several',
    'multiple',
    'numerous',
    'press',
    'other',
  ],
};

let classes: Map<string, readonly string[]> | null = null;

/** Every class a pattern may name: the grammar words above, SIDE (any side word of the lexicon) and SIDE_ADJ (its adjectives). */
export const patternClasses = (): ReadonlyMap<string, readonly string[]> => {
  if (classes) return classes;
  const sides = lexiconSideWords();
  const all = [...sides.RU, ...sides.UA];
  // Adjectives only ("Russian", "pro-Kremlin", "Moscow-backed"): "Russian claims" is a noun phrase, "Russia claims" a verb.
  const adjectives = lexiconSideAdjectives();
  classes = new Map<string, readonly string[]>([...Object.entries(GRAMMAR), ['SIDE', all], ['SIDE_ADJ', adjectives]]);
  return classes;
};
