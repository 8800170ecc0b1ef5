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

/** A word mixing Latin letters with Cyrillic ones. */
const MIXED = /[\p{L}]*(?:[A-Za-z][\p{L}]*[\u0400-\u052f]|[\u0400-\u052f][\p{L}]*[A-Za-z])[\p{L}]*/gu;
const CYRILLIC = /[\u0400-\u052f]/;

/**
 * The text with the Cyrillic look-alikes of its Latin words spelled in Latin, or null when it has none (the usual
 * case, at the cost of one test). Words wholly in Cyrillic are left as they are.
 */
export const latinLookalikes = (text: string): string | null => {
  if (!CYRILLIC.test(text)) return null;
  let changed = false;
  const out = text.replace(MIXED, (word) => {
    const latin = word.replace(/[\u0400-\u052f]/g, (ch) => LATIN_OF[ch] ?? ch);
    if (latin !== word) changed = true;
    return latin;
  });
  return changed ? out : null;
};
