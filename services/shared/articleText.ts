// The publication date an article's text carries about itself.

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

/** The ` date ...` first line of a text when it does not hold a real YYYY-MM-DD day, else null. */
export const garbledDateLine = (text: string): string | null => {
  const line = /^\s*date\s+(\S+)/.exec(text);
  if (!line || dateFromText(text) !== null) return null;
  return line[1]!.slice(0, 40);
};

/** Why a text's ` date ...` first line rejects it (it is not a real YYYY-MM-DD day), or null when it does not. */
export const problemWithDateLine = (text: string): string | null => {
  const line = garbledDateLine(text);
  return line === null ? null : `the date line "date ${line}" is not a real YYYY-MM-DD day`;
};
