// Checks and metadata read from an article's text, before anything is sent.

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

const isoDate = (y: number, m: number, d: number): string | null => {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
};

const DATE_LINE = /^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b/;
// "09:21, Thu, Dec 25, 2025" and "Thu, Dec 25, 2025", as wire datelines print them.
const DATELINE = /\b(?:\d{1,2}:\d{2},?\s+)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{4})\b/;
const DAY_MONTH_YEAR = /\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/;

/**
 * The publication date a text carries about itself: a first line ` date YYYY-MM-DD`, or a dateline
 * like `09:21, Thu, Dec 25, 2025` near the top. Null when neither is there or the date is not a real day.
 */
export const dateFromText = (text: string): string | null => {
  const first = DATE_LINE.exec(text);
  if (first) return isoDate(Number(first[1]), Number(first[2]), Number(first[3]));
  const head = text.slice(0, 1500);
  const dateline = DATELINE.exec(head);
  if (dateline) {
    const month = MONTHS[dateline[1]!.slice(0, 3).toLowerCase()];
    if (month) return isoDate(Number(dateline[3]), month, Number(dateline[2]));
  }
  const dmy = DAY_MONTH_YEAR.exec(head);
  if (dmy) return isoDate(Number(dmy[3]), MONTHS[dmy[2]!.slice(0, 3).toLowerCase()]!, Number(dmy[1]));
  return null;
};

const ENGLISH_FUNCTION_WORDS = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'a',
  'that',
  'is',
  'was',
  'on',
  'for',
  'with',
  'as',
  'by',
  'said',
  'its',
  'has',
  'have',
  'from',
  'it',
]);

/** Why a text cannot be an English article, or null when it can. */
export const problemWithText = (bytes: Buffer, maxBytes: number): string | null => {
  if (bytes.length === 0) return 'the file is empty';
  if (bytes.length > maxBytes)
    return `the article is ${bytes.length} bytes, more than the ${maxBytes} bytes accepted (CLAIMWIRE_MAX_ARTICLE_BYTES)`;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'the file is not valid UTF-8 text (binary data?)';
  }
  if (text.trim() === '') return 'the file holds only whitespace';
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 0) return `the file holds ${controls} control characters: binary data, not text`;
  if (/^\s*(<!doctype html|<html[\s>])/i.test(text) || (text.match(/<\/?(div|p|span|script|a|body|head)\b[^>]*>/gi)?.length ?? 0) > 5) {
    return 'the file is an HTML page: send the article text, not the page';
  }
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  if (letters > 40 && latin / letters < 0.5) return 'the text does not look like English (claimwire reads English wire copy)';
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length >= 20) {
    const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
    if (english / words.length < 0.04) return 'the text does not look like English (claimwire reads English wire copy)';
  }
  return null;
};
