// Characters that show nothing but split words for a reader that matches letters: zero-width spaces and joiners,
// the word joiner, the byte-order mark, the soft hyphen, and the bidirectional controls. Copy pasted from web
// pages carries them inside names ("Myko\u200blaivka"); they must not make a new place "Myko".

const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** A text without its invisible characters, and the way back to offsets in the original. */
export interface VisibleText {
  text: string;
  /** Offset in the original of the visible character at `offset` (the original's length at the end). */
  startInOriginal(offset: number): number;
  /** Offset in the original just after the visible character before `offset` (for the end of a span). */
  endInOriginal(offset: number): number;
}

/** The text without invisible characters, or null when it has none (the usual case, at the cost of one scan). */
export const withoutInvisibles = (original: string): VisibleText | null => {
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(original)) return null;
  const positions = new Int32Array(original.length);
  let text = '';
  let visible = 0;
  let runStart = 0;
  INVISIBLE.lastIndex = 0;
  for (let match = INVISIBLE.exec(original); match; match = INVISIBLE.exec(original)) {
    text += original.slice(runStart, match.index);
    for (let i = runStart; i < match.index; i++) positions[visible++] = i;
    runStart = match.index + match[0].length;
  }
  text += original.slice(runStart);
  for (let i = runStart; i < original.length; i++) positions[visible++] = i;
  return {
    text,
    startInOriginal: (offset) => (offset < visible ? positions[offset]! : original.length),
    endInOriginal: (offset) => (offset <= 0 ? 0 : positions[Math.min(offset, visible) - 1]! + 1),
  };
};
