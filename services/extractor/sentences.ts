// Splits an article into sentences with their offsets, paragraph by paragraph, leaving out the page furniture
// (image captions, sign-up boxes, bylines) that wire copy scraped from the web carries.

export interface Sentence {
  text: string;
  start: number;
  end: number;
  paragraph: number;
  /** The article's first line when it reads as a headline. */
  headline: boolean;
}

const ABBREVIATIONS =
  /(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|St|No|Vol|Rep|Sen|Gov|Prof|approx|est|vs|etc|Jr|Sr)|\b[A-Z])\.$/;
const SENTENCE_END =
  /([.!?])(["”’)\]]*)\s+(?=["“‘(\[]?[A-Z0-9])|(?<=[a-z]{2})([.!?])(["”’)\]]*)(?=["“‘]?(?!(?:Az|Ru|Ua|Am|Ge|By|Kz|Uz|Com|Net|Org|Info|Io|Co|Uk|Us|De|Fr|Pl|Md|Ro|Tv|Fm|Me)\b)[A-Z][a-z])/g;

/** Lines that are page furniture, not copy. */
const FURNITURE = [
  /\((?:Image|Photo|Picture|Credit)s?:/i,
  /\b(?:Archivbild|Bild|Foto|Photo|Image|Getty Images|AP Photo|Reuters\/|AFP via)\b.*$/,
  /\b(?:sign-up|sign up|subscribe|newsletter|Privacy Policy|unsubscribe|cookies?|News Feed|Invalid email|min read|members by the end)\b/i,
  /^(?:Read more|Show more|Advertisement|Related)\b/i,
  // "Read also: Ukraine's Defense Forces holding Lyman": a link to another story (not when a quote glued to it goes on).
  /^(?:Read also|See also|Also read)\b[^"“”]*$/i,
  /^\s*(?:Updated|Published|Last updated)\b/i,
  /^\s*\d+ out of [\d,]+\s*$/,
  // A photo caption's credit: "[Genya Savilov/AFP]", "(Photo: Reuters)".
  /\[[^\]]{0,60}\/\s*(?:AFP|Reuters|AP|Getty|EPA|Anadolu|TASS|RIA|Sputnik)[^\]]{0,20}\]/,
];

const isFurniture = (line: string): boolean => FURNITURE.some((p) => p.test(line));

/** A leading ` date YYYY-MM-DD` is metadata from the feed, not text. */
export const metadataPrefix = (body: string): number => /^\s*date\s+\d{4}-\d{2}-\d{2}\s*/.exec(body)?.[0].length ?? 0;

/** Where the sentences of a line of copy end: [start, end) of each piece. */
const piecesOf = (text: string): [number, number][] => {
  let start = 0;
  const pieces: [number, number][] = [];
  // "... BILD writes.At the same time": copy scraped without the space after a full stop splits there too (not
  // "News.Az").
  for (const m of text.matchAll(SENTENCE_END)) {
    const cut = m.index + (m[1] ?? m[3])!.length + (m[2] ?? m[4])!.length;
    if (ABBREVIATIONS.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    pieces.push([start, cut]);
    start = m.index + m[0].length;
  }
  pieces.push([start, text.length]);
  return pieces;
};

/** "• Liubymivka", "- Zolota Balka", "1. Biliaivka", "Davydiv Brid": an item of a list set out one per line. */
const LIST_ITEM = /^\s*(?:[•·▪◦*–—-]|\d{1,2}[.)])?\s*[A-ZА-ЯІЇЄ][\w'’.-]*(?:[\s-]+[\w'’.-]+){0,3}\s*[,;.]?\s*$/u;

/** How many lines after a line that ends with a colon set out a list (blank lines between allowed): 0 unless two or more. */
const listLinesAfter = (lines: string[], from: number): number => {
  let n = 0;
  let items = 0;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      if (items) break;
      n++;
      continue;
    }
    if (!LIST_ITEM.test(line)) break;
    n++;
    items++;
  }
  return items >= 2 ? n : 0;
};

