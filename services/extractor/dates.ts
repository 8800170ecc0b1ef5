// Claim dates: chrono-node resolves the expression against the article's date, and these rules add what
// it lacks — "late last month" and "the end of November" are months, not days; a bare weekday is the most
// recent one on or before publication; a month or day without a year is never after publication; a named
// event ("the start of the full-scale invasion") dates itself.
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../shared/model.js';

export interface ClaimDate {
  value: string;
  precision: DatePrecision;
}

export interface DateMention extends ClaimDate {
  start: number;
  end: number;
  /** A month or day written without its year ("on 21 May"): the year was read from the story's date. */
  yearless?: boolean;
  /** A date that states its year ("2 April 2022", "early March 2022"). */
  yearStated?: boolean;
  /** "two weeks after Moscow claimed ...": a span counted back to an after-clause, which dates only what follows it. */
  after?: boolean;
}

const anchorFile = JSON.parse(readFileSync(new URL('../../data/date-anchors.json', import.meta.url), 'utf8')) as {
  anchors: Record<string, string>;
  momentOnly?: string[];
};
const anchors = Object.entries(anchorFile.anchors).sort((a, b) => b[0].length - a[0].length);
/** Anchors that also name the whole war: they date a claim only when told as a moment. */
const momentOnly = new Set(anchorFile.momentOnly ?? []);

const pad = (n: number): string => String(n).padStart(2, '0');
const ymd = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const ym = (d: Date): string => ymd(d).slice(0, 7);

/** The article's date as a UTC noon, from `YYYY-MM-DD` or an ISO timestamp. */
export const referenceDate = (publishedAt: string): Date => new Date(`${publishedAt.slice(0, 10)}T12:00:00Z`);

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_WORDS = /\b(?:week|weekend|end of|beginning of|start of|early|mid|middle of|late|this month|last month|earlier this month)\b/i;
/** Where a sentence may hold a date: chrono-node reads only the words around these. */
const DATE_HINTS =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\b(?:in|of|early|late|mid-?|by|until|since|last)\s+May\b|\b\d{1,2}(?:st|nd|rd|th)?\s+May\b|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|tonight|week|month)\b/gi;
/** "last May" (capitalised: never the modal verb), not "last May 5". */
const LAST_MAY = /\blast\s+May\b(?!\s*\d)/g;
const WEEKEND = /\b(?:(?:over|at|during)\s+the\s+weekend|last\s+weekend|this\s+weekend|on\s+the\s+weekend)\b/gi;
/** "On the eve, Haidai said ...": the day before, as Russian and Ukrainian copy in translation writes "yesterday". */
const ON_THE_EVE = /\bon\s+the\s+eve\b(?!\s+of\b)/gi;
/** "three months ago", "two weeks ago", "a year ago", "several days ago", "a few weeks ago": counted back from the story's day. */
const AGO =
  /\b(a\s+few|several|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(days?|weeks?|months?|years?)\s+ago\b/gi;
/** Number words up to twelve. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/**
 * chrono-node's casual English without what reads times of day and time zones ("at 5 p.m.", "EST"), futures
 * ("within two days", "three days later") and slash dates: a claim is dated by its day or month, and those parsers
 * cost most of chrono's time.
 */
const UNWANTED = new Set([
  'ENTimeExpressionParser',
  'ENCasualTimeParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitLaterFormatParser',
  'SlashDateFormatParser',
  'ENSlashMonthFormatParser',
  'ExtractTimezoneOffsetRefiner',
  'ExtractTimezoneAbbrRefiner',
]);
const dateParser = chrono.casual.clone();
dateParser.parsers = dateParser.parsers.filter((p) => !UNWANTED.has(p.constructor.name));
dateParser.refiners = dateParser.refiners.filter((r) => !UNWANTED.has(r.constructor.name));

/** chrono-node over the few words around each date hint, not the whole sentence: it costs by the character. */
const parseNearHints = (text: string, ref: Date): { index: number; text: string; start: chrono.ParsedComponents }[] => {
  const windows: [number, number][] = [];
  for (const m of text.matchAll(DATE_HINTS)) {
    const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, m.index - 28)));
    const to = Math.min(text.length, m.index + m[0].length + 28);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows.flatMap(([from, to]) =>
    dateParser.parse(text.slice(from, to), ref).map((r) => ({ index: r.index + from, text: r.text, start: r.start })),
  );
};

