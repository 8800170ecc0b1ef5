// Text from articles and from other producers' records, made safe to print on a terminal: control characters
// (an escape sequence can recolour, move the cursor or retitle the window), bidirectional controls (which reorder
// what is shown) and invisible characters are shown as escapes; line breaks and tabs inside a field become spaces,
// so that one field stays on its line.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

const escape = (c: string): string =>
  c === '\n' || c === '\r' || c === '\t' || c === '\u2028' || c === '\u2029' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The text with every unprintable character visible as `\uXXXX` (line breaks and tabs as spaces). */
export const printable = (text: string): string => text.replace(UNPRINTABLE, escape);
