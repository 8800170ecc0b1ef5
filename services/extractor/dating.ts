// When a claim was made: a date in its own clause, its frame's date, the date of the claim it refers to, the
// paragraph's date, the month for something told as earlier, else the article's date. Background the outlet tells
// in the past tense without any date is not datable, so not a claim.
import type { Claim, Claimant } from '../shared/model.js';
import type { SentenceContext } from './context.js';
import { inSinceClauseOf, spanCount, type ClaimDate, type DateMention } from './dates.js';
import type { Cue } from './rules/matcher.js';
import { ITEM_LOCATOR } from './readers/targets.js';

/** ", which ", ", who ": the break before a clause a relative pronoun opens. */
const RELATIVE_OPENING = /,\s+(?:which|who|whose|where)\s+$/i;

/** What may come before a date that opens a sentence: "On", "As of", "Earlier, on". */
const OPENING_DATE = /^\W*(?:(?:earlier|later|then|and|but|also)\s*,?\s+)?(?:on|in|as\s+of|by|at\s+the\s+end\s+of|since|early|late)?\s*$/i;

/** How much of a story must follow its first sentence for that sentence to be its lede (characters). */
const LEDE_FOLLOWED_BY = 80;

export const AT_THE_TIME = /\b(?:at\s+the\s+time|at\s+that\s+time|back\s+then|then)\b/i;
export const AT_THE_SAME_TIME = /\b(?:at\s+the\s+same\s+time|simultaneously|meanwhile)\b/i;

/**
 * "in 2014", "back in 2022", "in early 2023", "in the summer of 2022", "in its 2022 counteroffensive", "on the first
 * day of the 2022 invasion": a year, and no month, in a clause.
 */
