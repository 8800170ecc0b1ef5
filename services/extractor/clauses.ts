// Clause boundaries inside a sentence: a reporting frame speaks for its own clause and the clauses continuing its speech.
import { REPORTING_PARTICIPLES } from './rules/attribution.js';
import { SAYING_VERBS } from './statements.js';

/** A participle that goes on with the speech before it: ", adding that ...", ", denying that ...". */
const CONTINUING = [...REPORTING_PARTICIPLES, 'denying', 'rejecting', 'dismissing'].join('|');

const COUNTED_BEFORE =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|a\s+number\s+of)\s+(?:[\w-]+\s+){0,2}(?:cities|towns|villages|settlements|localities|communities)(?:\s+(?:in|of|near)\s+[^—–;]{0,50})?$/i;

/** Settlements a list set off by dashes goes on to name: "the settlements of the Kherson region", "key “fortress cities”". */
const PLURAL_BEFORE =
  /\b(?:cities|towns|villages|settlements|localities|communities|hamlets)["”’]?(?:\s+(?:in|of|near)\s+[^—–;,]{0,50})?$/i;

/**
 * What goes on after a list or an aside set off by dashes when what comes before the first dash is the subject: "–
 * were now under Moscow's control".
 */
const LIST_PREDICATE = /^(?:(?:all|now|also|still|have|has|had|are|is|were|was|remain|remains|remained|fell|came)\b)/i;

/** Words that make an aside a clause of its own: a relative pronoun, an auxiliary, a verb of saying. */
const ASIDE_VERB = new RegExp(
  String.raw`\b(?:which|who|whom|whose|that|where|is|are|was|were|has|have|had|be|been|being|will|would|can|could|${SAYING_VERBS})\b`,
  'i',
);

/** A clause opening on a continuing participle, or on "while also": it goes on with the speech before it. */
const CONTINUES_SPEECH = new RegExp(`${CONTINUING}|while\\s+also`);

/** The auxiliaries with which a clause a relative clause interrupted resumes, up to its verb: "..., which lie near X,
 * have been taken", "Izium, whose capture Moscow announced, is still holding out". */
export const RESUMING_AUXILIARIES = String.raw`(?:(?:is|are|was|were|has|have|had|remains?|still|been|now|also)\s+)*`;

/** Names and nothing else: "Stavky, Novoselivka and Maslyakivka". */
const LIST_OF_NAMES = /^(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?:(?:,\s+|,?\s+and\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})*$/;

/** A speaker's verb that may report a clause without "that": "Ukraine said its troops had ...". */
const REPORTED_BEFORE = new RegExp(`\\b(?:${SAYING_VERBS})\\s+(?!that\\b)`, 'i');

/**
 * "Vovchansk is under Russian control, Pokrovsk (Krasnoarmeysk) and Myrnohrad are encircled": names with a verb of their
 * own after a comma open a clause of their own (when the clause before has its verb: not "According to him, Vovchansk is").
 */
const NAMES_SUBJECT = String.raw`[A-Z][\w'’-]+(?:\s+\([^()]{1,30}\))?(?:(?:,\s+|,?\s+and\s+)[A-Z][\w'’-]+(?:\s+\([^()]{1,30}\))?)*\s+(?:is|are|was|were|remains?)\s+(?:(?:[a-z]+ly|almost|nearly|now|still|already|fully)\s+){0,2}(?:under|in|surrounded|encircled|captured|liberated|taken|occupied|controlled|held|blockaded|cut\s+off)\b`;
const FINITE = /\b(?:is|are|was|were|has|have|had|remains?|remained)\b/;
/** Names with a verb of their own at the start of a text (compiled once: tested at every comma the breaks find). */
const NAMES_SUBJECT_AT = new RegExp(`^${NAMES_SUBJECT}`);

/**
 * Where a clause may begin: a semicolon, a dash, a conjunction or a continuing participle after a comma (not ", and the
 * town" or ", and their outskirts", which end a list of places: "Kindrashivka, Radkivka, and their outskirts have been
 * liberated").
 */
const CLAUSE_BREAK = new RegExp(
  String.raw`;\s+|\s+(?:[—–]|--)\s+|,\s+(?:while|whereas|but|which|who|where|as(?!\s+well\s+as|\s+of\b)|when|after|before|although|though|and(?=\s+(?!the\s+(?:[a-z-]+\s+)?(?:city|town|village|settlement)s?\b|(?:its|their)\s+(?:outskirts|surroundings|environs|suburbs|vicinity)\b)[a-z]))\s+|(?<!\ball)\s+(?:but|before|after|while)\s+(?=[a-z])|(?<!\b(?:has|have|had|ever|long))\s+since\s+(?=(?:its|their|the|his|her|it|they|he|she|we|russian|ukrainian|moscow|kyiv)\b)|\s+and\s+(?=\w+ed\b|\w+s\b\s+(?:to|the|a)\b)|,\s+(?=(?:${CONTINUING})\b)|,\s+(?=${NAMES_SUBJECT})`,
  'g',
);

/** Where a sentence's clauses begin: a frame speaks for its own clause, and for clauses that continue its speech. */
export const clauseBreaks = (text: string): { at: number; continues: boolean }[] => {
  const breaks: { at: number; continues: boolean; dash?: boolean }[] = [{ at: 0, continues: false }];
  // Where a dash that announced the places counted opened a list the sentence goes on after.
  let countedListFrom = -1;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const dash = /^\s+(?:[—–]|--)\s+$/.test(m[0]);
    const asyndetic = /^,\s+$/.test(m[0]) && NAMES_SUBJECT_AT.test(text.slice(m.index + m[0].length));
    if (asyndetic && !FINITE.test(text.slice(breaks[breaks.length - 1]!.at, m.index))) continue;
    // "captured two cities in the Donetsk region — Chasiv Yar and Toretsk": a dash that announces the places counted.
    if (dash && COUNTED_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) {
      countedListFrom = m.index + m[0].length;
      continue;
    }
    // "three villages – Stavky, Novoselivka and Maslyakivka – were now under Moscow's control": the dash that closes
    // the list, with nothing but names between the two, ends no clause.
    if (
      dash &&
      countedListFrom >= 0 &&
      LIST_OF_NAMES.test(text.slice(countedListFrom, m.index)) &&
      LIST_PREDICATE.test(text.slice(m.index + m[0].length))
    ) {
      countedListFrom = -1;
      continue;
    }
    countedListFrom = -1;
    // "70% of the small industrial city – now the focus of one of the bloodiest battles – was under Russian control":
    // an aside set off by two dashes, a noun phrase with no verb of its own, its subject's predicate after it; the
    // clause before the first dash goes on ("Bakhmut – which Russia says it captured – is still held" keeps its breaks).
    const prev = breaks[breaks.length - 1]!;
    // "The settlements of the Kherson region – A, B and C – have been liberated", "key fortress cities — A, B and C —
    // remain under Ukrainian control": names set off by dashes after settlements they name, then the predicate.
    if (
      dash &&
      prev.dash &&
      LIST_PREDICATE.test(text.slice(m.index + m[0].length)) &&
      /[,]|\sand\s/.test(text.slice(prev.at, m.index)) &&
      LIST_OF_NAMES.test(text.slice(prev.at, m.index)) &&
      PLURAL_BEFORE.test(text.slice(Math.max(0, prev.at - 80), prev.at).replace(/\s+(?:[—–]|--)\s+$/, ''))
    ) {
      breaks.pop();
      continue;
    }
    if (
      dash &&
      prev.dash &&
      LIST_PREDICATE.test(text.slice(m.index + m[0].length)) &&
      !/[,;]/.test(text.slice(prev.at, m.index)) &&
      !ASIDE_VERB.test(text.slice(prev.at, m.index))
    ) {
      breaks.pop();
      continue;
    }
    const continues =
      asyndetic ||
      CONTINUES_SPEECH.test(text.slice(m.index + m[0].length, m.index + m[0].length + 25)) ||
      /,\s+(?:while|although|though)\s+$/.test(m[0]) ||
      // "said it had set up lines in Berdychi after the fall of Lastochkyne": a time clause without a comma, inside
      // a reported "that" clause, is part of what was reported.
      // ("reported that after four months of fighting, ...": "that" right before it too.)
      (/^\s+(?:before|after)\s+$/.test(m[0]) && /\bthat\b/i.test(text.slice(0, m.index))) ||
      // "statements that its forces had seized Kupiansk and controlled large sections of Pokrovsk": a verb
      // coordinated inside a reported "that" clause is reported too.
      // "noted that the invaders keep trying to advance – fighting continues on the outskirts of X": so does a dash.
      // "said that its forces fully control Kupiansk but there is fighting on its outskirts": so does "but".
      ((dash || /^\s+and\s+$/.test(m[0]) || /^\s+but\s+$/.test(m[0])) && /\bthat\s/i.test(text.slice(0, m.index))) ||
      // "Ukraine said its troops had broken through Russia's defences and liberated Robotyne": a verb joined by a bare
      // "and" to one a speaker reported without "that" is reported too.
      (/^\s+and\s+$/.test(m[0]) && REPORTED_BEFORE.test(text.slice(0, m.index))) ||
      // "had said that Kyiv's troops had retaken X, but that they had then been pushed out": a second "that" clause.
      // "said Russian forces were attacking but that Ukrainian forces still controlled the city": "but that" and "and
      // that" open a second "that" clause of the same speech even when the first had no "that".
      ((/\bthat\s/i.test(text.slice(0, m.index)) || /^,?\s+(?:but|and)\s+$/.test(m[0])) &&
        /^that\s/i.test(text.slice(m.index + m[0].length)));
    breaks.push({ at: m.index + m[0].length, continues, dash });
  }
  // "A day after Russia said it had taken Krynky, Ukrainian troops were still holding the village": a time clause
  // that opens the sentence with a report of its own ends at its comma; the main clause after it is not that
  // speaker's.
  const fronted = FRONTED_REPORT.exec(text);
  if (fronted && !breaks.some((b) => b.at === fronted[0].length)) {
    breaks.push({ at: fronted[0].length, continues: false });
    breaks.sort((a, b) => a.at - b.at);
  }
  return breaks.map(({ at, continues }) => ({ at, continues }));
};

/** "A day after Russia said ..., ", "Since Moscow claimed ..., ": an opening time clause with a reporting verb in it, up
 * to the comma that closes it (and the space after). */
const FRONTED_REPORT = new RegExp(
  String.raw`^\W{0,2}(?:(?:a|an|one|two|three|several|a\s+few|just|only|\d+)\s+(?:hours?|days?|weeks?|months?)\s+)?(?:after|before|since)\s+[^,;:"“”]*?\b(?:${SAYING_VERBS})\b[^,;:"“”]*,\s+(?=[A-Z])`,
  'i',
);