/** Number words of a span ("six months", "a week", "a few days"), with "a", "several" and "a few" (three) beside them. */
const SPAN_WORDS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, a: 1, an: 1, several: 3, few: 3, 'a few': 3 };

/** How many units a span counts: its number word or digits; three when only the unit is written ("weeks after"). */
export const spanCount = (word: string): number => {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return w ? (SPAN_WORDS[w] ?? Number(w)) : 3;
};

const shiftDays = (d: Date, days: number): Date => new Date(d.getTime() + days * 86_400_000);

/** "since they seized Bakhmut", "since Russian forces captured it": a since-clause that tells a taking, which its date dates. */
const SINCE_TAKING = /\b(?:seized|captured|took|taken|occupied|liberated|retook|recaptured|fell|lost|withdrew|retreated)\b/i;

/**
 * "since the invasion began last week": when something began, not when anything was claimed. ("since they seized the
 * eastern city of Bakhmut last May": when the taking itself was, which the since-clause tells.)
 */
const measuredFrom = (text: string, start: number): boolean => {
  // ("since the start of the Russian special military operation in Ukraine on 24 February", "just days before the
  // second anniversary of Russia's invasion on February 24": the same, a few more words away.)
  const since = /\b(since|before|ahead\s+of)\s+([^,.;]{0,70}\s)?$/i.exec(text.slice(Math.max(0, start - 80), start));
  if (!since || SINCE_TAKING.test(since[2] ?? '')) return false;
  // ("before being driven out by Ukrainian forces in November 2022": a before-clause that tells an event is dated by it.)
  return since[1]!.toLowerCase() === 'since' || !/\b(?:being|been|having|[a-z]+ed|[a-z]+ing)\b/i.test(since[2] ?? '');
};

