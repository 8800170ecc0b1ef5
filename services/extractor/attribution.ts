// Who says what: the speaker of each reporting frame (its subject, the name after "according to" or "by", the
// possessor of "X's claim", the speaker after a quote), the frame that governs a cue, and the speaker a sentence
// without a frame goes on quoting.
import { SET_AGAINST_WORDS, STATEMENT_NOUNS } from './statements.js';
import type { Claimant, Side } from '../shared/model.js';
import { sideMarkers, type ActorMention } from './actors.js';
import { inSinceClauseOf, type ClaimDate, type DateMention } from './dates.js';
import { FULL_NAME, type Discourse } from './discourse.js';
import type { Clauses, SentenceContext, Speaker } from './context.js';
import { RESUMING_AUXILIARIES } from './clauses.js';
import type { Cue, Frame } from './rules/matcher.js';

export const OUTLET: Claimant = { name: 'outlet', role: 'outlet', side: 'NEUTRAL' };

/** "Maria Zakharova": a person's name, not a country, an institution or a descriptor. */
export const isPersonName = (c: Claimant): boolean =>
  c.role !== 'country' &&
  c.role !== 'media' &&
  FULL_NAME.test(c.name) &&
  !/\b(?:Ministry|Staff|Forces|Army|Group|Brigade|Command)\b/.test(c.name);

/** Whether a position lies between an odd number of quotation marks. */
export const insideQuote = (text: string, at: number): boolean => {
  const before = text.slice(0, at).match(/["“”]/g)?.length ?? 0;
  if (before % 2 === 1) return true;
  // 'Indeed, they control the majority of the city,” the governor said.': a quotation opened in a sentence before
  // closes in this one, after the position.
  return before === 0 && /^[^"“”]*”/.test(text.slice(at)) && (text.match(/["“”]/g)?.length ?? 0) % 2 === 1;
};

/**
 * Where the last quotation before a position closes (the offset of its closing mark), or -1. A name in quotes ('the
 * Armed Forces’ “East” grouping', 'the “Khortytsia” group') is no quotation: three words or fewer, no punctuation.
 */