const YEAR_ONLY =
  /\b(?:(?:in|during|back\s+in)\s+(?:(?:early|late|mid-?|the\s+(?:spring|summer|autumn|fall|winter|start|beginning|end|middle)\s+of)\s*)?((?:19|20)\d\d)\b(?!\s*[-–/]\d)|(?:in|during|on|of)\s+(?:the\s+(?:early\s+|first\s+|opening\s+)?(?:days?|weeks?|months?|stages?|phases?)\s+of\s+)?(?:its|their|the|[A-Z][a-z]+['’]s)\s+((?:19|20)\d\d)\s+(?:full-scale\s+)?(?:counter-?offensives?|offensives?|invasion|incursion|campaign|push|assault))\b/gi;

/** Words that open a clause of their own inside the cue's ("a hub where the conflict began in 2014"), or a report's. */
const EMBEDDED_CLAUSE =
  /\b(?:where|when|which|who|whose|after|before|since|until|as|that|said|says|told|tells|claimed|reported|announced|wrote)\b/i;

/**
 * A year before the publication's, with no month, told of in the cue's clause and belonging to the cue: no clause
 * of its own and no other cue between them ("holds Luhansk region, plus Crimea, a peninsula it seized in 2014").
 */
const pastYearOnly = (ctx: SentenceContext, from: number, to: number, c: Cue): boolean => {
  const { text, published } = ctx;
  const year = Number(published.slice(0, 4));
  for (const m of text.slice(from, to).matchAll(YEAR_ONLY)) {
    if (Number(m[1] ?? m[2]) >= year) continue;
    const at = from + m.index;
    const [gapFrom, gapTo] = at > c.end ? [c.end, at] : [at + m[0].length, c.start];
    if (EMBEDDED_CLAUSE.test(text.slice(gapFrom, gapTo))) continue;
    if (ctx.cues.some((o) => o !== c && o.start >= gapFrom && o.end <= gapTo)) continue;
    return true;
  }
  return false;
};

/** The sentence's first date outside a relative clause: the date of what the sentence itself tells. */
export const mainClauseDate = (ctx: Pick<SentenceContext, 'dates' | 'text' | 'clauses'>): DateMention | null =>
  ctx.dates.find(
    (x) =>
      !x.after &&
      !RELATIVE_OPENING.test(ctx.text.slice(0, ctx.clauses.span(ctx.clauses.of(x.start))[0])) &&
      // ("the biggest gain since it captured Bakhmut in May 2023": the since-clause's date is its own.)
      !inSinceClauseOf(ctx.text, x, -1),
  ) ?? null;

/** "now", "still", "currently": a clause told as of the story's day. */
const NOW_TOLD = /\b(?:now|still|currently|at\s+present|presently)\b/i;
/** "is", "remains", "continues": a verb in the present. */
const PRESENT_VERB = /\b(?:is|are|remains?|continues?|has|have)\b/i;

/** "has denied", "have rejected", "denies": a denial told in the present or the present perfect. */
const PRESENT_DENIAL =
  /\b(?:(?:has|have)\s+(?:\w+ly\s+|also\s+|since\s+)?(?:denied|rejected|dismissed|refuted|disputed)|denies|deny|rejects|dismisses|refutes|disputes)\b/i;

export const claimDate = (
  c: Cue,
  ctx: SentenceContext,
  frameDate: ClaimDate | null,
  answers: Claim | null,
  claimant: Claimant,
): ClaimDate | null => {
  const { text, dates, sentence, discourse: d, published } = ctx;
  const clause = ctx.clauses.of(c.start);
  const [from, to] = ctx.clauses.span(clause);
  // "said its troops had taken Guyevo, south of Sudzha, which Moscow reclaimed last month": a date inside a relative
  // clause dates what that clause tells, not the sentence.
  const sentenceDate = mainClauseDate(ctx);
  const beyondOtherCue = (x: DateMention): boolean =>
    ctx.cues.some((o) => o !== c && (x.start >= c.end ? o.start >= c.end && o.end <= x.start : o.start >= x.end && o.end <= c.start));
  const own = dates
    // (A since-clause's own date dates the taking it tells only in the outlet's voice: "since its forces captured
    // Avdiivka in February, Ukrainian officials said" is the officials' claim, made when they said it.)
    .filter(
      (x) =>
        x.start >= from &&
        x.end <= to &&
        !inSinceClauseOf(text, x, claimant.role === 'outlet' ? c.start : -1) &&
        // ("have regained control over Klishchiivka after Russian troops captured the town in January": a date beyond
        // another cue of the clause is that cue's.)
        !beyondOtherCue(x) &&
        // ("Bakhmut had a section retaken, Prigozhin said, just two weeks after Moscow claimed it": the after-clause's;
        // "Three months after Kyiv announced the offensive, its troops liberated Robotyne": only what the clause tells.)
        (!x.after || (x.end <= c.start && !/[,;:—–]/.test(text.slice(x.end, c.start)))),
    )
    .sort((a, b) => Math.abs(a.start - c.start) - Math.abs(b.start - c.start))[0];
  const clauseText = text.slice(from, to);
  // "..., just two weeks after Moscow claimed full control of the town": the after-clause's span dates its claim.
  if (own?.after) return { value: own.value, precision: own.precision };
  // "Kremlin-backed separatists briefly captured Sloviansk in 2014": told of an earlier year with no month, the claim
  // cannot be dated to a month, so it is background, not a claim (a denial, "never captured, except in 2022", is now).
  // (A speaker's "the liberation of Avdiivka in 2024 was a turning point" names the taking as his side's, said now.)
  if (!own && c.stance !== 'DENIAL' && (claimant.role === 'outlet' || !c.nominal) && pastYearOnly(ctx, from, to, c)) return null;
  // "He said that Russian forces were able to liberate Staromayorskoye on June 10", "claimed that Russian troops had
  // seized Kucherivka during December": a date inside what an undated report says dates the event told, not the
  // claim, which was made when the speaker spoke (the paragraph's date, else the story's).
  // (The frame that speaks for the cue is the last before it: "on November 20, Gerasimov reported to Putin the
  // capture of Kupiansk" dates the report.)
  const reporting = own && frameDate === null && claimant.role !== 'outlet' ? ctx.frames.filter((f) => f.end <= c.start).pop() : undefined;
  if (own && reporting && reporting.kind === 'verb' && !reporting.denial && reporting.end <= own.start) {
    if (d.paragraphDate && d.paragraphDate.paragraph === sentence.paragraph) return d.paragraphDate.date;
    return { value: published, precision: 'day' };
  }
  // "Russia said on Monday that its forces had taken X on Saturday": a speaker's claim is dated by its report; the
  // outlet's own past tense by the event.
  if (own && (frameDate === null || (c.past && claimant.role === 'outlet') || clause > 0))
    return { value: own.value, precision: own.precision };
  if (frameDate) return frameDate;
  if (own) return { value: own.value, precision: own.precision };
  if (AT_THE_TIME.test(clauseText) && d.lastClaim) return { value: d.lastClaim.claimedAt, precision: d.lastClaim.claimedAtPrecision };
  // ("Russia claimed it captured the town late last month, though Ukraine has denied the claim": a denial in the
  // present or the present perfect is made now, not when the claim it answers was.)
  if (answers && c.stance === 'DENIAL' && PRESENT_DENIAL.test(clauseText)) return { value: published, precision: 'day' };
  if (answers) return { value: answers.claimedAt, precision: answers.claimedAtPrecision };
  if (AT_THE_SAME_TIME.test(text) && d.lastExplicitDate) return d.lastExplicitDate;
  // ("On January 21, 2024, the army announced that ..., and the Russians had entered the village": a date that opens
  // the sentence dates its later clauses too, but not a relative clause's.)
  if (
    sentenceDate &&
    (clause === 0 || (OPENING_DATE.test(text.slice(0, sentenceDate.start)) && !RELATIVE_OPENING.test(text.slice(0, from))))
  )
    return { value: sentenceDate.value, precision: sentenceDate.precision };
  // "Now, Vovchansk is fiercely contested", "But Torskoye is still in enemy hands": a clause told as of now is
  // dated by the story, not by the date its paragraph told before.
  if (NOW_TOLD.test(clauseText) && PRESENT_VERB.test(clauseText)) return { value: published, precision: 'day' };
  if (d.paragraphDate && d.paragraphDate.paragraph === sentence.paragraph) return laterBy(d.paragraphDate.date, text, published);
  // Told as coming before the news ("this followed reports that ...", "had earlier said"), undated: only the month is known.
  if (/\b(?:followed|earlier|previously|prior\s+to|preceded)\b/i.test(text)) return { value: published.slice(0, 7), precision: 'month' };
  // Background told in the outlet's voice in the past tense, with no date: not datable, so not a claim. Not in the
  // lede, the first sentence of a story that goes on, which tells the news ("Russia's invasion force seized control of
  // the shattered town of Vuhledar ..."), unless as an aside ("Soledar, captured by Russia").
  const lede =
    !sentence.headline &&
    !c.aside &&
    (ctx.index === 0 || (ctx.index === 1 && sentence.paragraph === 1)) &&
    ctx.article.body.length > sentence.end + LEDE_FOLLOWED_BY;
  if (
    !lede &&
    claimant.role === 'outlet' &&
    c.past &&
    c.stance === 'CONTROL' &&
    !/\b(?:has|have|now|since|this week|today|recently|just|(?:days|weeks)\s+ago)\b/i.test(clauseText) &&
    !/\b(?:managed\s+to|continuing\s+(?:their|its|the)|in\s+particular)\b/i.test(text) &&
    !(c.rule === 'control.gerund' && /\b(?:is|are)\b/i.test(text))
  )
    return null;
  // "The assault on Yunakovka lasted 38 days": fighting the outlet tells as over, with no date.
  // "The battle for Bakhmut, which lasted ten months, was the longest of the war": the same, told around the cue.
  if (
    claimant.role === 'outlet' &&
    c.stance === 'CONTESTED' &&
    (/\b(?:lasted|raged|was|were|had\s+been|took\s+place|ended|exhausted)\b/i.test(clauseText) || /\b(?:lasted|ended)\b/i.test(text)) &&
    !/\b(?:is|are|has|have|now|continues?|continuing|ongoing|still)\b/i.test(clauseText)
  )
    return null;
  return { value: published, precision: 'day' };
};

/** "After six months of fighting", "Weeks later": a sentence that opens on the time elapsed since the date before. */
const ELAPSED =
  /^\W*(?:(?:after|following)\s+(?:(?:more\s+than|nearly|almost|about|some|over)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|\d{1,2})\s+(days?|weeks?|months?|years?)\s+of\b|(a|an|one|two|three|four|five|six|several|a\s+few)?\s*(days?|weeks?|months?)\s+later\b)/i;

/**
 * "Ukraine launched an incursion into Kursk Oblast in August 2024. After six months of fighting in the region, Russian
 * troops have regained control of 64% of it": the paragraph's date moved on by the time the sentence says has passed;
 * landing within a month of the story, the sentence tells the news, dated by the story.
 */
const laterBy = (date: ClaimDate, text: string, published: string): ClaimDate => {
  const m = ELAPSED.exec(text);
  if (!m) return date;
  const n = spanCount(m[1] ?? m[3] ?? '');
  const unit = (m[2] ?? m[4])!.toLowerCase().replace(/s$/, '');
  const days = n * (unit === 'day' ? 1 : unit === 'week' ? 7 : unit === 'month' ? 30.5 : 365);
  const from = new Date(`${date.value.slice(0, 7)}-${date.value.length > 7 ? date.value.slice(8, 10) : '15'}T12:00:00Z`);
  const at = new Date(from.getTime() + days * 86_400_000);
  const story = new Date(`${published}T12:00:00Z`);
  if (at.getTime() >= story.getTime() - 31 * 86_400_000) return { value: published, precision: 'day' };
  return { value: at.toISOString().slice(0, 7), precision: 'month' };
};

/** Between a list item and its own date: its locating tail, then "on" ("Storozheve, Donetsk Oblast on June 12"). */
const ITEM_TO_DATE = new RegExp(String.raw`^["”’]?${ITEM_LOCATOR},?\s+on\s+$`);

/**
 * "claimed it had captured Yalta on June 25 and Voskresenka on July 15": a place of a list dated by its own clause
 * takes the date told right after it, not the one nearest the cue.
 */
export const itemDate = (date: ClaimDate, targetEnd: number, ctx: SentenceContext): ClaimDate => {
  const [from, to] = ctx.clauses.span(ctx.clauses.of(targetEnd));
  const inClause = ctx.dates.filter((x) => x.start >= from && x.end <= to);
  if (inClause.length < 2 || !inClause.some((x) => x.value === date.value)) return date;
  const own = inClause.find(
    (x) =>
      x.start > targetEnd &&
      ITEM_TO_DATE.test(ctx.text.slice(targetEnd, x.start)) &&
      !ctx.places.some((p) => p.start >= targetEnd && p.end <= x.start && p.mention.cue !== 'region'),
  );
  return own ? { value: own.value, precision: own.precision } : date;
};