/** The words from a "since" to a date it governs: "since it captured the city of Bakhmut in" (not "since early"). */
const SINCE_CLAUSE = /\bsince\s+(?:[\w'’-]+\s+){2,}$/i;

/**
 * "The fall of Avdiivka is the biggest gain since it captured Bakhmut in May 2023": a date a since-clause tells dates
 * that clause alone, not what is told at `at` outside it (-1: the sentence's main clause).
 */
export const inSinceClauseOf = (text: string, x: DateMention, at: number): boolean => {
  // (A long since-clause too: "since Ukrainian troops withdrew from its northern mining district in August".)
  const from = Math.max(0, x.start - 100);
  const m = SINCE_CLAUSE.exec(text.slice(from, x.start));
  return !!m && !(at >= from + m.index && at < x.start);
};

/** "before the invasion", "since the start of the war": what a date only measures from. */
// ("since the beginning of Moscow's full-scale invasion": a few words, a possessive among them.)
const REFERENCE_POINT = /\b(?:before|since|prior\s+to|until)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$/;

/** "at the start of", "in the first days of", "shortly after": the words that make an event a moment. */
const AS_MOMENT =
  /\b(?:(?:at|in|on|from)\s+(?:the\s+)?(?:very\s+)?(?:start|beginning|outset|onset|eve|first\s+(?:day|days|week|weeks|month|months|hours)|early\s+(?:days|weeks|stages?|months|phase)|opening\s+(?:days|weeks|phase))\s+of|(?:shortly|soon|days|weeks|immediately|hours)\s+after|early\s+in|when|as)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/;

/** Two or more capitalised names in a list, then the list's last item. */
const PLACE_LIST_BEFORE = /(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+){2,}(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+)?(?:and\s+)?$/;

/** Date expressions in a piece of text, resolved against the reference date. */

export const findDates = (text: string, ref: Date): DateMention[] => {
  const found: DateMention[] = [];
  const afterClaims: RegExpMatchArray[] = [];
  const lower = text.toLowerCase();
  for (const [phrase, month] of anchors) {
    const at = lower.indexOf(phrase);
    // "a population of 15,000 before the Russian invasion": a point of reference, not a date of anything.
    if (at >= 0 && REFERENCE_POINT.test(lower.slice(Math.max(0, at - 40), at))) continue;
    // "now in its fourth year defending against Russia's full-scale invasion": the invasion named as the war, not as
    // a moment; it dates only as one ("in the first days of the full-scale invasion", "shortly after the invasion").
    if (at >= 0 && momentOnly.has(phrase) && !AS_MOMENT.test(lower.slice(Math.max(0, at - 60), at))) continue;
    if (at >= 0 && !found.some((f) => at < f.end && at + phrase.length > f.start))
      found.push({ value: month, precision: 'month', start: at, end: at + phrase.length });
  }
  // "seized Bakhmut last May": the month the date parser leaves unread after "last" (it reads "last March").
  for (const m of text.matchAll(LAST_MAY)) {
    if (found.some((f) => m.index < f.end && m.index + m[0].length > f.start) || measuredFrom(text, m.index)) continue;
    const year = ref.getUTCMonth() > 4 ? ref.getUTCFullYear() : ref.getUTCFullYear() - 1;
    found.push({ value: `${year}-05`, precision: 'month', start: m.index, end: m.index + m[0].length });
  }
  // "over the weekend": the Saturday before publication (a Monday story's weekend, or yesterday's).
  for (const m of text.matchAll(WEEKEND)) {
    if (found.some((f) => m.index < f.end && m.index + m[0].length > f.start)) continue;
    const back = (ref.getUTCDay() + 1) % 7 || 7;
    found.push({ value: ymd(shiftDays(ref, -back)), precision: 'day', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(ON_THE_EVE)) {
    if (found.some((f) => m.index < f.end && m.index + m[0].length > f.start)) continue;
    found.push({ value: ymd(shiftDays(ref, -1)), precision: 'day', start: m.index, end: m.index + m[0].length });
  }
  // "three days ago" is a day; "two weeks ago", "three months ago" and "a year ago" are months.
  for (const m of text.matchAll(AGO)) {
    if (found.some((f) => m.index < f.end && m.index + m[0].length > f.start)) continue;
    // ("since the invasion began over three years ago", "more than two weeks ago": when something began, or a span
    // the words only bound, dates no claim.)
    if (
      /\b(?:since|began|begun|started|launched|over|more\s+than|nearly|almost|about|around|some|roughly|at\s+least)\s+$/i.test(
        text.slice(Math.max(0, m.index - 14), m.index),
      )
    )
      continue;
    const n = spanCount(m[1]!);
    const unit = m[2]!.toLowerCase().replace(/s$/, '');
    const end = m.index + m[0].length;
    if (unit === 'day') found.push({ value: ymd(shiftDays(ref, -n)), precision: 'day', start: m.index, end });
    else if (unit === 'week') found.push({ value: ym(shiftDays(ref, -7 * n)), precision: 'month', start: m.index, end });
    else {
      const months = unit === 'year' ? 12 * n : n;
      const at = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - months, 1, 12));
      found.push({ value: ym(at), precision: 'month', start: m.index, end });
    }
  }
  // (Only where "after" is written at all: a cheap test before the regex.)
  if (lower.includes(' after '))
    for (const m of text.matchAll(AFTER_CLAIM)) {
      if (found.some((f) => m.index < f.end && m.index + m[0].length > f.start)) continue;
      afterClaims.push(m);
    }
  for (const r of parseNearHints(text, ref)) {
    const start = r.index;
    const end = r.index + r.text.length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    if (measuredFrom(text, start)) continue;
    // "liberated Apanasovka, Byakhovo, Snagost, and 10th October": the last name of a list of places, not a date.
    // ("seized Vuhledar, Donetsk, on Wednesday": a day after "on" is no name on the list.)
    if (
      !/^(?:on|in|at|by|last|this|late|early|until|from)\b/i.test(r.text) &&
      PLACE_LIST_BEFORE.test(text.slice(Math.max(0, start - 120), start))
    )
      continue;
    if (!r.start.isCertain('month') && !r.start.isCertain('weekday') && !/\b(?:yesterday|today|week)\b/i.test(r.text)) continue;
    // ("the last may follow": the modal verb, not the month.)
    if (/\bmay\b/.test(r.text) && !/\d/.test(r.text)) continue;
    const around = text.slice(Math.max(0, start - 14), end);
    let date = r.start.date();
    let precision: DatePrecision = r.start.isCertain('day') ? 'day' : 'month';
    // "as of the end of Jan. 16": a day written after the month, not the year 2016 (a year is written in full).
    const shortYear = r.start.isCertain('year') && /^\D*[a-z]\.?\s+(\d{1,2})\s*$/i.exec(r.text);
    if (shortYear) {
      date = new Date(Date.UTC(ref.getUTCFullYear(), date.getUTCMonth(), Number(shortYear[1]), 12));
      precision = 'day';
    }
    const weekdayOnly = r.start.isCertain('weekday') && !r.start.isCertain('month');
    if (weekdayOnly) {
      const wanted = WEEKDAYS.findIndex((w) => r.text.toLowerCase().includes(w));
      let back = (ref.getUTCDay() - wanted + 7) % 7;
      if (/\blast\s+\w+day\b/i.test(r.text) && back === 0) back = 7;
      date = shiftDays(ref, -back);
      precision = 'day';
    }
    if (MONTH_WORDS.test(around) && !weekdayOnly) {
      precision = 'month';
      if (/\blast month\b/i.test(around)) date = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, 1, 12));
      // A week is dated by its middle, as the story's reader counts weeks (Monday to Sunday): "this week" is the week
      // of publication (a Tuesday story's "this week" began on Monday, not the Sunday before); "the past week" the
      // seven days up to the story; "last week" the week before the story's (its Thursday: a Monday story's "last
      // week" lay mostly in the days just before, an early-month story's in the month before); "earlier this week" the
      // days of the story's week before it.
      const weekday = (ref.getUTCDay() + 6) % 7;
      if (/\b(?:earlier|previously)\s+this\s+week\b/i.test(around)) date = shiftDays(ref, -Math.ceil(weekday / 2));
      else if (/\bthis\s+week\b/i.test(around) && !/\bthis\s+past\s+week\b/i.test(around)) date = ref;
      else if (/\b(?:the|this)\s+(?:past|last)\s+week\b/i.test(around)) date = shiftDays(ref, -3);
      else if (/\blast week\b/i.test(around)) date = shiftDays(ref, -weekday - 4);
    }
    // "by August 12, 28 settlements were ...": a year read from a count after the day is no year; a date is never after
    // the story that tells it.
    // ("as of May 25, 95 % of the region": nor a share.)
    if (r.start.isCertain('year') && /,\s*\d{1,2}$/.test(r.text))
      date = new Date(Date.UTC(ref.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12));
    if ((!r.start.isCertain('year') || /,\s*\d{1,2}$/.test(r.text)) && date.getTime() > ref.getTime() + 86_400_000)
      date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate(), 12));
    const mention: DateMention = { value: precision === 'day' ? ymd(date) : ym(date), precision, start, end };
    if (/\b(?:19|20)\d\d\b/.test(r.text)) mention.yearStated = true;
    else if (!weekdayOnly && !r.start.isCertain('year') && !RELATIVE_WORDS.test(text.slice(Math.max(0, start - 14), end + 12)))
      mention.yearless = true;
    found.push(mention);
  }
  return withAfterClaims(found, afterClaims, ref);
};

