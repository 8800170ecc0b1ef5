// What makes a text or an Article record unusable, checked by the CLI before sending and by the extractor on
// records other producers wrote to the ingest topic.
import { problemWithDateLine } from './articleText.js';
import type { Article } from './model.js';

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

/**
 * Why a text cannot be an English article, or null when it can. `noun` names what is checked in the reason:
 * the CLI checks files, the extractor checks articles that other producers wrote to the ingest topic.
 */
export const problemWithText = (bytes: Buffer, maxBytes: number, noun: 'file' | 'article' = 'file'): string | null => {
  if (bytes.length === 0) return `the ${noun} is empty`;
  if (bytes.length > maxBytes) return tooBig(bytes.length, maxBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return `the ${noun} is not valid UTF-8 text (binary data?)`;
  }
  return problemWithString(text, noun);
};

const tooBig = (bytes: number, maxBytes: number): string =>
  `the article is ${bytes} bytes, more than the ${maxBytes} bytes accepted (CLAIMWIRE_MAX_ARTICLE_BYTES)`;

/** Enough of a text to tell its language: the extractor checks every article, so this stays cheap. */
const LANGUAGE_SAMPLE = 2_000;
const NOT_ENGLISH = 'the text does not look like English (claimwire reads English wire copy)';

const problemWithString = (text: string, noun: 'file' | 'article'): string | null => {
  if (text.trim() === '') return `the ${noun} holds only whitespace`;
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 0) return `the ${noun} holds ${controls} control characters: binary data, not text`;
  if (/^\s*(<!doctype html|<html[\s>])/i.test(text) || (text.match(/<\/?(div|p|span|script|a|body|head)\b[^>]*>/gi)?.length ?? 0) > 5) {
    return `the ${noun} is an HTML page: send the article text, not the page`;
  }
  const sample = text.slice(0, LANGUAGE_SAMPLE);
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) {
      letters++;
      latin++;
    } else if (code > 0x24f && /\p{L}/u.test(sample[i]!)) letters++;
  }
  if (letters > 40 && latin / letters < 0.5) return NOT_ENGLISH;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length >= 20) {
    let english = 0;
    for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) english++;
    if (english / words.length < 0.04) return NOT_ENGLISH;
  }
  return null;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A YYYY-MM-DD date or an ISO timestamp that names a real moment. */
export const isIsoDate = (value: string): boolean => {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d && !Number.isNaN(Date.parse(value));
};

/** Why an Article record cannot be read for claims, or null when it can. */
export const problemWithArticle = (article: Article, maxBytes: number): string | null => {
  if (article.articleId.trim() === '') return 'the articleId is empty';
  if (article.publishedAt !== null && !isIsoDate(article.publishedAt))
    return `publishedAt "${article.publishedAt.slice(0, 40)}" is not a YYYY-MM-DD date or an ISO timestamp`;
  // Undated but for a ` date` line that is not a day: the CLI refuses the file, so the extractor refuses the record
  // rather than date its claims by their arrival.
  if (article.publishedAt === null) {
    const problem = problemWithDateLine(article.body);
    if (problem) return problem;
  }
  if (!isIsoDate(article.receivedAt)) return `receivedAt "${article.receivedAt.slice(0, 40)}" is not an ISO timestamp`;
  if (article.language !== null && !/^en\b/i.test(article.language))
    return `the article's language is "${article.language.slice(0, 20)}" (claimwire reads English wire copy)`;
  if (article.body.length === 0) return 'the article is empty';
  const bytes = Buffer.byteLength(article.body, 'utf8');
  if (bytes > maxBytes) return tooBig(bytes, maxBytes);
  return problemWithString(article.body, 'article');
};