const quotationEndBefore = (text: string, at: number): number => {
  const marks = [...text.slice(0, at).matchAll(/["“”]/g)].map((m) => m.index);
  // A quote still open: the last closing mark, as with no names in quotes.
  if (marks.length % 2 === 1) return Math.max(text.lastIndexOf('”', at), text.lastIndexOf('"', at), -1);
  for (let k = marks.length - 1; k >= 1; k -= 2) {
    const inner = text.slice(marks[k - 1]! + 1, marks[k]);
    if (!/^[\w'’ -]+[,.]?$/.test(inner) || inner.trim().split(/\s+/).length > 3) return marks[k]!;
  }
  return -1;
};

/**
 * ", a Ukrainian project " or ", a group with close links to the Ukrainian army " before "that": the noun of an
 * apposition (up to eight words), whose "that" opens a relative clause.
 */
const APPOSITION_RELATIVE = /,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,8}$/i;

/** "he", "she", "him", "her": a pronoun of one person. */
const PERSON_PRONOUN = /^(?:he|she|him|her)$/i;

/** How many sentences back the body quoted last may be for an "it" that closes a quotation. */
const IT_REACH = 4;
/** '...," it added': a quotation closed right before the pronoun (or the words after a closing mark, alone). */
const QUOTE_CLOSED_BEFORE = /(?:^|[,.!?]?["”])\s*$/;

/** The actor a pronoun stands for. */
const pronounReferent = (a: ActorMention, d: Discourse, speaker: Claimant | null): ActorMention | null => {
  const word = a.name.toLowerCase();
  if (PERSON_PRONOUN.test(word) || word.startsWith('the head')) return d.lastPerson;
  if (word === 'it')
    return speaker && speaker.side !== 'NEUTRAL' ? ({ ...a, name: speaker.name, side: speaker.side } as ActorMention) : d.lastCountry;
  return speaker && speaker.side !== 'NEUTRAL' ? ({ ...a, name: speaker.name, side: speaker.side } as ActorMention) : d.lastActor;
};

const claimantOf = (a: ActorMention, d: Discourse, speaker: Claimant | null, sentenceIndex: number, text = ''): Claimant | null => {
  // "... the analysts of DeepState updated the combat map. According to it, ...": an "it" after "according to" is the
  // outlet or monitor the sentence before named (its map, its report), not a country.
  if (
    /^it$/i.test(a.name) &&
    d.lastSource &&
    sentenceIndex - d.lastSource.sentence === 1 &&
    /\baccording\s+to\s+$/i.test(text.slice(Math.max(0, a.start - 16), a.start))
  ) {
    const source = d.lastSource.actor;
    return { name: source.name, role: source.role, side: source.side ?? 'NEUTRAL' };
  }
  // "she said" after a sentence in which Zakharova spoke is Zakharova, whoever else that sentence named; "It also
  // said ..." after one in which the ministry spoke is the ministry (an institution, not a person).
  // ('... in the specified directions," it added.': an "it" that closes a quotation of several sentences is the body
  // quoted last, a few sentences back where the quotation began, not the country the quotation named.)
  const reach = /^it$/i.test(a.name) && QUOTE_CLOSED_BEFORE.test(text.slice(Math.max(0, a.start - 4), a.start)) ? IT_REACH : 2;
  const spoke = d.recentSpeaker && sentenceIndex - d.recentSpeaker.sentence <= reach ? d.recentSpeaker : null;
  const recent = spoke?.claimant ?? null;
  if (a.kind === 'pronoun' && spoke && recent && recent.role !== 'country') {
    // (Not when the story has named another person since: "... Zelensky praised the troops. In Kherson, he said".)
    const since =
      d.lastPerson &&
      d.lastPersonSentence > spoke.sentence &&
      d.lastPersonSentence < sentenceIndex &&
      d.lastPerson.name !== recent.name &&
      isPersonName({ name: d.lastPerson.name, role: d.lastPerson.role ?? 'person', side: 'NEUTRAL' });
    if (PERSON_PRONOUN.test(a.name) && !/(?:ians|ans)$/.test(recent.name) && !since) return recent;
    if (/^it$/i.test(a.name) && !(speaker && speaker.side !== 'NEUTRAL') && !isPersonName(recent)) return recent;
  }
  const actor = a.kind === 'pronoun' ? pronounReferent(a, d, speaker) : a;
  if (actor && !actor.side && actor.kind === 'generic' && !actor.adversary && UNSIDED_SPEAKER.test(actor.name)) {
    // "said an army spokesman", "the defence ministry said": a spokesman of no stated side speaks for the side the
    // story was just quoting.
    const recent = d.recentSpeaker && sentenceIndex - d.recentSpeaker.sentence <= UNSIDED_SPEAKER_REACH ? d.recentSpeaker.claimant : null;
    if (recent && recent.side !== 'NEUTRAL') return { name: actor.name, role: actor.role, side: recent.side };
    // "according to a military spokesman" in a side's own media: that side's spokesman.
    if (!recent && d.outletSide) return { name: actor.name, role: actor.role, side: d.outletSide };
  }
  if (!actor?.side) return null;
  return { name: actor.name, role: actor.role, side: actor.side };
};

/**
 * How many sentences back "the statement", "the ministry said" may find the source the story last quoted (a few
 * paragraphs of background and a subheading may stand between), and a spokesman of no stated side the side that
 * source spoke for.
 */
const ANAPHORIC_SOURCE_REACH = 6;
/** How many sentences back the person "his report" is may be named. */
const PERSON_SOURCE_REACH = 2;
const UNSIDED_SPEAKER_REACH = 3;

/** Spokesmen, commands, ministries and ministers: speakers whose side, when unstated, is the side the story was quoting. */
const UNSIDED_SPEAKER =
  /\b(?:spokes(?:man|woman|person)|press\s+(?:officer|service|secretary)|officer|soldier|serviceman|president|head\s+of\s+state|commander-in-chief|army|military|command|commander|ministry|minister|general\s+staff|officials?|forces|brigade|battalion|unit|channel|publication|outlet|agency|newspaper)\b/i;

/** A defence ministry, general staff or military command named as such (not "the ministry", which points back to one
 * the story named): a body that speaks for a side (a spokesman, a person, may be anyone's). */
const UNSIDED_BODY =
  /\b(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|general\s+staff|military\s+command|(?:defen[cs]e|military)\s+press\s+service)$/i;

/** The side of the first actor a report names between two offsets (not a pronoun): whose forces it is about. */
const sideReportedOn = (actors: ActorMention[], from: number, to: number): Side | null =>
  actors.find((a) => a.start >= from && a.end <= to && a.side && a.kind !== 'pronoun')?.side ?? null;

const RANK: Record<string, number> = { named: 0, generic: 1, country: 2, pronoun: 3 };

/** "close to", "linked with", "loyal to": what ties a source of no side to a body of one. */
const TIE = String.raw`(?:\w+ly\s+)?(?:close|linked|loyal|connected|affiliated|aligned|allied|tied|attached)\s+(?:to|with)`;
/** ", close to the", "which are linked to": a source's tie, right after it, to the body named next. */
const TIED_TO = new RegExp(String.raw`^,?\s+(?:(?:which|that|who)\s+(?:is|are|was|were)\s+)?${TIE}\s+(?:the\s+)?$`, 'i');
/** "of the", "from", "close to the": what makes a source of no side the body's named after it ("according to"). */
const OF_BODY = new RegExp(String.raw`^\s+(?:of|from|with|for|in|${TIE})\s+(?:the\s+)?$`, 'i');
/** "which is close to the Russian military": the tie a relative clause gives a source. */
const TIE_IN_CLAUSE = new RegExp(String.raw`\b${TIE}\s+(?:the\s+)?`, 'i');

/** "the statement said", "the ministry added": the same source just before a reporting verb. */
const ANAPHORIC_SOURCE_BEFORE =
  /\b(?:the|this|that|its|their|the same|the latest|a\s+(?:later|new|further|subsequent|second|follow-up|separate))\s+(?:[\w-]+\s+)?(?:statement|report|announcement|bulletin|update|briefing|post|message|publication|outlet|channel|newspaper|agency|ministry|department|command|source|spokes(?:man|woman|person)|official)s?(?:\s+(?:on\s+\w+|late\s+on\s+\w+|earlier|later|also|further|additionally|separately|subsequently|then|again|last\s+\w+|this\s+\w+|yesterday|today))*\s+$/i;

/** "the statement", "the ministry", "its bulletin": a source the story has named before. */
const ANAPHORIC_SOURCE =
  /^\s*(?:the|this|that|its|their|his|her|the same|the latest|a\s+(?:later|new|further|subsequent|second|follow-up|separate))\s+(?:[\w-]+\s+)?(?:statement|report|announcement|bulletin|update|briefing|post|message|publication|outlet|channel|newspaper|agency|ministry|department|command|source|spokes(?:man|woman|person)|official)s?\b/i;

/** "reads a message on", "said a statement on": a text, then whose channel or site it is on. */
const SOURCE_AFTER_VERB =
  /^\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:message|post|statement|report|publication|update|text|bulletin)\s+(?:on|in|from|published|posted)\b/i;

/** A title that opens a clause and names the body it is of: "The head of the", "A spokesman for", "an officer from". */
/** "quoted X as saying", "cited X as denying": X, up to "as". */
const QUOTED_AS =
  /^(?:quoted|quotes|quoting|cited|cites|citing)\s+[^.;:"“]{2,80}?\s+as\s+(?:saying|stating|denying|claiming|confirming|telling|reporting|admitting|insisting)\b/i;
/** "(Reuters) -", "(AP) —": the wire a dateline names. */
const DATELINE_SOURCE = /^\([^()]+\)\s*[-—–]/;
const TITLE_OF =
  /^\s*(?:the|an?|one)\s+(?:(?:senior|top|local|regional|deputy|acting|former|military|press)\s+)?(?:head|chief|leader|officials?|spokes(?:man|woman|person)|commander|officers?|representatives?|members?|advis[eo]r|sources?|soldiers?|governor|mayor|deputy|minister)\s+(?:of|from|with|for|in|at)\s+(?:the\s+)?$/i;

/** '..." said', '..., said', '... - said': what closes a report right before an inverted reporting verb (a dash, as
 * agency copy translated from Ukrainian sets it, as a comma does). */
const dashBefore = (text: string, f: Frame): boolean =>
  // ("The head of the administration – said on Monday that ...": a dash that closes an apposition before its verb.)
  /\s[-–—]\s*$/.test(text.slice(Math.max(0, f.start - 3), f.start)) && INVERTED_SPEAKER_END.test(text.slice(f.end));
const invertedBefore = (text: string, f: Frame): boolean =>
  /["”,]\s*$/.test(text.slice(Math.max(0, f.start - 3), f.start)) || dashBefore(text, f);
const commaBefore = (text: string, f: Frame): boolean => /,\s*$/.test(text.slice(Math.max(0, f.start - 3), f.start)) || dashBefore(text, f);

/** ' Kharkiv Governor Oleh Syniehubov', ' the regional governor': a name or a title right after a reporting verb (not a
 * day or a month). */
const SPEAKER_AFTER =
  /^\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|This|That|It|He|She|They|We|In|On|At)\b)[A-Z]/;

/** A word that makes what follows a reporting verb a clause of its own ("said Russian forces entered Vovchansk"), not
 * the verb's speaker. */
const CLAUSE_WORD =
  /\b(?:[a-z][\w'’-]*(?:ed|ing)|is|are|was|were|has|have|had|will|would|could|can|may|might|took|holds?|controls?|remains?|fell|left|lost|won|continues?|not|no|that|there)\b/;

/** An apposition that makes its person an observer: an analyst, an expert, the head of a research centre. */
const OBSERVER_TITLE =
  /\b(?:analysts?|experts?|researchers?|observers?|cent(?:er|re)|institute|think[\s-]?tank|studies|university|professor)\b/i;

/** ' Petro Ivanenko, the governor of', ' Gorb, a drone operator with': a capitalised name of one to four words, then the
 * opening of its apposition (the name in group 1). */
const UNKNOWN_NAME_APPOSED = /^\s+((?:\p{Lu}[\p{L}\p{M}\w'’-]+\s+){0,3}\p{Lu}[\p{L}\p{M}\w'’-]+),\s+(?:(?:the|an?|one)\s+)?(?=[a-z])/u;

/** Who speaks through a frame: its subject, the name after "according to"/"by", or the speaker before it. */
/** "the Russian statement ", "Ukrainian reports ": a side word (group 1) on a statement noun right before a verb. */
const SIDE_STATEMENT_SUBJECT =
  /(?:^|\b(?:the|a|an|on\s+\w+,?)\s+|^\W*)([\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:statements?|reports?|bulletins?|updates?|briefings?|announcements?|accounts?)\s+$/i;

export const speakerOf = (
  f: Frame,
  text: string,
  actors: ActorMention[],
  [from, to]: [number, number],
  previous: Speaker | null,
  d: Discourse,
  dates: DateMention[],
  sentenceIndex: number,
): Speaker => {
  const dateNear = (): ClaimDate | null => {
    const initial = dates.find((x) => x.start < 25 && x.start < (text.indexOf(',') >= 0 ? text.indexOf(',') : 25));
    const inClause = dates.filter(
      (x) =>
        x.start >= from &&
        x.end <= to &&
        Math.abs(x.start - f.start) < 120 &&
        !inSinceClauseOf(text, x, f.start) &&
        // ("Kyiv said, a day after Moscow claimed ...": an after-clause's span dates the claim it tells, not a frame.)
        !x.after,
    );
    const best = inClause.sort((a, b) => Math.abs(a.start - f.start) - Math.abs(b.start - f.start))[0] ?? initial ?? null;
    return best ? { value: best.value, precision: best.precision } : null;
  };
  let chosen: ActorMention | null = null;
  if (f.kind === 'according' || f.kind === 'by') {
    // "according to X," names X up to the comma; "claims made by X that ..." up to "that".
    const next = text.slice(f.end).search(f.kind === 'according' ? /\bthat\b|[,;:]|$/ : /\bthat\b|[,;]\s+(?:that|who)\b|$/);
    // "claims from Russia that ...": after "from", only the name right there makes them ("the report from the front
    // said Russian forces ..." names no maker).
    const madeFrom = /\bfrom$/i.test(text.slice(f.start, f.end));
    const span = actors.filter(
      (a) =>
        a.start >= f.end && a.start <= f.end + Math.max(next, 0) + 1 && (!madeFrom || /^\s*(?:the\s+)?$/i.test(text.slice(f.end, a.start))),
    );
    chosen = [...span].sort((a, b) => RANK[a.kind]! - RANK[b.kind]! || a.start - b.start)[0] ?? null;
    // "according to the spokesman of the Eastern Group of Forces, Serhii Cherevatyi, ...": the person an apposition
    // names after the title is who speaks (not whoever the story last called "the spokesman").
    const comma = f.end + next;
    const apposed =
      chosen?.kind === 'generic' && text[comma] === ','
        ? actors.find((a) => a.kind === 'named' && a.start > comma && /^,\s*$/.test(text.slice(comma, a.start)) && text[a.end] === ',')
        : undefined;
    if (apposed) chosen = apposed;
    // "according to an officer from the 59th Separate Motorized Infantry Brigade": a title without a side speaks for
    // the body it is of.
    if (chosen && !chosen.side) {
      const body = span.find((a) => a.side && a.start >= chosen!.end && OF_BODY.test(text.slice(chosen!.end, a.start)));
      if (body) chosen = { ...chosen, side: body.side };
    }
    // "according to the SHOT Telegram channel and pro-Russian war bloggers": sources of no side and of one side,
    // named together, speak for that side.
    if (chosen && !chosen.side) {
      const sided = span.filter((a) => a !== chosen && a.kind !== 'pronoun' && a.side && a.side !== 'NEUTRAL');
      const joined = sided.find(
        (a) =>
          a.start > chosen!.end && /^\s*(?:,\s*)?(?:and|as\s+well\s+as)\s+(?:[\w'’-]+\s+){0,3}$/i.test(text.slice(chosen!.end, a.start)),
      );
      if (joined && sided.every((a) => a.side === joined.side)) chosen = joined;
    }
    // "Russian forces have reclaimed control of Sudzha ..., according to an announcement by the Defence Ministry": a
    // ministry or command of no stated side, named after the report, speaks for the report's subject (as ", the
    // ministry said" does).
    // Not "the U.K. Defense Ministry" (a name the lexicon missed before it), not "military analysts".
    if (
      chosen &&
      !chosen.side &&
      chosen.kind === 'generic' &&
      UNSIDED_BODY.test(chosen.name) &&
      /,\s*$/.test(text.slice(from, f.start)) &&
      /(?:^|\b(?:the|a|an|its)\s+)$/i.test(text.slice(f.end, chosen.start))
    ) {
      const side = sideReportedOn(actors, from, f.start);
      if (side) chosen = { ...chosen, side };
    }
    // "according to the Russian SMP", "according to Ukrainian data": a source the lexicon does not know, whose side
    // its words give.
    if (!chosen && f.kind === 'according') {
      const words = text.slice(f.end, f.end + Math.max(next, 0));
      const marker = sideMarkers(words)[0];
      if (marker && words.trim().split(/\s+/).length <= 5) {
        const name = words.trim().replace(/^the\s+/i, '');
        return { claimant: { name, role: 'media', side: marker.side }, date: dateNear() ?? previous?.date ?? null, rule: f.rule };
      }
    }
    // "According to the statement, ...": the statement the story has just quoted, so its speaker.
    if (
      !chosen &&
      d.recentSpeaker &&
      sentenceIndex - d.recentSpeaker.sentence <= ANAPHORIC_SOURCE_REACH &&
      ANAPHORIC_SOURCE.test(text.slice(f.end, f.end + Math.max(next, 0)))
    )
      return { claimant: d.recentSpeaker.claimant, date: dateNear() ?? previous?.date ?? null, rule: f.rule };
    // "Gerasimov briefed Putin on Wednesday. According to his report, ...": the person the story last named.
    if (
      !chosen &&
      f.kind === 'according' &&
      d.lastPerson?.side &&
      sentenceIndex - d.lastPersonSentence <= PERSON_SOURCE_REACH &&
      /^\s*(?:his|her)\b/i.test(text.slice(f.end)) &&
      ANAPHORIC_SOURCE.test(text.slice(f.end, f.end + Math.max(next, 0)))
    )
      chosen = d.lastPerson;
  } else if (f.kind === 'possessive') {
    chosen = [...actors].reverse().find((a) => a.end <= f.start && f.start - a.end <= 4) ?? null;
    // "a Ukrainian claim to have recaptured": the side word before the noun, no actor of its own.
    const marker = chosen ? undefined : sideMarkers(text.slice(Math.max(0, f.start - 25), f.start)).at(-1);
    if (marker && /^\s*$/.test(text.slice(Math.max(0, f.start - 25) + marker.end, f.start)))
      return {
        claimant: {
          name: text.slice(Math.max(0, f.start - 25) + marker.start, Math.max(0, f.start - 25) + marker.end),
          role: 'country',
          side: marker.side,
        },
        date: dateNear() ?? previous?.date ?? null,
        rule: f.rule,
      };
  } else {
    // "the Russian statement said", "Ukrainian reports say": the side word on the statement noun that is the verb's
    // subject names who speaks, as it does before "claim" (attribution.side-claim).
    const statementSubject = f.kind === 'verb' ? SIDE_STATEMENT_SUBJECT.exec(text.slice(Math.max(0, f.start - 60), f.start)) : null;
    const statementMarker = statementSubject ? sideMarkers(statementSubject[1]!).at(-1) : undefined;
    if (statementSubject && statementMarker && statementMarker.end === statementSubject[1]!.length)
      return {
        claimant: {
          name: statementSubject[0].slice(statementSubject[0].lastIndexOf(statementSubject[1]!)).trim(),
          role: 'country',
          side: statementMarker.side,
        },
        date: dateNear() ?? previous?.date ?? null,
        rule: f.rule,
      };
    const quoteClose = quotationEndBefore(text, f.start);
    // The last "that" before the verb ends the subject's reach, unless it opens a relative clause in an apposition
    // ("DeepState, a Ukrainian project that maps the front line ..., on Tuesday showed that ...").
    const thatAt = [...text.slice(0, f.start).matchAll(/\bthat\b/g)]
      .map((m) => m.index)
      .filter((at) => !APPOSITION_RELATIVE.test(text.slice(Math.max(0, at - 60), at)))
      .reduce((last, at) => Math.max(last, at), -1);
    // "..., News.Az reports": a name the lexicon does not know, after a comma, is the subject; nothing before the comma is.
    // ("..., Röpke notes": a name may spell its letters beyond ASCII.)
    const nameMatch = /,\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}\w.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}\w.'’-]*){0,3}\s+$/u.exec(
      text.slice(Math.max(0, f.start - 50), f.start),
    );
    const unknownName = nameMatch ? Math.max(0, f.start - 50) + nameMatch.index + 1 : -1;
    // "After Russian forces shelled Kupiansk, the Ukrainian army counterattacked, saying ...": not the opening clause's.
    const opening =
      f.kind === 'participle'
        ? /^(?:After|Before|As|While|When|Since|Although|Though|If|Despite|Following|Amid)\b[^,]{0,120},\s*/.exec(text)
        : null;
    const spanStart = Math.max(
      from,
      opening ? opening[0].length : 0,
      quoteClose + 1,
      thatAt >= 0 ? thatAt + 4 : 0,
      unknownName >= 0 && !actors.some((a) => a.start >= unknownName && a.end <= f.start) ? unknownName : 0,
    );
    // The subject is the last actor before the verb that is not inside a prepositional phrase
    // ("Leonid Sharov, spokesman for the Sapad group, told": Sharov; "in Moscow, Maria Zakharova said": Zakharova).
    const subject = actors.filter(
      (a) =>
        a.start >= spanStart &&
        a.end <= f.start &&
        // "KYIV, May 8 (Reuters) - ...": the wire of a dateline tells the story, it is no subject in it.
        !DATELINE_SOURCE.test(text.slice(Math.max(0, a.start - 1), a.end + 4)) &&
        // ("In eastern Ukraine, footage identified by CNN showed": not Ukraine, whatever words describe it.)
        (!/\b(?:for|of|in|at|from|with|to|by|on|about|near|against|into|inside|across|towards?|over|through|under)\s+(?:the\s+|a\s+)?(?:(?:eastern|western|northern|southern|central|north-?eastern|north-?western|south-?eastern|south-?western|occupied|war-torn|neighbou?ring)\s+)?$/i.test(
          text.slice(Math.max(0, a.start - 30), a.start),
        ) ||
          // "Reports from Moscow-loyal milbloggers suggest": the source of the reports that are the subject.
          REPORTS_FROM.test(text.slice(Math.max(spanStart, a.start - 30), a.start))),
    );
    // A named person or institution in the subject beats the title beside it ("Viktor Trehubov, a Ukrainian military spokesman").
    const adjacent = subject.find(
      (a) =>
        /^\s*$/.test(text.slice(a.end, f.start)) ||
        // ("Russia repeatedly said", "Moscow has previously claimed": an adverb or two between.)
        /^\s+(?:(?:also|has|have|had|later|then|again|further|[a-z]{3,}ly)\s+){1,2}$/.test(text.slice(a.end, f.start)),
    );
    // "Maliar and other Ukrainian and Russian sources reported": of a subject of several joined by "and", the first.
    const joinedFirst = adjacent
      ? subject.find(
          (a) =>
            a.end <= adjacent.start &&
            (a.side || a.kind !== 'generic') &&
            /^\s+and\s+(?:other\s+|several\s+|some\s+|many\s+)?$/i.test(text.slice(a.end, adjacent.start)),
        )
      : undefined;
    // A participle's subject is the main clause's, its first actor ("Cherevaty, a spokesman ..., denied the Russian
    // Defence Ministry's claim, ..., saying": Cherevaty).
    // "..., with Ukraine’s armed forces claiming Wednesday to have regained X", "reports from Russia claiming it has
    // captured X": an actor right before a participle is its own subject.
    const participleOwn =
      f.kind === 'participle'
        ? actors.find(
            (a) =>
              a.start >= spanStart &&
              // ("..., with officials saying": a spokesman or official of no stated side is the participle's own
              // subject too, whose side the story gives.)
              (a.side || a.kind !== 'generic' || UNSIDED_SPEAKER.test(a.name)) &&
              /^\s+(?:\w+day\s+)?$/.test(text.slice(a.end, f.start)) &&
              /\b(?:with|(?:reports?|claims?|statements?|messages?|posts?)\s+(?:from|by|in))\s+(?:the\s+)?$/i.test(
                text.slice(Math.max(0, a.start - 20), a.start),
              ),
          )
        : undefined;
    // "an expert told ...", "the analyst said": an observer no word gives a side is independent (NEUTRAL), not the side
    // a clause before it names; "DeepState monitoring group reported": the name just before it.
    const observer = adjacent && adjacent.kind === 'generic' && !adjacent.side && adjacent.role === 'observer' ? adjacent : null;
    const observed = observer
      ? (actors.find((a) => a.kind === 'named' && a.end <= observer.start && /^\s*$/.test(text.slice(a.end, observer.start))) ?? {
          ...observer,
          side: 'NEUTRAL' as const,
        })
      : null;
    // A participle's subject, and a verb's coordinated after "and" ("Kyiv dismissed Russia's announcement and said ..."),
    // is the clause's, its first actor, not one inside the first verb's object.
    const ofClause =
      f.kind === 'participle' ||
      (f.kind === 'verb' && !adjacent && /\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/i.test(text.slice(spanStart, f.start)));
    const subjectLast =
      participleOwn ??
      (ofClause ? (subject.find((a) => a.side || a.kind !== 'generic') ?? null) : null) ??
      joinedFirst ??
      (adjacent && (adjacent.kind !== 'generic' || adjacent.side) ? adjacent : null) ??
      observed ??
      [...subject].reverse().find((a) => a.kind === 'named') ??
      [...subject].reverse().find((a) => a.side) ??
      subject[subject.length - 1] ??
      null;
    // Inverted attribution: '..." said the head of state', '..., said Maria Zakharova'.
    // '..., confirmed mayor Igor Kolykhayev': a title of up to three words may stand between.
    const inverted =
      f.kind === 'verb' && invertedBefore(text, f)
        ? actors.find(
            (a) =>
              a.start >= f.end &&
              // "..., says Denis Bezsonov": a first name the lexicon gives otherwise ("Daniil") before the surname it knows.
              // ('..., said the Luhansk region administration head Serhiy Haidai': a place may open the title.)
              /^\s*(?:the\s+)?(?:[A-Z][a-z'’-]+\s+(?=[a-z]))?(?:(?!(?:that|which|who|whom|if|whether|it|they|he|she|we|this|these|those|there|to|on|in|at|by)\b)[a-z][\w-]*\s+){0,3}(?:[A-Z][a-z'’-]+\s+)?$/.test(
                text.slice(f.end, a.start),
              ),
          )
        : undefined;
    // A passive report names its speaker after "by": "a claim rejected by Ukraine's military".
    // "... have been dismissed as untrue by the Ukrainian authorities": the agent after "as <word> by".
    // ("contradicted claims by Putin": a frame that ends on its object names whose claim it answers, not its agent.)
    const participle = /(?:ed|said|told|made|written|shown|seen|given|known)$/i.test(text.slice(f.start, f.end));
    const agent = actors.find(
      (a) =>
        a.start >= f.end &&
        ((participle && /^\s+by\s+(?:the\s+)?$/i.test(text.slice(f.end, a.start))) ||
          (/^(?:dismissed|rejected|described|branded|called|denounced)$/i.test(text.slice(f.start, f.end)) &&
            /^\s+as\s+[\w-]+\s+by\s+(?:the\s+)?$/i.test(text.slice(f.end, a.start)))),
    );
    // '..., reads a message on the official Telegram channel of the Khortytsia group': the source's owner.
    const owner =
      f.kind === 'verb' && invertedBefore(text, f) && SOURCE_AFTER_VERB.test(text.slice(f.end, f.end + 40))
        ? actors
            .filter((a) => a.start >= f.end && a.side && a.start - f.end < 110 && !/[,.;]/.test(text.slice(f.end, a.start)))
            .sort((a, b) => RANK[a.kind]! - RANK[b.kind]! || a.start - b.start)[0]
        : undefined;
    // '..., confirmed mayor Igor Kolykhayev': an inverted speaker after a comma outranks the subject of what he reports;
    // a name right after a title is the speaker.
    const invertedNamed =
      inverted && inverted.kind === 'generic'
        ? (actors.find(
            (a) =>
              a.start > inverted.end &&
              a.kind === 'named' &&
              /^(?:\s*,?\s*|\s+(?:(?!(?:of|for|in|at|on|by|to|and|or|with|from|about|that|who|which)\b)[a-z][\w-]*(?<!ing)\s+){1,2})$/.test(
                text.slice(inverted.end, a.start),
              ),
          ) ?? inverted)
        : inverted && inverted.kind === 'named' && (inverted.role === 'government' || inverted.role === 'military')
          ? // ('..., said head of the Kharkov Regional State Administration Vitaly Ganchev': the person the body's title
            // ends on speaks, not the body.)
            (actors.find(
              (a) =>
                a.start > inverted.end && a.kind === 'named' && FULL_NAME.test(a.name) && /^\s+$/.test(text.slice(inverted.end, a.start)),
            ) ?? inverted)
          : inverted;
    const afterComma =
      invertedNamed &&
      !f.denial &&
      invertedNamed.side &&
      commaBefore(text, f) &&
      // ", stated Pentagon on Wednesday.": a time may follow the speaker; ", said the regional governor of Ukraine's
      // Donetsk region on Tuesday.": and the body or region the speaker is of.
      /^(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s*(?:(?:on|late|early|last|this)\s+\w+(?:\s+\d{1,2})?\s*|yesterday\s*|today\s*)?(?:[,.;:]|$)/i.test(
        text.slice(invertedNamed.end, invertedNamed.end + 30),
      )
        ? invertedNamed
        : null;
    // '..., said Petro Ivanenko, the governor of Kharkiv region', '..., said Gorb, a drone operator with Ukraine's 28th
    // Brigade': a name the lexicon does not know, right after an inverted verb, is the speaker, and speaks for the side
    // of the body or office its apposition names (never for the subject of what he reports, before the verb).
    const apposedName = f.kind === 'verb' && !inverted && invertedBefore(text, f) ? UNKNOWN_NAME_APPOSED.exec(text.slice(f.end)) : null;
    const apposedSpeaker = apposedName
      ? (() => {
          const from = f.end + apposedName[0].length;
          const stop = text
            .slice(from)
            .search(
              /[;:"“”]|,\s+(?:who|which|and|but|as|while|adding|saying|noting)\b|,\s+(?:on|late|early|last|this)\s+\w+\s*[,.]|\.(?:\s|$)|$/i,
            );
          // ("..., said Oleksandr Musiienko, the head of the Kyiv-based Center for Military Legal Studies": an observer.)
          if (OBSERVER_TITLE.test(text.slice(from, from + stop))) return null;
          const body = actors.find(
            (a) => a.start >= from && a.end <= from + stop && (a.side === 'RU' || a.side === 'UA') && a.kind !== 'pronoun',
          );
          return body ? { ...body, name: apposedName[1]!, kind: 'named' as const } : null;
        })()
      : null;
    // "Gerasimov, seated among officers opposite Putin, who was in uniform, told the president ...", "The Vostok
    // battalion, which had been stationed in the village, admitted ...": the verb closes a relative clause; its
    // subject is the sentence's before that clause, not an actor inside it.
    const relativeAt = /,\s+(?:who|which)\s+$/i.exec(text.slice(0, from))?.index ?? -1;
    const relativeBefore = f.kind === 'verb' && relativeAt >= 0 && /^[^;]*,\s*$/.test(text.slice(from, f.start));
    const outerSubject = relativeBefore
      ? (actors.find((a) => a.end <= relativeAt && a.side && a.kind === 'named') ??
        actors.find((a) => a.end <= relativeAt && a.side) ??
        null)
      : null;
    // "The Rebar channel on Telegram, which is close to the Russian military, reported": a source of no known side
    // that the relative clause ties to one.
    if (relativeBefore && !outerSubject && !agent && !afterComma) {
      const clause = text.slice(from, f.start);
      const tie = TIE_IN_CLAUSE.exec(clause);
      const marker = tie ? sideMarkers(clause.slice(tie.index + tie[0].length, tie.index + tie[0].length + 30))[0] : undefined;
      const name = text
        .slice(0, relativeAt)
        .replace(/^\s*(?:the\s+)?/i, '')
        .trim();
      if (marker && marker.start === 0 && name && name.split(/\s+/).length <= 6)
        return { claimant: { name, role: 'media', side: marker.side }, date: dateNear() ?? previous?.date ?? null, rule: f.rule };
    }
    // "Russian forces pushed Ukrainian troops out of X, the ministry said": before a speaker of no side set after the
    // report the actors are the report's own, and its subject comes first; the last one is its object.
    const unsidedAfterReport =
      adjacent &&
      !adjacent.side &&
      adjacent.kind === 'generic' &&
      UNSIDED_SPEAKER.test(adjacent.name) &&
      /,\s*(?:the\s+|a\s+|an\s+)?$/i.test(text.slice(Math.max(0, adjacent.start - 6), adjacent.start));
    const reportSubject =
      unsidedAfterReport && subjectLast && subjectLast.kind !== 'named'
        ? (subject.find((a) => a.side && a.kind !== 'pronoun' && a.end <= adjacent.start) ?? subjectLast)
        : subjectLast;
    // "The head of the Russian-backed administration in the Donetsk region said": a title with no actor of its own
    // speaks for the body it is of (as after "according to").
    // (Looked for only when nothing before it in the chain speaks.)
    // ("Severodonetsk is under Russian occupation, the head of the city military administration said": the title may
    // open after the last comma before it.)
    const titleFrom = (a: ActorMention): number => {
      const comma = text.slice(spanStart, a.start).lastIndexOf(',');
      return comma >= 0 ? spanStart + comma + 1 : spanStart;
    };
    const titledSpeaker = (): ActorMention | null => {
      const titled = actors.find(
        (a) => a.side && a.start >= spanStart && a.end <= f.start && TITLE_OF.test(text.slice(titleFrom(a), a.start)),
      );
      return titled
        ? { ...titled, name: text.slice(titleFrom(titled), titled.end).replace(/^\s*(?:the|an?|one)\s+/i, ''), kind: 'generic' }
        : null;
    };
    // "Reuters quoted deputy governor Roman Semenukha as saying", "the BBC quoted a Ukrainian military spokesman as
    // denying": the one quoted speaks, not the outlet that quotes.
    const quotedAs = QUOTED_AS.exec(text.slice(f.start, f.end + 120));
    const quoted = quotedAs
      ? (() => {
          const span = actors.filter((a) => a.start >= f.end && a.end <= f.start + quotedAs[0].length);
          // "RIA cited an official as saying": one of no side speaks for the outlet that cites him.
          return span.find((a) => a.kind === 'named' && a.role !== 'media') ?? span.find((a) => a.side) ?? null;
        })()
      : null;
    // "He met Oleksandr Syrskyi, who said ...", "comments by Valentyn Manko, commander of Ukraine's Assault Forces, who
    // said ...": the relative pronoun is the verb's subject; the one it stands for is named right before it (the name
    // of a title set off by commas before that).
    const whoAt = f.kind === 'verb' ? WHO_SUBJECT.exec(text.slice(0, f.start)) : null;
    const relativeSubject = whoAt
      ? (() => {
          const near = [...actors].reverse().find((a) => a.end <= whoAt.index && /^\s*$/.test(text.slice(a.end, whoAt.index)));
          const titled = near
            ? [...actors]
                .reverse()
                .find(
                  (a) =>
                    a.kind === 'named' &&
                    a.end <= near.start &&
                    /^,\s+(?:the\s+|a\s+|an\s+)?[^,;]{0,60}$/.test(text.slice(a.end, near.start)),
                )
            : undefined;
          const who = titled ?? near;
          return who && (who.side || who.kind === 'named') && who.kind !== 'pronoun' ? who : null;
        })()
      : null;
    // "Russian forces entered Vovchansk, said Kharkiv Governor Petro Ivanenko.": a verb set after a comma with its
    // speaker after it, closing the sentence, has that speaker; the subject before the comma is the report's own.
    const afterVerb = text.slice(f.end);
    const speakerAfter =
      f.kind === 'verb' &&
      commaBefore(text, f) &&
      (!!apposedName ||
        (SPEAKER_AFTER.test(afterVerb) && INVERTED_SPEAKER_END.test(afterVerb) && !CLAUSE_WORD.test(afterVerb.replace(/\.\s*$/, ''))) ||
        // ("..., said the officer.", "... - said a soldier of the brigade.": a speaker described, not named.)
        (!!invertedNamed &&
          invertedNamed.kind === 'generic' &&
          /^\s+(?:the|a|an|one)\s+(?:[\w'’-]+\s+){0,2}$/i.test(text.slice(f.end, invertedNamed.start)) &&
          INVERTED_SPEAKER_END.test(afterVerb)));
    // (Not "Voloshyn, the spokesperson of the group, told Interfax Ukraine": a subject set off by an apposition, and
    // the one told.)
    const reportAfter = speakerAfter && !/^(?:told|tells?|telling)$/i.test(text.slice(f.start, f.end)) && reportSubject?.kind !== 'named';
    chosen =
      quoted ??
      agent ??
      afterComma ??
      apposedSpeaker ??
      relativeSubject ??
      outerSubject ??
      (reportAfter ? invertedNamed : reportSubject) ??
      titledSpeaker() ??
      owner ??
      invertedNamed ??
      null;
    // "..., Reuters reported, citing Commander-in-Chief Oleksandr Syrskyi", "reports 'Glavkom' citing ...": an outlet,
    // or a speaker of no side, that cites a side's source passes on that source's claim.
    const citedAt = f.kind === 'verb' ? CITING.exec(text.slice(f.end, f.end + 60)) : null;
    if (citedAt && (!chosen || !chosen.side || chosen.side === 'NEUTRAL' || chosen.role === 'media')) {
      const from = f.end + citedAt.index + citedAt[0].length;
      const end = text.slice(from).search(/[,;.]|$/);
      const cited = actors.filter((a) => a.start >= from && a.end <= from + end && (a.side === 'RU' || a.side === 'UA'));
      const source = [...cited].reverse().find((a) => a.kind === 'named' && a.role !== 'media') ?? cited[0];
      if (source) chosen = source;
    }
    // "Telegram channels close to the Russian Defence Ministry confirm": a source of no side tied to a body of one.
    if (chosen && !chosen.side && chosen.kind === 'generic') {
      const from = chosen.end;
      const tied = actors.find((a) => a.side && a.start >= from && a.start - from < 40 && TIED_TO.test(text.slice(from, a.start)));
      if (tied) chosen = { ...chosen, side: tied.side };
    }
    // "Other pro-Russian bloggers gave similar accounts, and said that ...": a verb coordinated after ", and" has the
    // first clause's subject.
    if (!chosen && f.kind === 'verb' && /(?:,\s+|\s)and\s+(?:also\s+|later\s+)?$/i.test(text.slice(0, f.start)))
      chosen =
        actors.find(
          (a) =>
            a.end <= f.start &&
            a.side &&
            !/\b(?:for|of|in|at|from|with|to|by|on|about|near|against|into)\s+(?:the\s+|a\s+)?$/i.test(
              text.slice(Math.max(0, a.start - 12), a.start),
            ),
        ) ?? null;
    // "..., the statement said": a source the story has already named speaks again.
    if (
      !chosen &&
      d.recentSpeaker &&
      sentenceIndex - d.recentSpeaker.sentence <= ANAPHORIC_SOURCE_REACH &&
      ANAPHORIC_SOURCE_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start))
    )
      return { claimant: d.recentSpeaker.claimant, date: dateNear() ?? previous?.date ?? null, rule: f.rule };
    // A country speaking through a person the same clause names: "Ukraine denied ... during President Zelenskyy's visit".
    if (chosen?.kind === 'country') {
      const person = actors.find(
        (a) => a.kind === 'named' && a.side === chosen!.side && a.start >= from && a.end <= to && a.role !== 'media' && a.role !== 'group',
      );
      if (person) {
        const country = chosen;
        return {
          claimant: { name: `${country.name} (${person.name})`, role: 'country', side: country.side! },
          date: dateNear() ?? previous?.date ?? null,
          rule: f.rule,
        };
      }
    }
  }
  // "Governor Oleh Hryhorov ... listed four villages that he said were held": "he" is the person this sentence named.
  if (chosen?.kind === 'pronoun' && PERSON_PRONOUN.test(chosen.name)) {
    const at = chosen.start;
    const person = [...actors]
      .reverse()
      .find((a) => a.end <= at && a.kind === 'named' && a.side && a.role !== 'media' && a.role !== 'country' && FULL_NAME.test(a.name));
    if (person) chosen = person;
  }
  // "In its daily briefing, Russia's defence ministry ... ; in the briefing from Russia's defence ministry on Saturday,
  // it disputed ...": an "it" that opens the main clause after an opening phrase naming a body is that body.
  if (chosen?.kind === 'pronoun' && /^it$/i.test(chosen.name) && OPENING_PHRASE_BEFORE_IT.test(text.slice(0, chosen.start))) {
    const at = chosen.start;
    const body = [...actors]
      .reverse()
      .find(
        (a) =>
          a.end <= at &&
          a.kind !== 'pronoun' &&
          a.kind !== 'country' &&
          (a.side === 'RU' || a.side === 'UA') &&
          (a.role === 'military' || a.role === 'government' || a.role === 'media'),
      );
    if (body) chosen = body;
  }
  let claimant = chosen ? claimantOf(chosen, d, previous?.claimant ?? null, sentenceIndex, text) : null;
  // "The defense ministry said Russian troops liberated Lozuvatske": a ministry or command of no side the story gives
  // reports for the side whose forces its report is about; and when that side's forces "liberated" a place ("Earlier,
  // the Ministry of Defense stated that Russian troops liberated Lastochkino"), it speaks in that side's own words,
  // whoever spoke before.
  if (chosen && !chosen.side && chosen.kind === 'generic' && UNSIDED_BODY.test(chosen.name) && f.kind === 'verb') {
    const forces = actors.find((a) => a.start >= f.end && a.end <= to && a.side && a.kind !== 'pronoun');
    const ownWords = forces && forces.side !== 'NEUTRAL' && OWN_WORD_AFTER.test(text.slice(forces.end, Math.min(to, forces.end + 40)));
    if (forces && (ownWords || !claimant)) claimant = { name: chosen.name, role: chosen.role, side: forces.side! };
  }
  // "The military said ... the occupiers are trying to gain a foothold": a speaker of no side who calls the enemy by a
  // word only one side uses is of that side.
  // (Not a side the story's last speaker lends it: the word is the speaker's own.)
  if (chosen && !chosen.side && chosen.kind === 'generic' && !chosen.adversary && f.kind === 'verb') {
    const usedBy = actors.find((a) => a.start >= f.end && a.usedBy)?.usedBy;
    if (usedBy) claimant = { name: chosen.name, role: chosen.role, side: usedBy };
  }
  if (!claimant && previous) return { claimant: previous.claimant, date: dateNear() ?? previous.date, rule: f.rule };
  return { claimant: claimant ?? OUTLET, date: dateNear() ?? previous?.date ?? null, rule: f.rule };
};

/** The speaker of every frame of a sentence, each frame's speaker standing in for the next one's when it names none. */
export const frameSpeakers = (
  frames: Frame[],
  text: string,
  actors: ActorMention[],
  clauses: Clauses,
  d: Discourse,
  dates: DateMention[],
  index: number,
): Map<Frame, Speaker> => {
  const speakers = new Map<Frame, Speaker>();
  let previous: Speaker | null = null;
  // "..., Ukraine's army said, adding that ...": a participle after a reporting verb is that verb's speaker's.
  let previousVerb: Speaker | null = null;
  for (const f of frames) {
    const k = clauses.of(f.start);
    // "Ukraine launched an offensive, saying ...": a participle opens a clause of its own whose subject is that of
    // the clause it continues.
    let head = k;
    if (f.kind === 'participle') while (head > 0 && clauses.breaks[head]!.continues) head--;
    const span: [number, number] = [clauses.span(head)[0], clauses.span(k)[1]];
    const s: Speaker =
      f.kind === 'participle' && previousVerb
        ? { ...previousVerb, rule: f.rule }
        : speakerOf(f, text, actors, span, previous, d, dates, index);
    speakers.set(f, s);
    if (f.kind === 'verb') previousVerb = s;
    // "dismissed X's claim as untrue and insisted ...": a verb without a subject shares the last verb's, not the
    // speaker of the claim named in between ("a statement by X said" does pass X on).
    if (f.kind !== 'possessive') previous = s;
  }
  // '"I do not confirm the information that ...," Voloshyn said': a first person inside a quote is the speaker the
  // sentence names where the quote closes.
  for (const f of frames) {
    if (speakers.get(f)!.claimant.role !== 'outlet' || !FIRST_PERSON_BEFORE.test(text.slice(Math.max(0, f.start - 30), f.start))) continue;
    const closing = frames.find(
      (g) => g.start > f.end && /["”]/.test(text.slice(f.end, g.start)) && speakers.get(g)!.claimant.role !== 'outlet',
    );
    if (closing) speakers.set(f, { ...speakers.get(closing)!, rule: speakers.get(f)!.rule });
  }
  return speakers;
};

/** "Reports from", "data by": reports whose source is the body named after them. */
const REPORTS_FROM = new RegExp(
  `\\b(?:${STATEMENT_NOUNS}|data|maps?|accounts?|footage|videos?|posts?)\\s+(?:(?:produced|published|released|compiled|posted|issued|shared)\\s+)?(?:from|by|of)\\s+(?:(?:the|other|some|several|many|various)\\s+)?$`,
  'i',
);

/** "I do not", "we have", "I’ll tell you": a first-person subject just before a verb. */
const FIRST_PERSON_BEFORE = /(?:^|[\s"“])(?:I|[Ww]e)(?:['’](?:ll|d|m|ve|re))?\s+(?:[\w’']+\s+){0,2}$/;

/** ", citing", after a reporting verb and the words that name its speaker: whose words the report passes on. */
const CITING = /^(?:\s+[^\s,;.]+){0,4}?,?\s+citing\s+/i;

/** ", who said": a relative clause whose pronoun is the reporting verb's subject. */
const WHO_SUBJECT = /(?:,\s+|\s+(?=who\s))who\s+(?:(?:also|later|then|earlier|previously|has|have|had)\s+)*$/i;

/** ", which ", ", who ": where a relative clause opens. */
const RELATIVE_OPENED = /,\s*(?:which|who|whose|where)\s+$/i;
/** The rest of a relative clause, closed by a comma, then the interrupted clause's auxiliaries up to the cue. */
const RESUMED = new RegExp(String.raw`^[^.;,]*,\s+${RESUMING_AUXILIARIES}$`, 'i');

/** "contrary to", "despite", "dismissing": words before claims a sentence answers. */
const SET_AGAINST = new RegExp(`\\b(?:${SET_AGAINST_WORDS})\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,4}(?:(?:${STATEMENT_NOUNS})\\s*)?$`, 'i');

/** The frame that reports a cue: the nearest before it in its clause (or a clause continuing that speech), else a trailing one. */
export const governingFrame = (c: Cue, ctx: Pick<SentenceContext, 'frames' | 'clauses' | 'text' | 'cues' | 'actors'>): Frame | null => {
  const { frames, clauses, text } = ctx;
  if (c.stance === 'DENIAL') {
    const own = frames.find((f) => f.denial && f.start === c.start);
    if (own) return own;
  }
  // "Robotyne, whose recapture was announced by Ukraine", "Novoselydivka, the capture of which was reported by the
  // ministry": a relative clause that names who reported the capture reports it itself.
  if (c.antecedent) {
    const own = frames.find((f) => f.kind === 'by' && f.start >= c.end && /^[^,;]{0,30}$/.test(text.slice(c.end, f.start)));
    if (own) return own;
  }
  const k = clauses.of(c.start);
  let reach = k;
  // "announced that the villages of A and B, which lie northeast of X, have been taken": after a relative clause
  // closed before it, the cue goes on with the clause the relative interrupted.
  const opened = clauses.span(k)[0];
  if (k > 0 && RELATIVE_OPENED.test(text.slice(Math.max(0, opened - 12), opened)) && RESUMED.test(text.slice(opened, c.start))) reach--;
  while (reach > 0 && clauses.breaks[reach]!.continues) reach--;
  // "Izium, whose capture Moscow announced on Monday, is still holding out", "Synkivka, the occupation of which was
  // reported by Russian channels, is under Ukrainian control": a relative clause closed before the cue reports only itself.
  const closedRelative = (f: Frame): boolean =>
    /,\s+(?:whose|which|who|where|the\s+[\w-]+\s+of\s+which)\b[^,;]*$/i.test(text.slice(0, f.start)) &&
    text.slice(f.end, c.start).includes(',');
  // A frame may open the cue itself ("reported capturing Vuhledar").
  const opens = (f: Frame): boolean => f.end <= c.start || (f.start <= c.start && f.end < c.end && !f.denial);
  // "called the Wagner claim a fake": a claim a denial names is what it denies, not who denies it.
  const namesDenied = (f: Frame): boolean => c.stance === 'DENIAL' && (f.kind === 'possessive' || f.kind === 'by');
  // "contrary to claims by Russia's Defence Ministry, the Armed Forces of Ukraine still control the settlement,
  // Lysohor reported": the claims a sentence sets itself against, once their phrase is closed, are whose words it
  // answers, not who speaks.
  const setAgainst = (f: Frame): boolean =>
    (f.kind === 'possessive' || f.kind === 'by') &&
    SET_AGAINST.test(text.slice(Math.max(0, f.start - 60), f.start)) &&
    // ("despite claims from Russia that the city has been brought under control": inside the claims, they speak.)
    /,/.test(text.slice(f.end, c.start)) &&
    !/\bthat\b/i.test(text.slice(f.end, c.start));
  const before = frames.filter(
    (f) =>
      opens(f) &&
      clauses.of(f.start) >= reach &&
      clauses.of(f.start) <= k &&
      !(f.denial && c.stance !== 'DENIAL') &&
      !closedRelative(f) &&
      !namesDenied(f) &&
      !setAgainst(f),
  );
  const beforeAny = frames.filter(
    (f) => opens(f) && clauses.of(f.start) >= reach && clauses.of(f.start) <= k && !closedRelative(f) && !namesDenied(f) && !setAgainst(f),
  );
  if (before.length) return before[before.length - 1]!;
  if (beforeAny.length) return beforeAny[beforeAny.length - 1]!;
  // A quote, or a clause, whose speaker comes after: '..." she said', '..., the brigade declared online'.
  // "..., as the deputy defence minister said": a closing "as" clause reports the clause before it.
  // "..., the press release said." at the end of the sentence reports all of it.
  // "Clashes were reported around Pisky, the army said": a passive report names no speaker; the one after it does.
  const passiveReport = (f: Frame): boolean =>
    f.kind === 'verb' &&
    !/^(?:quoted|cited)$/i.test(text.slice(f.start, f.end)) &&
    /\b(?:is|are|was|were|been|being)\s+$/i.test(text.slice(Math.max(0, f.start - 8), f.start)) &&
    !/^\s+by\b/i.test(text.slice(f.end, f.end + 5));
  // "As the battle for Mariupol ground on, Russia claimed it had taken control of several villages": a frame whose
  // own words go on to a cue reports that cue, not what came before its subject.
  // "Izium, whose capture Moscow announced on Monday, is still holding out": a cue right before the frame's subject is
  // the frame's own object, whatever follows.
  const objectOf = (f: Frame): boolean =>
    ctx.actors.some(
      (a) =>
        a.start >= c.end &&
        a.end <= f.start &&
        /^\s*(?:the\s+)?$/i.test(text.slice(c.end, a.start)) &&
        /^\s*(?:(?:has|have|had|also|later|then|\w+ly)\s+)*$/i.test(text.slice(a.end, f.start)),
    );
  const reportsLater = (f: Frame): boolean =>
    !objectOf(f) &&
    // ("..., Ukraine's military said late on Monday, less than a week after the fall of Vuhledar": a noun's capture
    // after the frame is no report of its own.)
    // ("..., as Kyiv continues to take the initiative": a verb that is a claim only with a place at once after it, and has
    // none, reports nothing either.)
    ctx.cues.some(
      (e) =>
        e !== c &&
        e.start >= f.end &&
        !e.nominal &&
        !(e.adjacentObject && !/^\s*["“]?[A-Z]/.test(text.slice(e.end, e.end + 3))) &&
        // ("..., Ukraine's military said, rejecting Moscow's claim": a denying participle after the frame is a report
        // of its own, as "adding" is.)
        !frames.some(
          (g) => g !== f && g.start >= f.end && (g.end <= e.start || (g.denial && g.kind === 'participle' && g.start === e.start)),
        ),
    );
  // ("Russian forces had taken Kupyansk, even though Kiev denies this, Putin said": a denial after a claim answers it.)
  const afterFrames = frames.filter(
    (f) =>
      f.start >= c.end &&
      !(f.denial && c.stance !== 'DENIAL') &&
      !passiveReport(f) &&
      !reportsLater(f) &&
      // ("Combat continued in Myrnohrad as Russian forces advanced, with Moscow's military leadership claiming 30% of it":
      // a participle with a subject of its own after "with" reports only what follows it.)
      !(f.kind === 'participle' && WITH_OWN_SUBJECT.test(text.slice(c.end, f.start))) &&
      (clauses.of(f.start) === k ||
        /["”]/.test(text.slice(c.end, f.start)) ||
        /,\s+as\s+(?:[\w'’.-]+\s+){0,6}$/i.test(text.slice(c.end, f.start)) ||
        (f.kind === 'verb' &&
          // ("..., Luhansk Gov. Serhiy Haidai said": an abbreviated title is one of the words.)
          /,\s+(?:[\w'’.-]+\s+){1,12}$/.test(text.slice(Math.max(c.end, f.start - 100), f.start)) &&
          SENTENCE_END_AFTER.test(text.slice(f.end))) ||
        // "..., reports DeepState.", "..., said the Russian Defence Ministry on Sunday.": an inverted report that
        // closes the sentence reports all of it.
        (f.kind === 'verb' && /,\s*$/.test(text.slice(c.end, f.start)) && INVERTED_SPEAKER_END.test(text.slice(f.end))) ||
        // "Russian troops reached the centre of Kurakhove, whereas ..., according to Ukrainian media.": a closing
        // "according to" reports every clause before it.
        (f.kind === 'according' &&
          /,\s*$/.test(text.slice(Math.max(c.end, f.start - 3), f.start)) &&
          INVERTED_SPEAKER_END.test(text.slice(f.end)))),
  );
  // "..., following Moscow's announcement that ...": a possessive after the cue names a claim, not its reporter.
  const after =
    afterFrames.find((f) => f.kind !== 'according' && f.kind !== 'by' && f.kind !== 'possessive') ??
    afterFrames.find((f) => f.kind !== 'possessive');
  if (after) return after;
  // "According to Pushilin, ..., whereas fierce fighting continues in Artyomovsk": an opening "according to" reports
  // the whole sentence.
  // ("However, as per Ukraine, ...": a connective may open the sentence before it.)
  return (
    frames.find((f) => f.kind === 'according' && f.end <= c.start && (f.start < 3 || OPENING_CONNECTIVE.test(text.slice(0, f.start)))) ??
    null
  );
};

/** ", with Moscow's military leadership ", ", with officials ": an absolute clause's own subject, up to its participle. */
const WITH_OWN_SUBJECT = /,\s+with\s+(?:[\w'’.-]+\s+){1,5}$/i;

/** "However, in the daily briefing from Russia's defence ministry on Saturday, ": an opening phrase with no clause of its
 * own (no comma inside it but one after a connective), up to the "it" that opens the main clause. */
const OPENING_PHRASE_BEFORE_IT =
  /^\W{0,2}(?:(?:however|but|meanwhile|also|yet|and|in\s+turn|later|earlier|separately),\s+)?(?:in|on|at|from|through|via)\s+[^,;:"“”]{3,100},\s+$/i;

/** "However, ", "In turn, ", "Meanwhile, ": a word that links a sentence to the one before, and nothing else. */
const OPENING_CONNECTIVE =
  /^\W{0,2}(?:however|but|meanwhile|also|still|yet|and|moreover|besides|in\s+turn|at\s+the\s+same\s+time|thus|now|earlier|later|separately|in\s+addition)\s*,?\s*$/i;

/** A day named without "on", as agency copy writes it: "said Monday", "claimed late Tuesday", "said yesterday". */
const BARE_DAY = String.raw`(?:(?:late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|overnight)(?:\s+(?:morning|afternoon|evening|night))?`;

/** What may follow a reporting verb that closes its sentence: "said.", "said on Tuesday.", "said in a statement." */
const SENTENCE_END_AFTER = new RegExp(
  String.raw`^(?:\s+(?:on|in|late|early|this|last)\s+[\w ,.'’-]{0,40}?|\s+${BARE_DAY})?(?:,\s+(?:adding|saying|noting|citing|describing|calling|without|after|before|as|while|when|amid|despite|following|since|less\s+than|more\s+than|just|only|shortly|days|weeks|hours|a\s+day|a\s+week)\b[^;]*)?\s*[.!?"”]*\s*$`,
  'i',
);

/** What follows an inverted reporting verb, or an "according to", that closes its sentence: its speaker, a few words
 * with no clause of their own. */
const INVERTED_SPEAKER_END =
  /^\s+(?!(?:that|to|in|on|at|by|it|he|she|they|we)\b)(?:[\w'’.-]+\s+){0,7}[\w'’.-]+(?:\s+(?:on|in|late|early|this|last)\s+[\w ,'’-]{0,30}?)?\s*[.!?"”]*\s*$/i;

/** A concession with nobody named in its sentence continues the speech of the last speaker (within two sentences). */
export const recentSpeakerFor = (c: Cue, ctx: SentenceContext): Speaker | null => {
  const d = ctx.discourse;
  if (!d.recentSpeaker) return null;
  const gap = ctx.index - d.recentSpeaker.sentence;
  // ("Zelensky said the army retook 30 villages.¶ The Russian army also withdrew from Izium.": the other side's retreat
  // told in a new paragraph is the outlet's narration, not the speaker's; "Rybar said ...¶ Kindrashivka has been
  // lost" and "... Syniehubov announced.¶ Thus, on September 11, the occupiers left Dvorichna" go on with his words.)
  const speakersWords =
    d.recentSpeaker.paragraph === undefined ||
    d.recentSpeaker.paragraph === ctx.sentence.paragraph ||
    GOES_ON.test(ctx.text) ||
    !otherSideRetreats(c, ctx, d.recentSpeaker.claimant.side);
  if (c.concession && gap <= 2 && speakersWords && !inTimeClause(c, ctx.text))
    return { claimant: d.recentSpeaker.claimant, date: null, rule: null };
  // A sentence that is all quotation, right after a speaker's, goes on quoting that speaker.
  if (gap === 1 && /^["“]/.test(ctx.text)) return { claimant: d.recentSpeaker.claimant, date: null, rule: null };
  // "... the ministry reported the liberation of ten villages. Uspenovka and Borki were liberated later.": a claim
  // told as more of the same goes on reporting the speaker just quoted.
  if (gap === 1 && c.stance === 'CONTROL' && !c.concession && MORE_OF_THE_SAME.test(ctx.text) && d.lastClaim?.stance === 'CONTROL')
    return { claimant: d.recentSpeaker.claimant, date: null, rule: null };
  // "The Defense Ministry said its forces took A. ... The Western group captured B.": a capture by units no side word
  // names continues the report of the side just quoted, and they are that side's units.
  if (gap <= 3 && c.stance === 'CONTROL' && !c.passive && !c.nominal && unsidedUnitsBefore(c, ctx))
    return { claimant: d.recentSpeaker.claimant, date: null, rule: null };
  // "The General Staff said the assaults were repelled. Currently, fighting continues in the village.": in the speaker's
  // own paragraph, a sentence that opens as more of the same report ("Moreover", "Currently") goes on with it.
  if (gap === 1 && d.recentSpeaker.paragraph === ctx.sentence.paragraph && REPORT_GOES_ON.test(ctx.text))
    return { claimant: d.recentSpeaker.claimant, date: null, rule: null };
  return null;
};

/**
 * The cue's subject is military units no side word names ("the army", "units of the Western group"), or a formation
 * of the speaker's own side named by its name ("the units of the Battlegroup North captured four settlements" after
 * TASS's report): a report's own vocabulary, not the outlet's.
 */
const unsidedUnitsBefore = (c: Cue, ctx: SentenceContext): boolean => {
  const subject = ctx.actors.filter((a) => a.end <= c.start && c.start - a.end < 60 && a.kind !== 'pronoun').at(-1);
  if (!subject || subject.role !== 'military') return false;
  if (subject.kind === 'named') return !!subject.side && subject.side === ctx.discourse.recentSpeaker?.claimant.side;
  return subject.kind === 'generic' && subject.side !== 'RU' && subject.side !== 'UA';
};

/**
 * "... comes days after Russian forces withdrew from Kherson", "since Russia's withdrawal from Kherson", "after its
 * forces were forced to withdraw from Vuhledar": a retreat told as the time of something else is the story's
 * background, the outlet's, not more of the speaker's words.
 */
const TIME_CLAUSE_BEFORE = /\b(?:after|since|following|before|until|during|amid)\b[^,.;:"“”]{0,80}$|,\s+which\s+(?:[\w'’-]+\s+){1,4}$/i;
const inTimeClause = (c: Cue, text: string): boolean =>
  !insideQuote(text, c.start) && TIME_CLAUSE_BEFORE.test(text.slice(Math.max(0, c.start - 90), c.start));

/** Words that open a sentence as more of the report before it: "Moreover, ...", "Currently, ...", "In addition, ...". */
const REPORT_GOES_ON =
  /^\W{0,3}(?:also|besides|in\s+addition|additionally|moreover|furthermore|further|at\s+the\s+same\s+time|currently|now|at\s+present|at\s+the\s+moment|according\s+to)\b/i;

/** The subject of a concession is a side other than the speaker's ("the Russian army withdrew", after Kyiv spoke). */
const otherSideRetreats = (c: Cue, ctx: SentenceContext, speakerSide: Side): boolean => {
  const [from] = ctx.clauses.span(ctx.clauses.of(c.start));
  const subject = ctx.actors.filter((a) => a.end <= c.start && a.start >= from && c.start - a.end < 60 && a.side).at(-1);
  return !!subject && (subject.side === 'RU' || subject.side === 'UA') && subject.side !== speakerSide;
};

/** A sentence that opens by going on from what was just said. */
const GOES_ON = /^\W*(?:thus|so|in\s+particular|in\s+addition|additionally|also|later|then|subsequently|furthermore|moreover)\b/i;

/** Words that add to what was just said. */
const MORE_OF_THE_SAME = /\b(?:later|also|too|as\s+well|subsequently|afterwards|in\s+addition|additionally|then)\b/i;

/** Who reports a cue: the speaker of its governing frame, the speaker the sentence goes on quoting, or the outlet. */
export interface Attribution {
  frame: Frame | null;
  speaker: Speaker | null;
  claimant: Claimant;
}

export const attribute = (c: Cue, ctx: SentenceContext): Attribution => {
  // "Yevlash said ... Bakhmut, captured by Russian forces in May": the outlet's aside inside another's words.
  if (
    c.aside &&
    ctx.places.some((p) => p.end <= c.start && /^\s*,\s*$/.test(ctx.text.slice(p.end, c.start))) &&
    !insideQuote(ctx.text, c.start)
  )
    return { frame: null, speaker: null, claimant: OUTLET };
  const frame = governingFrame(c, ctx);
  // "... from the enemy. - noted General Syrskyi": the source after a closing dash says the sentence when its verb's
  // frame names no one ("Ukraine admits fall of Soledar - AFP" is Ukraine's).
  if (ctx.saidBy?.rule === 'attribution.dash-source' && frame && ctx.speakers.get(frame)?.claimant === OUTLET)
    return { frame: null, speaker: ctx.saidBy, claimant: ctx.saidBy.claimant };
  // A quotation whose speaker is named where it closes is that speaker's, whoever spoke in the sentence before it.
  const quoting = ctx.saidBy?.rule === 'attribution.quote-continues' ? ctx.saidBy : null;
  const speaker = frame ? ctx.speakers.get(frame)! : (quoting ?? recentSpeakerFor(c, ctx) ?? ctx.saidBy);
  if (!speaker) {
    const own = inOwnWords(c, ctx);
    if (own) return { frame: null, speaker: own, claimant: own.claimant };
  }
  return { frame, speaker, claimant: speaker?.claimant ?? OUTLET };
};

/** ", - NGU", " – Syrskyi", ". - noted General Syrskyi" closing a sentence: the source named after a dash. */
const DASH_SOURCE =
  /,?\s+[-–—]\s*(?:(?:said|says|noted|notes|stated|states|reported|reports|added|adds|wrote|writes|emphasi[sz]ed|stressed|announced|explained)\s+)?([^-–—,.;:"“”]{2,60}?)\s*\.?\s*$/;

/** "Enemy storms Avdiivka from three directions, - NGU": the actor after a closing dash says the whole sentence. */
export const dashSource = (text: string, actors: ActorMention[]): Speaker | null => {
  const m = DASH_SOURCE.exec(text);
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1]!);
  // The words after the dash are the source's name and nothing else ("– a blow to Kyiv" names no source).
  // ("- noted General Syrskyi": a title before the name.)
  const source = actors.find(
    (a) =>
      (a.start <= at + 4 || /^(?:[A-Z][a-z]+\.?\s+){1,2}$/.test(text.slice(at, a.start))) &&
      a.end >= at + m[1]!.trim().length - 1 &&
      a.side,
  );
  return source
    ? { claimant: { name: source.name, role: source.role, side: source.side! }, date: null, rule: 'attribution.dash-source' }
    : null;
};

/**
 * "Zelensky: Ukrainian army controls Sudzha", "Russian Defence Ministry: ...": a source named before a colon at a
 * headline's start; "Quote from Kovalenko : ..." (Ukrainska Pravda's house style) names it after "quote from".
 */
const COLON_SOURCE = /^\s*(?:(?:quotes?|statement|comment|message|words)\s+(?:from|by|of)\s+)?([^:"“”.;]{2,60}?)\s*:\s+\S/i;

/** The actor a sentence opens with before a colon says the whole sentence. */
export const colonSource = (text: string, actors: ActorMention[]): Speaker | null => {
  const m = COLON_SOURCE.exec(text);
  if (!m) return null;
  const end = m.index + m[0].lastIndexOf(':');
  // The words before the colon are the source's name and nothing else ("Fighting in Bakhmut: ..." names none).
  const source = actors.find((a) => a.side && a.start <= m.index + m[0].indexOf(m[1]!) + 4 && a.end >= end - 1);
  return source
    ? { claimant: { name: source.name, role: source.role, side: source.side! }, date: null, rule: 'attribution.colon-source' }
    : null;
};

/** A side's own word for taking a place: told in the outlet's voice, it relays that side's claim. */
const OWN_WORD = /\b(?:liberat\w*|freed|frees)\b/i;
/** What may stand between a side's forces and their own word for a taking ("have", "already", "successfully"). */
const OWN_WORD_GAP = String.raw`(?:(?:has|have|had|also|now|already|successfully|fully|completely|reportedly)\s+)*`;
/** A side's forces' own word for their taking, right after them ("Russian troops liberated", "have freed"). */
const OWN_WORD_AFTER = new RegExp(String.raw`^\s+${OWN_WORD_GAP}(?:liberated|freed)\b`, 'i');
/** Only that between a named unit and its verb. */
const OWN_WORD_BETWEEN = new RegExp(String.raw`^\s*${OWN_WORD_GAP}$`, 'i');

/**
 * "The North group liberated the settlements of Tetkino and Novyi Put": with no one reporting it, a side's named
 * unit that "liberated" a place is the side claiming it, in its own words (LABELS.md). "Ukraine's army has all but
 * liberated Kupyansk" stays the outlet's (the seeds' gold): an army described, not named, reports nothing.
 */
const inOwnWords = (c: Cue, ctx: SentenceContext): Speaker | null => {
  if (c.stance !== 'CONTROL' || c.passive || c.concession || c.nominal || !OWN_WORD.test(c.text)) return null;
  const [from] = ctx.clauses.span(ctx.clauses.of(c.start));
  const subject = [...ctx.actors]
    .reverse()
    .find((a) => a.end <= c.start && a.start >= from && c.start - a.end < 60 && a.side && a.side !== 'NEUTRAL' && a.kind === 'named');
  if (!subject || !OWN_WORD_BETWEEN.test(ctx.text.slice(subject.end, c.start))) return null;
  return { claimant: { name: subject.name, role: subject.role, side: subject.side! }, date: null, rule: 'attribution.own-words' };
};

/** "This was stated by X", "X said this": a sentence that names the speaker of what came before it. */
const CATAPHORA =
  /^(?:about|on)\s+this\s+(?:reported|said|stated|wrote|told|informed|announced)\b|^(?:this|that|these|it|the\s+(?:statement|information|report|news))\s+(?:was|were|has\s+been|have\s+been|is)\s+(?:(?:also|earlier|first|officially)\s+)?(?:stated|said|reported|announced|noted|declared|written|posted|confirmed|claimed|told|emphasi[sz]ed|stressed)\b|\b(?:said|stated|reported|announced|wrote|noted|declared|confirmed|told\s+[\w-]+)\s+this\b/i;

/**
 * The speaker a sentence names for the sentences before it: the agent of "This was stated by X", or the subject
 * of "X said this". Null when the sentence is not such an attribution or names nobody with a side.
 */
export const cataphoricSpeaker = (
  text: string,
  actorsOf: (text: string) => ActorMention[],
  d: Discourse,
  index: number,
): Speaker | null => {
  const m = CATAPHORA.exec(text);
  if (!m) return null;
  const actors = actorsOf(text);
  const after = actors.filter((a) => a.start >= m.index + m[0].length && a.side);
  const before = actors.filter((a) => a.end <= m.index && a.side);
  const actor = /\bthis\b$/i.test(m[0]) ? (before.at(-1) ?? null) : (after.find((a) => a.kind === 'named') ?? after[0] ?? null);
  const claimant = actor ? claimantOf(actor, d, null, index) : null;
  return claimant && claimant.side !== 'NEUTRAL' ? { claimant, date: null, rule: 'attribution.cataphoric' } : null;
};

/** The claimant of the cue a frame reports, for a denial that takes the controller of the claim it denies. */
export const speakerOfCue = (c: Cue, ctx: SentenceContext): Claimant | null => {
  const f = governingFrame(c, ctx);
  return f ? ctx.speakers.get(f)!.claimant : null;
};