/**
 * "just two weeks after Moscow claimed full control of the town", "more than a week after Kyiv announced its
 * recapture", "a day after Russia said it had taken Marinka": a claim told as made a span before what the sentence
 * tells, itself near the story's day (or the day the sentence names before it).
 */
const AFTER_CLAIM = new RegExp(
  String.raw`\b(?:(just\s+over|just|only|barely|more\s+than|over|nearly|almost|about|some|less\s+than)\s+)?(a\s+few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d{1,2})?\s*(days?|weeks?|months?)\s+after\s+(?=(?:[\w'’.-]+\s+){1,6}?(?:claimed|said|says|announced|declared|reported|stated|confirmed)\b)`,
  'gi',
);

const withAfterClaims = (found: DateMention[], afterClaims: RegExpMatchArray[], ref: Date): DateMention[] => {
  for (const m of afterClaims) {
    const start = m.index!;
    if (found.some((f) => start < f.end && start + m[0].length > f.start)) continue;
    const n = spanCount(m[2] ?? '');
    const unit = m[3]!.toLowerCase().replace(/s$/, '');
    const modifier = (m[1] ?? '').toLowerCase();
    const scale = /over|more/.test(modifier) ? 1.1 : /nearly|almost|less/.test(modifier) ? 0.9 : 1;
    const days = Math.round(n * (unit === 'day' ? 1 : unit === 'week' ? 7 : 30) * scale);
    // Counted from the day the sentence names before it ("Prigozhin said on Sunday, just two weeks after ..."), else
    // from the story's.
    const base = found.filter((f) => f.end <= start && f.precision === 'day' && !f.after).at(-1);
    const from = base ? new Date(`${base.value}T12:00:00Z`) : ref;
    found.push({ value: ym(shiftDays(from, -days)), precision: 'month', start, end: start + m[0].length, after: true });
  }
  return found.sort((a, b) => a.start - b.start);
};

