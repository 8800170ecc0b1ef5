// Cyrillic letters that look like Latin ones. Copy from Ukrainian and Russian sites carries them inside Latin names
// ("Hryhorivkа" with a Cyrillic "а"): a reader that matches letters would not know the place. Replaced one for one,
// so every offset into the text stays an offset into the original.

const LATIN_OF: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  к: 'k',
  ԁ: 'd',
  һ: 'h',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
};

const CYRILLIC = /[\u0400-\u052f]/g;
const LATIN = /[A-Za-z]/;
const LETTER = /\p{L}/u;
const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);

/**
 * The text with the Cyrillic look-alikes of its Latin words spelled in Latin, or null when it has none (the usual
 * case, at the cost of one test). Words wholly in Cyrillic are left as they are. Only the words around a Cyrillic
 * letter are looked at, so a text in English pays for its few Cyrillic letters, not for every word.
 */
export const latinLookalikes = (text: string): string | null => {
  CYRILLIC.lastIndex = 0;
  let m = CYRILLIC.exec(text);
  if (!m) return null;
  let out = '';
  let done = 0;
  while (m) {
    let start = m.index;
    while (isLetter(text[start - 1])) start--;
    let end = m.index + 1;
    while (isLetter(text[end])) end++;
    const word = text.slice(start, end);
    if (LATIN.test(word)) {
      out += text.slice(done, start) + word.replace(/[\u0400-\u052f]/g, (ch) => LATIN_OF[ch] ?? ch);
      done = end;
    }
    CYRILLIC.lastIndex = end;
    m = CYRILLIC.exec(text);
  }
  if (!done) return null;
  out += text.slice(done);
  return out === text ? null : out;
};