const BULLET = /^\s*(?:[•·▪◦*–—-]|\d{1,2}[.)])\s/;
/** A line that may end a sentence: on a full stop, a colon, a quote or bracket closed after one, a caption's "(Reuters)". */
const ENDS_SENTENCE = /[.!?:;)\]]["”’)\]]*$/;
/**
 * "of the village of Bilohorivka, the Luhansk region governor": a line that opens on a word in lower case (not a link,
 * nor a caption's label: "photo: STATE BORDER GUARD SERVICE").
 */
const LOWER_CASE_START = /^(?!https?\b|www\b|[a-z]+\s*:)[a-z][a-z’'-]*(?=[\s,.;:!?"”’)]|$)/;
/** "tense, but controlled by", "in the direction of", "each releasing 157 captured soldiers,": where no sentence ends. */
const OPEN_END =
  /(?:,|\b(?:the|a|an|of|to|from|with|for|and|or|but|nor|into|onto|than|at|by|between|against|toward|towards|during|until|via|that|which|who|whom|whose|its|their|his|her|our|while|because|whether))$/;

const words = (text: string): number => text.trim().split(/\s+/).length;

/**
 * Whether a sentence may go on from a line onto the next: the line ends on no full stop, and is not one of fewer than
 * four words (a byline, "Sim Sim,"), nor a bullet or an item after one.
 */
const mayGoOn = (line: string, next: string): boolean =>
  next.trim() !== '' && !BULLET.test(line) && !BULLET.test(next) && !ENDS_SENTENCE.test(line.trim()) && words(line) >= 4;

/**
 * "Ukrainian forces remained in control\nof the village of Bilohorivka": a line of copy hard-wrapped inside a sentence
 * (wire copy, text from a PDF) that goes on in lower case on the next (a word, not "photos" or "please wait" under a
 * headline: four words or a full stop of its own).
 */
const wrapsInLowerCase = (line: string, next: string): boolean =>
  mayGoOn(line, next) && LOWER_CASE_START.test(next.trim()) && (words(next) >= 4 || ENDS_SENTENCE.test(next.trim()));

/**
 * How wide an article is wrapped: the longest line that goes on in lower case, when three or more do (0 when the copy
 * is not hard-wrapped).
 */
const wrapWidth = (lines: string[]): number => {
  const wrapped = lines.slice(0, -1).flatMap((line, i) => (wrapsInLowerCase(line, lines[i + 1]!) ? [line.trim().length] : []));
  return wrapped.length >= 3 ? Math.max(...wrapped) : 0;
};

/**
 * Whether a line (or the lines read so far of one sentence) goes on onto the next: in lower case; after a comma or a
 * word no sentence ends on ("tense, but controlled by\nUkrainian forces"), within the width of wrapped copy (not a
 * scraped paragraph cut short: "... brigades, which are at\nAccording to Zelenskyy, ..."); or, in copy wrapped
 * `width` wide, where the next line's first word would not have fit on it ("the Luhansk region governor\nSerhiy Haidai
 * said", not a byline or a subheading, which end short of the width).
 */
/** "KYIV (Reuters) -", "LVIV, Ukraine —": a line that opens with a dateline begins a story, whatever ends above it. */
const DATELINE_START = /^[A-Z][A-Z .'’-]{2,}(?:,|\s*\(|\s+[—–-])/;
/** "By Olena Harmash and Tom Balmforth,": a byline, which goes on onto nothing. */
const BYLINE = /^\s*By\s+[A-Z]/;

const wrapsOnto = (block: string, next: string, width: number): boolean => {
  // ("Russia claims Ocheretyne\nBy Olena Harmash and Tom Balmforth,\nKYIV (Reuters) - Russian forces ...": a byline and
  // a dateline stay lines of their own; so does a page's furniture, "Published ..., 10:42 a.m. ET,".)
  // (Most lines end on a full stop: the cheap test first.)
  if (!mayGoOn(block, next)) return false;
  const lastLine = block.slice(block.lastIndexOf('\n') + 1);
  if (DATELINE_START.test(next.trim()) || BYLINE.test(lastLine) || isFurniture(lastLine.trim()) || isFurniture(next.trim())) return false;
  if (LOWER_CASE_START.test(next.trim())) return wrapsInLowerCase(block, next);
  const last = block.trim().slice(block.trim().lastIndexOf('\n') + 1);
  if (OPEN_END.test(last) && last.length <= 100) return true;
  return width > 0 && last.length + 1 + next.trim().split(/\s/)[0]!.length > width;
};

export const splitSentences = (body: string): Sentence[] => {
  const sentences: Sentence[] = [];
  let offset = metadataPrefix(body);
  let paragraph = 0;
  let first = true;
  const lines = body.slice(offset).split('\n');
  const width = wrapWidth(lines);
  for (let li = 0; li < lines.length; li++) {
    let rawLine = lines[li]!;
    const lineStart = offset;
    offset += rawLine.length + 1;
    // Lines of copy wrapped inside a sentence read as one line, their line breaks kept; the width test leaves the
    // article's first line (its headline: "Russian forces have entered Kherson, says Ukrainian official\nLVIV — ...").
    while (li + 1 < lines.length && wrapsOnto(rawLine, lines[li + 1]!, li === 0 ? 0 : width)) {
      rawLine += '\n' + lines[++li]!;
      offset += lines[li]!.length + 1;
    }
    const line = rawLine.trimEnd();
    if (line.trim() === '') {
      paragraph++;
      continue;
    }
    const leading = line.length - line.trimStart().length;
    if (line.trim().split(/\s+/).length < 4) {
      paragraph++;
      continue;
    }
    const text = line.slice(leading).replace(/\s+(?:Show more|Read more)\s*$/i, '');
    const base = lineStart + leading;
    // "... liberated eight settlements of the Beryslav district:" and the names one per line: the last sentence of the
    // line goes on to the end of its list.
    const listed = text.endsWith(':') ? listLinesAfter(lines, li + 1) : 0;
    const listEnd = listed ? lines.slice(li + 1, li + 1 + listed).reduce((end, l) => end + l.length + 1, offset) - 1 : 0;
    const pieces = piecesOf(text);
    pieces.forEach(([s, e], k) => {
      const piece = text.slice(s, e).trim();
      if (piece.length < 12 || isFurniture(piece)) return;
      const at = base + s + (text.slice(s, e).length - text.slice(s, e).trimStart().length);
      const end = listed && k === pieces.length - 1 ? at + body.slice(at, listEnd).trimEnd().length : at + piece.length;
      sentences.push({ text: body.slice(at, end), start: at, end, paragraph, headline: first && !/[.!?]["”’]?$/.test(line.trim()) });
    });
    if (listed) {
      offset = listEnd + 1;
      li += listed;
    }
    first = false;
    paragraph++;
  }
  return sentences;
};

/**
 * British-style quotation marks read as double ones, offsets unchanged: "‘Kupiansk is Ukraine,’ she wrote" becomes
 * "“Kupiansk is Ukraine,” she wrote". A ‘ opens only before a word after a space, a bracket or a line start, and
 * closes at the first ’ after it that ends a word before a space, punctuation or the end ("Ukraine’s" and "troops’
 * positions" stay apostrophes: the first goes on with a letter, the second has no opening mark before it).
 */
export const doubleQuoted = (text: string): string => {
  if (!text.includes('‘')) return text;
  let out = '';
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '‘' && (i === 0 || /[\s(\[—–-]/.test(text[i - 1]!)) && /[\p{L}\p{N}"“]/u.test(text[i + 1] ?? '')) {
      open = i;
      out += '“';
    } else if (
      c === '’' &&
      open >= 0 &&
      /[\p{L}\p{N}.,!?;:]/u.test(text[i - 1] ?? '') &&
      /^(?:\s|[.,;:!?)\]—–-]|$)/.test(text.slice(i + 1, i + 2))
    ) {
      open = -1;
      out += '”';
    } else if (c === '\n') {
      // A quote left open closes with its paragraph.
      open = -1;
      out += c;
    } else out += c;
  }
  return out;
};