/** What opens a sentence that goes on with a narrative: "Weeks later", "A day later", "The next day", "By late March". */
const NARRATIVE_SEQUEL =
  /^\W*(?:(?:(?:a|one|two|three|four|five|six|several|a\s+few|few|some)\s+)?(?:days?|weeks?|months?)\s+later\b|later\b|then\b|afterwards?\b|the\s+(?:next|following)\s+(?:day|week|month)\b|by\s+(?:(?:early|mid-?|late|the\s+end\s+of)\s*)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i;

/** Words that date relative to the story's day, not to a year a narrative is in. */
const RELATIVE_WORDS = /\b(?:last|this|next|past|yesterday|today|tonight|week|ago)\b/i;

/**
 * "On 2 April 2022, ... bodies were discovered in Bucha. Weeks later, on 21 May, Russia claimed control of Mariupol":
 * a story that tells its history with years goes on in the year it last stated, so a month or day written without a
 * year in the same paragraph is in that year (or the next, when its month comes before the stated one's), not in the
 * year of publication. `stated` is the paragraph's last stated year-month before the sentence, if any.
 */
export const narrativeYears = (text: string, dates: DateMention[], stated: string | null, published: string): DateMention[] => {
  if (!dates.some((x) => x.yearless)) return dates;
  // (From a sentence before, only in a sentence told as what came next: "Weeks later", "The next day", "By late
  // March"; a story goes back to its news without saying so.)
  let anchor = stated && NARRATIVE_SEQUEL.test(text) ? stated : null;
  return dates.map((x) => {
    if (x.yearStated) anchor = x.value.slice(0, 7);
    if (!x.yearless || !anchor || anchor.slice(0, 4) >= published.slice(0, 4)) return x;
    const year = Number(anchor.slice(0, 4)) + (x.value.slice(5, 7) < anchor.slice(5, 7) ? 1 : 0);
    const value = `${year}${x.value.slice(4)}`;
    return value.slice(0, 7) > published.slice(0, 7) ? x : { ...x, value };
  });
};

/** "The next day", "the following day", "two days later", "a day earlier": a day counted from the date told before. */
const SEQUEL_DAY = /\b(?:the\s+(?:next|following)\s+day|(a|one|two|three|four|five|six|\d)\s+days?\s+(later|earlier))\b/gi;

/**
 * "On 26 April, the British Defense Ministry reported ... The next day, army spokesman Nazar Voloshyn said ...": a day
 * counted from the last day the story told (in the sentence before it, else the one `last` gives), not from the story's.
 */
export const sequelDates = (text: string, dates: DateMention[], last: ClaimDate | null): DateMention[] => {
  if (!/\bday/i.test(text)) return dates;
  const added: DateMention[] = [];
  for (const m of text.matchAll(SEQUEL_DAY)) {
    const start = m.index;
    const end = start + m[0].length;
    if (dates.some((f) => start < f.end && end > f.start)) continue;
    const earlier = m[2]?.toLowerCase() === 'earlier';
    // ("claimed its forces recaptured the village a day earlier": counted back inside a report, the event's day, not
    // the claim's; only "A day earlier, ..." opening the sentence tells when what follows was said.)
    if (earlier && !/^\W*$/.test(text.slice(0, start))) continue;
    const base =
      dates.filter((f) => f.end <= start && f.precision === 'day' && !f.after).at(-1) ?? (last?.precision === 'day' ? last : null);
    if (!base) continue;
    const n = m[1] ? spanCount(m[1]) : 1;
    const days = earlier ? -n : n;
    const value = ymd(shiftDays(new Date(`${base.value}T12:00:00Z`), days));
    added.push({ value, precision: 'day', start, end });
  }
  return added.length ? [...dates, ...added].sort((a, b) => a.start - b.start) : dates;
};
